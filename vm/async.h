/* async.h: the native core of asyncio: futures, tasks, handles and the
 * event loop.
 *
 * Futures are the one waiting primitive. A Task is a Future that drives a
 * coroutine: each step resumes the coroutine's stack (gen_resume_c) until
 * it yields a future to wait on, and the future's completion schedules
 * the next step. Everything higher level (gather, wait_for, locks,
 * queues, TaskGroup) is written in Eddy on top of these, in
 * stdlib/asyncio.eddy.
 *
 * The loop follows asyncio's BaseEventLoop._run_once exactly, because the
 * order in which callbacks run is what scripts print: a FIFO ready queue
 * of which each iteration runs only the handles that were ready when it
 * began; a binary heap of timers ordered by deadline alone and kept as
 * asyncio's heapq keeps it (so timers with equal deadlines come out in
 * the same order as under CPython, which is not creation order); a poller
 * (epoll, or poll(2) where epoll is missing) that sleeps until the next
 * deadline when nothing is ready, so an idle loop uses no CPU.
 *
 * All four kinds are OBJ_NATIVE_DATA objects with their own Python class
 * (Future, Task, Handle, TimerHandle, _UnixSelectorEventLoop). The state
 * that asyncio keeps per process (the running loop, the current task of
 * each loop, the classes) hangs off vm->aio, an AsyncState.
 */
#ifndef EDDY_ASYNC_H
#define EDDY_ASYNC_H

#include <pthread.h>
#include <stdatomic.h>

#include "vm/vm.h"

typedef enum {
  FUTURE_PENDING,
  FUTURE_CANCELLED,
  FUTURE_FINISHED,
} FutureState;

typedef struct ObjLoop ObjLoop;

/* Work another thread hands to a loop: runs on the loop's thread. */
typedef void (*LoopThreadFn)(EddyVM *vm, void *data);

/* One queued loop_post_threadsafe call (malloc'd, not a GC object, since
 * the posting thread may not touch the heap). */
typedef struct LoopPost {
  LoopThreadFn fn;       /* what to run */
  void *data;            /* its argument */
  struct LoopPost *next; /* the next post, in posting order */
} LoopPost;

/* A callback registered with add_done_callback. */
typedef struct FutureCallback {
  Value fn;      /* the callable, called with the future */
  Value context; /* kept for the API; unused */
} FutureCallback;

/* A Future, or a Task when [is_task]. */
typedef struct ObjFuture {
  ObjNativeData base;
  ObjLoop *loop;            /* the loop it belongs to */
  FutureState state;        /* pending, cancelled or finished */
  Value result;             /* the result, once finished */
  Value exception;          /* the exception, or UNDEF */
  Value cancel_message;     /* cancel(msg), or None */
  Value cancelled_exc;      /* the CancelledError that ended a task, handed
                               out once by result(), or UNDEF */
  FutureCallback *callbacks; /* done callbacks, in order (malloc'd) */
  int callback_count;       /* entries in use */
  int callback_cap;         /* entries allocated */
  Value cancel_hook;        /* called as hook(msg) by cancel() instead of
                               cancelling (gather's outer future), or None */
  bool blocking;            /* _asyncio_future_blocking */
  bool log_traceback;       /* an exception nobody retrieved yet */
  bool is_task;             /* a Task: the fields below are in use */
  Value coro;               /* the coroutine it drives */
  Value name;               /* get_name(); a default name is its number
                               (an int) until first asked for */
  Value waiter;             /* the future it waits on, or None */
  bool must_cancel;         /* cancel() before the next step */
  bool log_destroy_pending; /* report "destroyed but it is pending" */
  int num_cancels_requested; /* cancelling() */
  bool queued;              /* in its loop's ready queue as itself rather
                               than through a Handle (loop_schedule_task) */
  Value wake_from;          /* while [queued]: the future whose completion
                               wakes it, or UNDEF for a plain step */
} ObjFuture;

/* What a handle does when it runs. */
typedef enum {
  HANDLE_CALL,        /* callback(*args) */
  HANDLE_TASK_STEP,   /* Task.__step of [callback] (a Task) */
  HANDLE_TASK_WAKEUP, /* Task.__wakeup of [callback] with the future in
                         [args] */
} HandleKind;

/* A Handle (call_soon) or TimerHandle (call_later / call_at). */
typedef struct ObjHandle {
  ObjNativeData base;
  HandleKind kind;     /* what it does */
  Value callback;      /* the callable, or the task */
  Value args;          /* a tuple of arguments, or the future to wake on */
  ObjLoop *loop;       /* its loop */
  double when;         /* TimerHandle: the deadline on the loop's clock */
  uint64_t sequence;   /* TimerHandle: creation order (not used for
                          ordering: see above) */
  bool cancelled;      /* cancel() was called */
  bool scheduled;      /* TimerHandle: still in the heap */
  bool is_timer;       /* a TimerHandle */
} ObjHandle;

struct ObjLoop {
  ObjNativeData base;
  Value *ready;          /* ring buffer of Handle objects */
  size_t ready_head;     /* index of the first */
  size_t ready_count;    /* how many */
  size_t ready_cap;      /* slots allocated (a power of two) */
  Value *timers;         /* binary heap of TimerHandle objects */
  size_t timer_count;    /* entries in use */
  size_t timer_cap;      /* entries allocated */
  size_t cancelled_timers; /* cancelled handles still in the heap */
  uint64_t next_sequence; /* for the next timer */
  Value tasks;           /* dict: every task of the loop not yet done */
  Value current_task;    /* the task running a step, or None */
  Value exception_handler; /* set_exception_handler(), or None */
  Value stop_future;     /* run_until_complete's future, or None */
  int epoll_fd;          /* the poller, -1 when poll(2) is used */
  bool watching_interrupts; /* the VM's interrupt pipe is in the poller */
  int wake_fd;           /* eventfd in the poller: other threads' posts */
  int timer_fd;          /* timerfd in the poller, armed by loop_step at
                            the next deadline so loop_fd shows pending
                            timers and ready handles */
  pthread_mutex_t post_lock; /* guards posts and posts_tail */
  LoopPost *posts;       /* loop_post_threadsafe queue, oldest first */
  LoopPost *posts_tail;  /* its last entry */
  atomic_bool posted;    /* posts wait: the loop must poll even when it
                            has handles ready (it skips the system call
                            otherwise) */
  bool running;          /* inside run_forever */
  bool stopping;         /* stop() was called */
  bool closed;           /* close() was called */
  bool debug;            /* get_debug() */
  int task_counter;      /* for default names "Task-N" */
};

/* Per-VM asyncio state (vm->aio). */
typedef struct AsyncState {
  ObjClass *future_class;  /* Future */
  ObjClass *task_class;    /* Task */
  ObjClass *handle_class;  /* Handle */
  ObjClass *timer_class;   /* TimerHandle */
  ObjClass *loop_class;    /* _UnixSelectorEventLoop */
  ObjClass *cancelled_error; /* CancelledError */
  ObjClass *invalid_state_error; /* InvalidStateError */
  ObjClass *future_iter_class; /* the iterator of `await future` */
  ObjLoop *running_loop;   /* the loop in run_forever, or NULL */
  ObjLoop *event_loop;     /* the loop set_event_loop chose, or NULL */
  ObjLoop *session_loop;   /* loop_session(): the VM's long-lived loop */
  int task_counter;        /* for default names "Task-N" (process-wide) */
} AsyncState;

#define IS_FUTURE(vm, v)                                                       \
  (IS_NATIVE_DATA(v) && (AS_OBJ(v)->cls == ((AsyncState *)(vm)->aio)->future_class || \
                         AS_OBJ(v)->cls == ((AsyncState *)(vm)->aio)->task_class))
#define AS_FUTURE(v) ((ObjFuture *)AS_OBJ(v))
#define AS_LOOP(v) ((ObjLoop *)AS_OBJ(v))
#define AS_HANDLE(v) ((ObjHandle *)AS_OBJ(v))

/* Makes vm->aio and the classes; false after raising. */
bool async_init(EddyVM *vm) MUST_CHECK;
/* Marks what vm->aio holds. */
void async_mark(EddyVM *vm);
/* Frees vm->aio (VM shutdown). */
void async_free(EddyVM *vm);

/* ---- futures (future.c) ---- */
ObjFuture *future_new(EddyVM *vm, ObjLoop *loop);
bool future_set_result(EddyVM *vm, ObjFuture *fut, Value result) MUST_CHECK;
bool future_set_exception(EddyVM *vm, ObjFuture *fut, Value exc) MUST_CHECK;
bool future_cancel(EddyVM *vm, ObjFuture *fut, Value msg, bool *out) MUST_CHECK;
bool future_add_callback(EddyVM *vm, ObjFuture *fut, Value fn) MUST_CHECK;
/* set_exception with the exception now raised on the VM, taken off it:
 * how a native completion reports that making its result failed. */
bool future_set_raised(EddyVM *vm, ObjFuture *fut) MUST_CHECK;
/* result(): the value, or raises its exception / CancelledError. */
bool future_result(EddyVM *vm, ObjFuture *fut, Value *out) MUST_CHECK;
/* Makes a task driving [coro] on [loop], scheduled to start. */
ObjFuture *task_new_for(EddyVM *vm, ObjLoop *loop, Value coro, Value name);
/* Runs one step of [task] (throwing [exc] in unless UNDEF). */
bool task_step(EddyVM *vm, ObjFuture *task, Value exc) MUST_CHECK;
/* Runs the wakeup of [task] by the completed [fut]. */
bool task_wakeup(EddyVM *vm, ObjFuture *task, ObjFuture *fut) MUST_CHECK;
/* Installs the Future and Task classes. */
bool future_install(EddyVM *vm, ObjDict *module) MUST_CHECK;

/* ---- callback names (async_format.c) ---- */
/* Appends [fn] called with the [nargs] values at [args] as asyncio's
 * _format_callback_source shows it: "Service.tick(3)", "f('x') at
 * file.py:3" (a location only for plain functions). */
bool async_format_callback(EddyVM *vm, Value fn, const Value *args,
                           size_t nargs, ByteBuf *out) MUST_CHECK;

/* ---- the loop (loop.c) ---- */
ObjLoop *loop_new(EddyVM *vm);
double loop_time(void);
/* call_soon: a handle of [kind] at the end of the ready queue. */
ObjHandle *loop_call_soon(EddyVM *vm, ObjLoop *loop, HandleKind kind,
                          Value callback, Value args);
/* call_at: a timer handle at the deadline [when]. */
ObjHandle *loop_call_at(EddyVM *vm, ObjLoop *loop, double when, Value callback,
                        Value args);
/* Schedules a step of [task] (a wakeup by the done future [from] unless
 * [from] is UNDEF). The task itself goes into the ready queue, with no
 * Handle, unless it is there already. */
bool loop_schedule_task(EddyVM *vm, ObjLoop *loop, ObjFuture *task,
                        Value from) MUST_CHECK;
/* run_forever until stop(); false after raising. */
bool loop_run_forever(EddyVM *vm, ObjLoop *loop) MUST_CHECK;
/* run_until_complete([awaitable]) into [*out]. */
bool loop_run_until_complete(EddyVM *vm, ObjLoop *loop, Value awaitable,
                             Value *out) MUST_CHECK;
/* Reports an exception through the loop's handler (a dict context). */
bool loop_call_exception_handler(EddyVM *vm, ObjLoop *loop,
                                 ObjDict *context) MUST_CHECK;
/* One _run_once iteration whose wait for I/O lasts at most [cap]
 * seconds (no limit when negative); false after raising. */
bool loop_run_once(EddyVM *vm, ObjLoop *loop, double cap) MUST_CHECK;
/* Installs the loop and handle classes. */
bool loop_install(EddyVM *vm, ObjDict *module) MUST_CHECK;

/* ---- the loop driven from outside (loop_host.c) ----
 * A host (the REPL, an embedding application) keeps one loop for the
 * VM's lifetime and runs it a step at a time from its own main loop:
 * loop_fd is a file descriptor that becomes readable when the loop has
 * work (an I/O event, a due timer, a ready handle, a post from another
 * thread), and loop_step runs what is due. Other threads hand work to
 * the loop with loop_post_threadsafe, which wakes it through an
 * eventfd. */

/* The VM's long-lived loop, made on first use; NULL after raising. */
ObjLoop *loop_session(EddyVM *vm);
/* Marks [loop] running around synchronous code (so create_task and
 * get_running_loop work in it); false after raising when another loop
 * runs. Undone by loop_leave. */
bool loop_enter(EddyVM *vm, ObjLoop *loop) MUST_CHECK;
void loop_leave(EddyVM *vm, ObjLoop *loop);
/* One iteration run from outside run_forever: polls at most [timeout]
 * seconds (no limit when negative), runs due timers and ready handles,
 * then arms loop_fd for what remains. False after raising. */
bool loop_step(EddyVM *vm, ObjLoop *loop, double timeout) MUST_CHECK;
/* Seconds until [loop] has work: 0 when handles are ready, the time to
 * the earliest timer, -1 when it has nothing scheduled. */
double loop_next_timeout(ObjLoop *loop);
/* A descriptor readable while [loop] has work (-1 without epoll). */
int loop_fd(ObjLoop *loop);
/* Thread-safe: runs [fn]([vm], [data]) on the loop's thread during its
 * next iteration and wakes its poller. False when memory runs out. */
bool loop_post_threadsafe(ObjLoop *loop, LoopThreadFn fn, void *data);
/* Opens the wake descriptors of a new [loop] (loop_new calls it). */
void loop_wake_open(ObjLoop *loop);
/* Closes them and drops unrun posts (the loop is being freed). */
void loop_wake_close(ObjLoop *loop);
/* Reads the wake descriptors and runs the queued posts, in order. */
void loop_run_posts(EddyVM *vm, ObjLoop *loop);

#endif
