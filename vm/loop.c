/* loop.c: the event loop and its handles.
 *
 * loop_run_once is asyncio's BaseEventLoop._run_once: drop cancelled
 * timers from the top of the heap (or rebuild it when most are
 * cancelled), poll for I/O with a timeout of 0 when something is ready
 * and until the next deadline otherwise, move every timer due before
 * now + clock resolution to the ready queue, then run exactly the handles
 * that were ready at that moment. The timer heap uses the same sift
 * operations as Python's heapq, ordering by deadline alone, so timers
 * with equal deadlines run in the order CPython runs them.
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <string.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

#include "vm/async.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/interrupt.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/vm_exec.h"

#define AIO(vm) ((AsyncState *)(vm)->aio)
#define MAX_SELECT_TIMEOUT (24.0 * 3600.0)
#define CLOCK_RESOLUTION 1e-09
#define MIN_SCHEDULED_TIMER_HANDLES 100
#define MIN_CANCELLED_TIMER_FRACTION 0.5

double loop_time(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- handles ------------------------------------------------------------ */

static void handle_mark(EddyVM *vm, Obj *obj) {
  ObjHandle *h = (ObjHandle *)obj;
  gc_mark_value(vm, h->callback);
  gc_mark_value(vm, h->args);
  gc_mark_object(vm, (Obj *)h->loop);
}

static const NativeDataKind handle_kind = {"Handle", sizeof(ObjHandle),
                                           handle_mark, NULL, NULL, NULL};

static ObjHandle *handle_new(EddyVM *vm, ObjLoop *loop, HandleKind kind,
                             Value callback, Value args, bool timer) {
  ObjClass *cls = timer ? AIO(vm)->timer_class : AIO(vm)->handle_class;
  ObjHandle *h =
      (ObjHandle *)gc_new_object(vm, sizeof(ObjHandle), OBJ_NATIVE_DATA, cls);
  if (!h) return NULL;
  h->base.kind = &handle_kind;
  h->kind = kind;
  h->callback = callback;
  h->args = args;
  h->loop = loop;
  h->is_timer = timer;
  return h;
}

/* ---- the ready queue ------------------------------------------------------ */

static bool ready_push(EddyVM *vm, ObjLoop *loop, Value handle) {
  if (loop->ready_count == loop->ready_cap) {
    size_t cap = loop->ready_cap ? loop->ready_cap * 2 : 64;
    Value *grown = malloc(sizeof(Value) * cap);
    if (!grown) return vm_raise_memory(vm);
    for (size_t i = 0; i < loop->ready_count; i++)
      grown[i] = loop->ready[(loop->ready_head + i) & (loop->ready_cap - 1)];
    free(loop->ready);
    loop->ready = grown;
    loop->ready_cap = cap;
    loop->ready_head = 0;
  }
  size_t tail = (loop->ready_head + loop->ready_count) & (loop->ready_cap - 1);
  loop->ready[tail] = handle;
  loop->ready_count++;
  return true;
}

static Value ready_pop(ObjLoop *loop) {
  Value h = loop->ready[loop->ready_head];
  loop->ready_head = (loop->ready_head + 1) & (loop->ready_cap - 1);
  loop->ready_count--;
  return h;
}

/* ---- the timer heap (heapq's algorithm) ------------------------------------ */

static bool timer_less(Value a, Value b) {
  return AS_HANDLE(a)->when < AS_HANDLE(b)->when;
}

/* heapq._siftdown: moves the item at [pos] up towards [start]. */
static void sift_down(Value *heap, size_t start, size_t pos) {
  Value item = heap[pos];
  while (pos > start) {
    size_t parent = (pos - 1) >> 1;
    if (!timer_less(item, heap[parent])) break;
    heap[pos] = heap[parent];
    pos = parent;
  }
  heap[pos] = item;
}

/* heapq._siftup: moves the smaller child up until a leaf, then sifts the
 * item down into place. */
static void sift_up(Value *heap, size_t n, size_t pos) {
  size_t start = pos;
  Value item = heap[pos];
  size_t child = 2 * pos + 1;
  while (child < n) {
    size_t right = child + 1;
    if (right < n && !timer_less(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  sift_down(heap, start, pos);
}

static bool heap_push(EddyVM *vm, ObjLoop *loop, Value handle) {
  if (loop->timer_count == loop->timer_cap) {
    size_t cap = loop->timer_cap ? loop->timer_cap * 2 : 64;
    Value *grown = realloc(loop->timers, sizeof(Value) * cap);
    if (!grown) return vm_raise_memory(vm);
    loop->timers = grown;
    loop->timer_cap = cap;
  }
  loop->timers[loop->timer_count++] = handle;
  sift_down(loop->timers, 0, loop->timer_count - 1);
  return true;
}

static Value heap_pop(ObjLoop *loop) {
  Value last = loop->timers[--loop->timer_count];
  if (loop->timer_count == 0) return last;
  Value top = loop->timers[0];
  loop->timers[0] = last;
  sift_up(loop->timers, loop->timer_count, 0);
  return top;
}

/* heapq.heapify after dropping the cancelled handles. */
static void heap_rebuild(ObjLoop *loop) {
  size_t kept = 0;
  for (size_t i = 0; i < loop->timer_count; i++) {
    ObjHandle *h = AS_HANDLE(loop->timers[i]);
    if (h->cancelled)
      h->scheduled = false;
    else
      loop->timers[kept++] = loop->timers[i];
  }
  loop->timer_count = kept;
  for (size_t i = kept / 2; i-- > 0;) sift_up(loop->timers, kept, i);
  loop->cancelled_timers = 0;
}

/* ---- the loop object --------------------------------------------------------- */

static void loop_mark(EddyVM *vm, Obj *obj) {
  ObjLoop *loop = (ObjLoop *)obj;
  for (size_t i = 0; i < loop->ready_count; i++)
    gc_mark_value(vm, loop->ready[(loop->ready_head + i) & (loop->ready_cap - 1)]);
  for (size_t i = 0; i < loop->timer_count; i++)
    gc_mark_value(vm, loop->timers[i]);
  gc_mark_value(vm, loop->tasks);
  gc_mark_value(vm, loop->current_task);
  gc_mark_value(vm, loop->exception_handler);
  gc_mark_value(vm, loop->stop_future);
}

static void loop_release(Obj *obj) {
  ObjLoop *loop = (ObjLoop *)obj;
  free(loop->ready);
  free(loop->timers);
  loop_wake_close(loop);
  if (loop->epoll_fd >= 0) close(loop->epoll_fd);
}

static const NativeDataKind loop_kind = {"EventLoop", sizeof(ObjLoop),
                                         loop_mark, loop_release, NULL, NULL};

ObjLoop *loop_new(EddyVM *vm) {
  ObjDict *tasks = dict_new(vm);
  if (!tasks) return NULL;
  gc_push_root(vm, OBJ_VAL(tasks));
  ObjLoop *loop = (ObjLoop *)gc_new_object(vm, sizeof(ObjLoop), OBJ_NATIVE_DATA,
                                           AIO(vm)->loop_class);
  gc_pop_roots(vm, 1);
  if (!loop) return NULL;
  loop->base.kind = &loop_kind;
  loop->tasks = OBJ_VAL(tasks);
  loop->current_task = NONE_VAL;
  loop->exception_handler = NONE_VAL;
  loop->stop_future = NONE_VAL;
  loop->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
  loop_wake_open(loop);
  return loop;
}

static bool check_open(EddyVM *vm, ObjLoop *loop) {
  if (!loop->closed) return true;
  return vm_raise(vm, vm->exc.RuntimeError, "Event loop is closed");
}

ObjHandle *loop_call_soon(EddyVM *vm, ObjLoop *loop, HandleKind kind,
                          Value callback, Value args) {
  gc_push_root(vm, callback);
  gc_push_root(vm, args);
  ObjHandle *h = handle_new(vm, loop, kind, callback, args, false);
  gc_pop_roots(vm, 2);
  if (!h) return NULL;
  gc_push_root(vm, OBJ_VAL(h));
  bool ok = ready_push(vm, loop, OBJ_VAL(h));
  gc_pop_roots(vm, 1);
  return ok ? h : NULL;
}

ObjHandle *loop_call_at(EddyVM *vm, ObjLoop *loop, double when, Value callback,
                        Value args) {
  gc_push_root(vm, callback);
  gc_push_root(vm, args);
  ObjHandle *h = handle_new(vm, loop, HANDLE_CALL, callback, args, true);
  gc_pop_roots(vm, 2);
  if (!h) return NULL;
  h->when = when;
  h->sequence = loop->next_sequence++;
  h->scheduled = true;
  gc_push_root(vm, OBJ_VAL(h));
  bool ok = heap_push(vm, loop, OBJ_VAL(h));
  gc_pop_roots(vm, 1);
  return ok ? h : NULL;
}

/* ---- exception reports ------------------------------------------------------ */

/* Writes [text] to the VM's stderr. */
static void err_write(EddyVM *vm, const char *text, size_t len) {
  vm->write_err(vm, text, len);
}

/* asyncio's default_exception_handler: the message, one "key: repr"
 * line per other context entry (sorted), then the exception's
 * traceback. */
static bool default_handler(EddyVM *vm, ObjDict *context) {
  ObjStr *k_msg = str_intern_cstr(vm, "message");
  ObjStr *k_exc = str_intern_cstr(vm, "exception");
  if (!k_msg || !k_exc) return false;
  Value msg = dict_get_str(context, k_msg);
  Value exc = dict_get_str(context, k_exc);
  ByteBuf buf;
  buf_init(&buf);
  bool ok = IS_STR(msg) ? buf_puts(&buf, AS_STR(msg)->chars)
                        : buf_puts(&buf, "Unhandled exception in event loop");
  Value keys;
  ok = ok && value_to_list(vm, OBJ_VAL(context), &keys);
  if (ok) gc_push_root(vm, keys);
  ObjList *list = ok ? AS_LIST(keys) : NULL;
  if (ok) ok = list_sort(vm, list, NONE_VAL, false);
  for (size_t i = 0; ok && list && i < list->length; i++) {
    Value key = list->items[i];
    if (!IS_STR(key) || str_equal(AS_STR(key), k_msg) ||
        str_equal(AS_STR(key), k_exc))
      continue;
    ok = buf_printf(&buf, "\n%s: ", AS_STR(key)->chars) &&
         value_repr(vm, dict_get_str(context, AS_STR(key)), &buf);
  }
  if (list) gc_pop_roots(vm, 1);
  if (ok) ok = buf_putc(&buf, '\n');
  if (ok) err_write(vm, buf.data, buf.len);
  buf_free(&buf);
  if (ok && IS_EXCEPTION(exc)) exception_print(vm, exc);
  return ok;
}

/* context[[name]] = [value]; [value] must be rooted. */
static bool context_set(EddyVM *vm, ObjDict *context, const char *name,
                        Value value) {
  ObjStr *key = str_intern_cstr(vm, name);
  return key && dict_set_str(vm, context, key, value);
}

/* context["message"] = [text]. */
static bool context_message(EddyVM *vm, ObjDict *context, ObjStr *text) {
  if (!text) return false;
  gc_push_root(vm, OBJ_VAL(text));
  bool ok = context_set(vm, context, "message", OBJ_VAL(text));
  gc_pop_roots(vm, 1);
  return ok;
}

/* A custom handler raised [exc] while handling [context]: reported by
 * the default handler, as asyncio does. */
static bool handler_failed(EddyVM *vm, ObjDict *context, Value exc) {
  ObjDict *report = dict_new(vm);
  if (!report) return false;
  gc_push_root(vm, OBJ_VAL(report));
  bool ok =
      context_message(vm, report, str_from_cstr(vm, "Unhandled error in "
                                                    "exception handler")) &&
      context_set(vm, report, "exception", exc) &&
      context_set(vm, report, "context", OBJ_VAL(context)) &&
      default_handler(vm, report);
  gc_pop_roots(vm, 1);
  return ok;
}

bool loop_call_exception_handler(EddyVM *vm, ObjLoop *loop, ObjDict *context) {
  if (IS_NONE(loop->exception_handler)) return default_handler(vm, context);
  Value args[2] = {OBJ_VAL(loop), OBJ_VAL(context)};
  Value ignored;
  if (vm_call(vm, loop->exception_handler, args, 2, NULL, &ignored)) return true;
  Value exc = vm->task->exception;
  ObjClass *cls = vm_class_of(vm, exc);
  if (class_is_subclass(cls, vm->exc.KeyboardInterrupt) ||
      class_is_subclass(cls, vm->exc.SystemExit))
    return false;
  vm->task->exception = UNDEF_VAL;
  gc_push_root(vm, exc);
  bool ok = handler_failed(vm, context, exc);
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- running handles --------------------------------------------------------- */

/* "f(1, 'x') at file.py:3", as asyncio's _format_callback_source. A
 * done callback's handle holds its one argument (the future) bare. */
static bool format_callback(EddyVM *vm, ObjHandle *h, ByteBuf *out) {
  /* Reprs run script code, which may cancel [h] and drop these. */
  Value fn = h->callback, args = h->args;
  gc_push_root(vm, fn);
  gc_push_root(vm, args);
  bool ok;
  if (IS_TUPLE(args))
    ok = async_format_callback(vm, fn, AS_TUPLE(args)->items,
                               AS_TUPLE(args)->length, out);
  else if (IS_UNDEF(args) || IS_NONE(args))
    ok = async_format_callback(vm, fn, NULL, 0, out);
  else
    ok = async_format_callback(vm, fn, &args, 1, out);
  gc_pop_roots(vm, 2);
  return ok;
}

/* Reports an exception raised by a callback, as Handle._run does. */
static bool report_callback_error(EddyVM *vm, ObjHandle *h, Value exc) {
  ObjDict *context = dict_new(vm);
  if (!context) return false;
  gc_push_root(vm, OBJ_VAL(context));
  ByteBuf buf;
  buf_init(&buf);
  bool ok = buf_puts(&buf, "Exception in callback ") &&
            format_callback(vm, h, &buf);
  ObjStr *msg = ok ? str_from_buf(vm, &buf) : NULL;
  buf_free(&buf);
  ok = context_message(vm, context, msg) &&
       context_set(vm, context, "exception", exc) &&
       context_set(vm, context, "handle", OBJ_VAL(h)) &&
       loop_call_exception_handler(vm, h->loop, context);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Calls callback(*args) of a plain handle. */
static bool run_call(EddyVM *vm, ObjHandle *h) {
  Value ignored;
  Value *args = NULL;
  int nargs = 0;
  if (IS_TUPLE(h->args)) {
    args = AS_TUPLE(h->args)->items;
    nargs = (int)AS_TUPLE(h->args)->length;
  } else if (!IS_NONE(h->args)) {
    args = &h->args;
    nargs = 1;
  }
  if (vm_call(vm, h->callback, args, nargs, NULL, &ignored)) return true;
  Value exc = vm->task->exception;
  ObjClass *cls = vm_class_of(vm, exc);
  if (class_is_subclass(cls, vm->exc.KeyboardInterrupt) ||
      class_is_subclass(cls, vm->exc.SystemExit))
    return false;
  vm->task->exception = UNDEF_VAL;
  gc_push_root(vm, exc);
  bool ok = report_callback_error(vm, h, exc);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Handle._run for every kind of handle. */
static bool run_handle(EddyVM *vm, ObjHandle *h) {
  switch (h->kind) {
  case HANDLE_CALL: return run_call(vm, h);
  case HANDLE_TASK_STEP: {
    Value exc = IS_TUPLE(h->args) ? AS_TUPLE(h->args)->items[0] : UNDEF_VAL;
    ObjFuture *task = AS_FUTURE(h->callback);
    if (task->state != FUTURE_PENDING) return true;
    return task_step(vm, task, exc);
  }
  case HANDLE_TASK_WAKEUP:
    return task_wakeup(vm, AS_FUTURE(h->callback), AS_FUTURE(h->args));
  }
  return true;
}

/* ---- tasks in the ready queue ------------------------------------------ */

bool loop_schedule_task(EddyVM *vm, ObjLoop *loop, ObjFuture *task,
                        Value from) {
  if (task->queued) {
    HandleKind kind = IS_UNDEF(from) ? HANDLE_TASK_STEP : HANDLE_TASK_WAKEUP;
    return loop_call_soon(vm, loop, kind, OBJ_VAL(task),
                          IS_UNDEF(from) ? NONE_VAL : from) != NULL;
  }
  if (!ready_push(vm, loop, OBJ_VAL(task))) return false;
  task->queued = true;
  task->wake_from = from;
  return true;
}

/* Runs the step or wakeup a task in the ready queue stands for. */
static bool run_queued_task(EddyVM *vm, ObjFuture *task) {
  Value from = task->wake_from;
  task->queued = false;
  task->wake_from = UNDEF_VAL;
  if (!IS_UNDEF(from)) return task_wakeup(vm, task, AS_FUTURE(from));
  if (task->state != FUTURE_PENDING) return true;
  return task_step(vm, task, UNDEF_VAL);
}

/* True when the ready-queue entry [v] is a Handle (not a task). */
static bool is_handle(Value v) {
  return ((ObjNativeData *)AS_OBJ(v))->kind == &handle_kind;
}

/* Empties the ready queue (close()). */
static void clear_ready(ObjLoop *loop) {
  while (loop->ready_count) {
    Value v = ready_pop(loop);
    if (!is_handle(v)) {
      AS_FUTURE(v)->queued = false;
      AS_FUTURE(v)->wake_from = UNDEF_VAL;
    }
  }
}

/* ---- one iteration -------------------------------------------------------------- */

/* Drops cancelled timers from the heap as _run_once does. */
static void prune_timers(ObjLoop *loop) {
  size_t n = loop->timer_count;
  if (n > MIN_SCHEDULED_TIMER_HANDLES &&
      (double)loop->cancelled_timers / (double)n > MIN_CANCELLED_TIMER_FRACTION) {
    heap_rebuild(loop);
    return;
  }
  while (loop->timer_count && AS_HANDLE(loop->timers[0])->cancelled) {
    loop->cancelled_timers--;
    AS_HANDLE(heap_pop(loop))->scheduled = false;
  }
}

/* Adds the VM's interrupt pipe to [loop]'s poller once, so Ctrl-C ends
 * a wait at once. */
static void watch_interrupts(EddyVM *vm, ObjLoop *loop) {
  if (vm->interrupt_fd < 0 || loop->watching_interrupts) return;
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = vm->interrupt_fd};
  loop->watching_interrupts =
      epoll_ctl(loop->epoll_fd, EPOLL_CTL_ADD, vm->interrupt_fd, &ev) == 0;
}

/* Waits for I/O for at most [timeout] seconds, forever when negative;
 * Ctrl-C (the VM's interrupt pipe) ends it, and so does a post from
 * another thread, which is run here. */
static void poll_wait(EddyVM *vm, ObjLoop *loop, double timeout) {
  if (vm_interrupt_pending(vm)) return;
  /* The loop watches no I/O of its own yet: with handles ready, only a
   * post from another thread could be waiting, so the system call is
   * skipped (it is a tenth of the time of a task switch). */
  if (timeout == 0 && !atomic_load(&loop->posted)) return;
  int ms = timeout < 0 ? -1 : (int)ceil(timeout * 1000.0);
  if (loop->epoll_fd >= 0) {
    watch_interrupts(vm, loop);
    struct epoll_event events[8];
    int n = epoll_wait(loop->epoll_fd, events, 8, ms);
    bool woken = false;
    for (int i = 0; i < n; i++)
      if (events[i].data.fd == loop->wake_fd ||
          events[i].data.fd == loop->timer_fd)
        woken = true;
    if (woken) loop_run_posts(vm, loop);
    return;
  }
  struct pollfd wake = {vm->interrupt_fd, POLLIN, 0};
  int n = poll(&wake, vm->interrupt_fd >= 0 ? 1 : 0, ms);
  (void)n;
}

/* The poll timeout of this iteration, -1 for none. */
static double select_timeout(ObjLoop *loop) {
  if (loop->ready_count || loop->stopping) return 0;
  if (!loop->timer_count) return -1;
  double t = AS_HANDLE(loop->timers[0])->when - loop_time();
  if (t < 0) t = 0;
  return t > MAX_SELECT_TIMEOUT ? MAX_SELECT_TIMEOUT : t;
}

double loop_next_timeout(ObjLoop *loop) { return select_timeout(loop); }

bool loop_run_once(EddyVM *vm, ObjLoop *loop, double cap) {
  prune_timers(loop);
  double timeout = select_timeout(loop);
  if (cap >= 0 && (timeout < 0 || timeout > cap)) timeout = cap;
  poll_wait(vm, loop, timeout);
  if (vm_interrupt_pending(vm) && !vm_take_interrupt(vm)) return false;
  double end_time = loop->timer_count ? loop_time() + CLOCK_RESOLUTION : 0;
  while (loop->timer_count) {
    ObjHandle *top = AS_HANDLE(loop->timers[0]);
    if (top->when >= end_time) break;
    Value h = heap_pop(loop);
    AS_HANDLE(h)->scheduled = false;
    if (!ready_push(vm, loop, h)) return false;
  }
  size_t ntodo = loop->ready_count;
  for (size_t i = 0; i < ntodo; i++) {
    Value v = ready_pop(loop);
    if (is_handle(v) && AS_HANDLE(v)->cancelled) continue;
    gc_push_root(vm, v);
    bool ok = is_handle(v) ? run_handle(vm, AS_HANDLE(v))
                           : run_queued_task(vm, AS_FUTURE(v));
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  gc_run_finalizers(vm);
  return true;
}

bool loop_run_forever(EddyVM *vm, ObjLoop *loop) {
  if (!check_open(vm, loop)) return false;
  if (loop->running)
    return vm_raise(vm, vm->exc.RuntimeError, "This event loop is already running");
  if (AIO(vm)->running_loop)
    return vm_raise(vm, vm->exc.RuntimeError,
                    "Cannot run the event loop while another loop is running");
  ObjLoop *saved = AIO(vm)->running_loop;
  AIO(vm)->running_loop = loop;
  loop->running = true;
  gc_push_root(vm, OBJ_VAL(loop));
  bool ok = true;
  while (ok) {
    ok = loop_run_once(vm, loop, -1);
    if (loop->stopping) break;
  }
  gc_pop_roots(vm, 1);
  loop->stopping = false;
  loop->running = false;
  AIO(vm)->running_loop = saved;
  return ok;
}

/* The callback run_until_complete adds: stops the loop when the future is
 * done (unless it ended with SystemExit or KeyboardInterrupt). */
static bool until_complete_cb(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  (void)kwnames;
  *result = NONE_VAL;
  if (nargs < 1 || !IS_FUTURE(vm, args[0])) return true;
  ObjFuture *f = AS_FUTURE(args[0]);
  if (f->state == FUTURE_FINISHED && IS_EXCEPTION(f->exception)) {
    ObjClass *cls = AS_OBJ(f->exception)->cls;
    if (class_is_subclass(cls, vm->exc.SystemExit) ||
        class_is_subclass(cls, vm->exc.KeyboardInterrupt))
      return true;
  }
  f->loop->stopping = true;
  return true;
}

/* ensure_future for run_until_complete: a task for a coroutine. */
static bool as_future(EddyVM *vm, ObjLoop *loop, Value v, Value *out,
                      bool *new_task) {
  *new_task = false;
  if (IS_FUTURE(vm, v)) {
    if (AS_FUTURE(v)->loop != loop)
      return vm_raise(vm, vm->exc.ValueError,
                      "The future belongs to a different loop than the one "
                      "specified as the loop argument");
    *out = v;
    return true;
  }
  if (IS_GENERATOR(v) && AS_OBJ(v)->cls == vm->types.coroutine) {
    if (!check_open(vm, loop)) return false;
    ObjFuture *t = task_new_for(vm, loop, v, NONE_VAL);
    if (!t) return false;
    *new_task = true;
    *out = OBJ_VAL(t);
    return true;
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "An asyncio.Future, a coroutine or an awaitable is required");
}

bool loop_run_until_complete(EddyVM *vm, ObjLoop *loop, Value awaitable,
                             Value *out) {
  if (!check_open(vm, loop)) return false;
  if (loop->running)
    return vm_raise(vm, vm->exc.RuntimeError, "This event loop is already running");
  Value fv;
  bool new_task;
  if (!as_future(vm, loop, awaitable, &fv, &new_task)) return false;
  ObjFuture *fut = AS_FUTURE(fv);
  if (new_task) fut->log_destroy_pending = false;
  gc_push_root(vm, fv);
  ObjNative *cb = native_new(vm, "_run_until_complete_cb", until_complete_cb);
  bool ok = cb != NULL;
  if (ok) {
    gc_push_root(vm, OBJ_VAL(cb));
    ok = future_add_callback(vm, fut, OBJ_VAL(cb));
    ok = ok && loop_run_forever(vm, loop);
    if (!ok && new_task && fut->state == FUTURE_FINISHED)
      fut->log_traceback = false;
    for (int i = 0; i < fut->callback_count; i++) {
      if (AS_OBJ(fut->callbacks[i].fn) != (Obj *)cb) continue;
      memmove(&fut->callbacks[i], &fut->callbacks[i + 1],
              sizeof(FutureCallback) * (size_t)(fut->callback_count - i - 1));
      fut->callback_count--;
      break;
    }
    gc_pop_roots(vm, 1);
  }
  if (ok && fut->state == FUTURE_PENDING)
    ok = vm_raise(vm, vm->exc.RuntimeError,
                  "Event loop stopped before Future completed.");
  ok = ok && future_result(vm, fut, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- methods ---------------------------------------------------------------------- */

/* TypeError "a callable object was expected by call_soon(), got 1". */
static bool callable_check(EddyVM *vm, Value v, const char *name) {
  ObjClass *cls = vm_class_of(vm, v);
  bool callable = IS_FUNCTION(v) || IS_NATIVE(v) || IS_BOUND_METHOD(v) ||
                  IS_CLASS(v) || !IS_UNDEF(class_lookup(cls, vm->str.call));
  if (callable) return true;
  ByteBuf buf;
  buf_init(&buf);
  if (value_repr(vm, v, &buf)) {
    if (name)
      vm_raise(vm, vm->exc.TypeError,
               "a callable object was expected by %s(), got %s", name, buf.data);
    else
      vm_raise(vm, vm->exc.TypeError,
               "A callable object or None is expected, got %s", buf.data);
  }
  buf_free(&buf);
  return false;
}

/* Checks that args[0] is an event loop. */
static bool self_loop(EddyVM *vm, const char *name, Value *args, int nargs) {
  if (nargs >= 1 && IS_NATIVE_DATA(args[0]) &&
      AS_OBJ(args[0])->cls == AIO(vm)->loop_class)
    return true;
  return vm_raise(vm, vm->exc.TypeError, "%s() needs an event loop", name);
}

#define LOOP(args) AS_LOOP((args)[0])

static bool m_run_forever(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                          Value *result) {
  *result = NONE_VAL;
  return native_no_kwargs(vm, "run_forever", kw) &&
         self_loop(vm, "run_forever", args, nargs) &&
         loop_run_forever(vm, LOOP(args));
}

static bool m_run_until_complete(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kw, Value *result) {
  return native_no_kwargs(vm, "run_until_complete", kw) &&
         self_loop(vm, "run_until_complete", args, nargs) &&
         native_check_count(vm, "run_until_complete", nargs - 1, 1, 1) &&
         loop_run_until_complete(vm, LOOP(args), args[1], result);
}

static bool m_stop(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                   Value *result) {
  if (!native_no_kwargs(vm, "stop", kw) || !self_loop(vm, "stop", args, nargs))
    return false;
  LOOP(args)->stopping = true;
  *result = NONE_VAL;
  return true;
}

static bool m_close(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                    Value *result) {
  if (!native_no_kwargs(vm, "close", kw) || !self_loop(vm, "close", args, nargs))
    return false;
  ObjLoop *loop = LOOP(args);
  *result = NONE_VAL;
  if (loop->running)
    return vm_raise(vm, vm->exc.RuntimeError, "Cannot close a running event loop");
  if (loop->closed) return true;
  loop->closed = true;
  clear_ready(loop);
  for (size_t i = 0; i < loop->timer_count; i++)
    AS_HANDLE(loop->timers[i])->scheduled = false;
  loop->timer_count = 0;
  loop->cancelled_timers = 0;
  return true;
}

/* A bool-valued getter of the loop. */
static bool loop_flag(EddyVM *vm, const char *name, Value *args, int nargs,
                      ObjTuple *kw, int which, Value *result) {
  if (!native_no_kwargs(vm, name, kw) || !self_loop(vm, name, args, nargs))
    return false;
  ObjLoop *loop = LOOP(args);
  *result = BOOL_VAL(which == 0 ? loop->running
                                : which == 1 ? loop->closed : loop->debug);
  return true;
}

static bool m_is_running(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                         Value *result) {
  return loop_flag(vm, "is_running", args, nargs, kw, 0, result);
}

static bool m_is_closed(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                        Value *result) {
  return loop_flag(vm, "is_closed", args, nargs, kw, 1, result);
}

static bool m_get_debug(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                        Value *result) {
  return loop_flag(vm, "get_debug", args, nargs, kw, 2, result);
}

static bool m_set_debug(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                        Value *result) {
  if (!native_no_kwargs(vm, "set_debug", kw) ||
      !self_loop(vm, "set_debug", args, nargs) ||
      !native_check_count(vm, "set_debug", nargs - 1, 1, 1))
    return false;
  bool on;
  if (!value_truthy(vm, args[1], &on)) return false;
  LOOP(args)->debug = on;
  *result = NONE_VAL;
  return true;
}

static bool m_time(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                   Value *result) {
  if (!native_no_kwargs(vm, "time", kw) || !self_loop(vm, "time", args, nargs))
    return false;
  *result = FLOAT_VAL(loop_time());
  return true;
}

/* The arguments after the callback as a tuple (or None when none). */
static bool callback_args(EddyVM *vm, Value *args, int n, Value *out) {
  if (n == 0) {
    *out = NONE_VAL;
    return true;
  }
  ObjTuple *t = tuple_from_array(vm, args, (size_t)n);
  *out = t ? OBJ_VAL(t) : UNDEF_VAL;
  return t != NULL;
}

/* Only context= is accepted as a keyword of call_soon/later/at. */
static bool only_context(EddyVM *vm, const char *name, ObjTuple *kw) {
  for (size_t i = 0; kw && i < kw->length; i++)
    if (!str_equal_cstr(AS_STR(kw->items[i]), "context"))
      return vm_raise(vm, vm->exc.TypeError,
                      "BaseEventLoop.%s() got an unexpected keyword argument "
                      "'%s'",
                      name, AS_STR(kw->items[i])->chars);
  return true;
}

static bool m_call_soon(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                        Value *result) {
  if (!self_loop(vm, "call_soon", args, nargs) ||
      !only_context(vm, "call_soon", kw) ||
      !native_check_count(vm, "call_soon", nargs - 1, 1, -1) ||
      !check_open(vm, LOOP(args)))
    return false;
  if (LOOP(args)->debug && !callable_check(vm, args[1], "call_soon"))
    return false;
  Value rest;
  if (!callback_args(vm, args + 2, nargs - 2, &rest)) return false;
  ObjHandle *h = loop_call_soon(vm, LOOP(args), HANDLE_CALL, args[1], rest);
  *result = h ? OBJ_VAL(h) : UNDEF_VAL;
  return h != NULL;
}

/* call_later(delay, cb, *args) and call_at(when, cb, *args). */
static bool schedule(EddyVM *vm, const char *name, Value *args, int nargs,
                     ObjTuple *kw, bool relative, Value *result) {
  if (!self_loop(vm, name, args, nargs) || !only_context(vm, name, kw) ||
      !native_check_count(vm, name, nargs - 1, 2, -1) ||
      !check_open(vm, LOOP(args)))
    return false;
  double when;
  if (IS_FLOAT(args[1]))
    when = AS_FLOAT(args[1]);
  else if (IS_SMALLINT_LIKE(args[1]))
    when = (double)AS_SMALLINT(args[1]);
  else
    return vm_raise(vm, vm->exc.TypeError, "'%s' object cannot be interpreted as a number",
                    vm_type_name(vm, args[1]));
  if (relative) when += loop_time();
  if (LOOP(args)->debug && !callable_check(vm, args[2], name)) return false;
  Value rest;
  if (!callback_args(vm, args + 3, nargs - 3, &rest)) return false;
  ObjHandle *h = loop_call_at(vm, LOOP(args), when, args[2], rest);
  *result = h ? OBJ_VAL(h) : UNDEF_VAL;
  return h != NULL;
}

static bool m_call_later(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                         Value *result) {
  return schedule(vm, "call_later", args, nargs, kw, true, result);
}

static bool m_call_at(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                      Value *result) {
  return schedule(vm, "call_at", args, nargs, kw, false, result);
}

static bool m_create_future(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                            Value *result) {
  if (!native_no_kwargs(vm, "create_future", kw) ||
      !self_loop(vm, "create_future", args, nargs))
    return false;
  ObjFuture *f = future_new(vm, LOOP(args));
  *result = f ? OBJ_VAL(f) : UNDEF_VAL;
  return f != NULL;
}

static bool m_create_task(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                          Value *result) {
  static const char *const names[] = {"coro", "name", "context"};
  Value parsed[3];
  if (!self_loop(vm, "create_task", args, nargs) ||
      !native_parse_args(vm, "create_task", args + 1, nargs - 1, kw, names, 3,
                         1, 0, parsed) ||
      !check_open(vm, LOOP(args)))
    return false;
  if (!IS_GENERATOR(parsed[0]) || AS_OBJ(parsed[0])->cls != vm->types.coroutine) {
    ByteBuf buf;
    buf_init(&buf);
    if (value_repr(vm, parsed[0], &buf))
      vm_raise(vm, vm->exc.TypeError, "a coroutine was expected, got %s", buf.data);
    buf_free(&buf);
    return false;
  }
  ObjFuture *t = task_new_for(vm, LOOP(args), parsed[0],
                              IS_UNDEF(parsed[1]) ? NONE_VAL : parsed[1]);
  *result = t ? OBJ_VAL(t) : UNDEF_VAL;
  return t != NULL;
}

static bool m_set_exception_handler(EddyVM *vm, Value *args, int nargs,
                                    ObjTuple *kw, Value *result) {
  if (!native_no_kwargs(vm, "set_exception_handler", kw) ||
      !self_loop(vm, "set_exception_handler", args, nargs) ||
      !native_check_count(vm, "set_exception_handler", nargs - 1, 1, 1))
    return false;
  if (!IS_NONE(args[1]) && !callable_check(vm, args[1], NULL)) return false;
  LOOP(args)->exception_handler = args[1];
  *result = NONE_VAL;
  return true;
}

static bool m_get_exception_handler(EddyVM *vm, Value *args, int nargs,
                                    ObjTuple *kw, Value *result) {
  if (!native_no_kwargs(vm, "get_exception_handler", kw) ||
      !self_loop(vm, "get_exception_handler", args, nargs))
    return false;
  *result = LOOP(args)->exception_handler;
  return true;
}

/* The context argument of the exception handler methods. */
static bool context_arg(EddyVM *vm, const char *name, Value *args, int nargs,
                        ObjTuple *kw) {
  if (!native_no_kwargs(vm, name, kw) || !self_loop(vm, name, args, nargs) ||
      !native_check_count(vm, name, nargs - 1, 1, 1))
    return false;
  if (IS_DICT(args[1])) return true;
  return vm_raise(vm, vm->exc.TypeError, "context must be a dict");
}

static bool m_default_exception_handler(EddyVM *vm, Value *args, int nargs,
                                        ObjTuple *kw, Value *result) {
  *result = NONE_VAL;
  return context_arg(vm, "default_exception_handler", args, nargs, kw) &&
         default_handler(vm, AS_DICT(args[1]));
}

static bool m_call_exception_handler(EddyVM *vm, Value *args, int nargs,
                                     ObjTuple *kw, Value *result) {
  *result = NONE_VAL;
  return context_arg(vm, "call_exception_handler", args, nargs, kw) &&
         loop_call_exception_handler(vm, LOOP(args), AS_DICT(args[1]));
}

static bool loop_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjLoop *loop = AS_LOOP(v);
  bool ok = buf_printf(out, "<%s running=%s closed=%s debug=%s>",
                       AS_OBJ(v)->cls->name->chars,
                       loop->running ? "True" : "False",
                       loop->closed ? "True" : "False",
                       loop->debug ? "True" : "False");
  return ok || vm_raise_memory(vm);
}

/* ---- handle methods ---------------------------------------------------------------- */

static bool self_handle(EddyVM *vm, const char *name, Value *args, int nargs,
                        ObjTuple *kw) {
  if (!native_no_kwargs(vm, name, kw)) return false;
  if (nargs >= 1 && IS_NATIVE_DATA(args[0]) &&
      (AS_OBJ(args[0])->cls == AIO(vm)->handle_class ||
       AS_OBJ(args[0])->cls == AIO(vm)->timer_class))
    return native_check_count(vm, name, nargs - 1, 0, 0);
  return vm_raise(vm, vm->exc.TypeError, "%s() needs a Handle", name);
}

static bool m_handle_cancel(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                            Value *result) {
  if (!self_handle(vm, "cancel", args, nargs, kw)) return false;
  ObjHandle *h = AS_HANDLE(args[0]);
  *result = NONE_VAL;
  if (h->cancelled) return true;
  h->cancelled = true;
  if (h->is_timer && h->scheduled) h->loop->cancelled_timers++;
  h->callback = NONE_VAL;
  h->args = NONE_VAL;
  return true;
}

static bool m_handle_cancelled(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kw, Value *result) {
  if (!self_handle(vm, "cancelled", args, nargs, kw)) return false;
  *result = BOOL_VAL(AS_HANDLE(args[0])->cancelled);
  return true;
}

static bool m_handle_when(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                          Value *result) {
  if (!self_handle(vm, "when", args, nargs, kw)) return false;
  *result = FLOAT_VAL(AS_HANDLE(args[0])->when);
  return true;
}

static bool handle_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjHandle *h = AS_HANDLE(v);
  bool ok = buf_printf(out, "<%s", AS_OBJ(v)->cls->name->chars);
  if (ok && h->cancelled) ok = buf_puts(out, " cancelled");
  if (ok && h->is_timer) ok = buf_printf(out, " when=%.17g", h->when);
  if (ok && !h->cancelled && h->kind == HANDLE_CALL) {
    ok = buf_putc(out, ' ') && format_callback(vm, h, out);
    if (!ok) return false;
  }
  ok = ok && buf_putc(out, '>');
  return ok || vm_raise_memory(vm);
}

static const TypeOps loop_ops = {.repr = loop_repr};
static const TypeOps handle_ops = {.repr = handle_repr};

typedef struct LoopMethod {
  const char *name; /* the method's name */
  NativeFn fn;      /* its implementation */
} LoopMethod;

bool loop_install(EddyVM *vm, ObjDict *module) {
  static const LoopMethod loop_methods[] = {
      {"run_forever", m_run_forever},
      {"run_until_complete", m_run_until_complete},
      {"stop", m_stop},
      {"close", m_close},
      {"is_running", m_is_running},
      {"is_closed", m_is_closed},
      {"get_debug", m_get_debug},
      {"set_debug", m_set_debug},
      {"time", m_time},
      {"call_soon", m_call_soon},
      {"call_later", m_call_later},
      {"call_at", m_call_at},
      {"create_future", m_create_future},
      {"create_task", m_create_task},
      {"set_exception_handler", m_set_exception_handler},
      {"get_exception_handler", m_get_exception_handler},
      {"default_exception_handler", m_default_exception_handler},
      {"call_exception_handler", m_call_exception_handler},
  };
  static const LoopMethod handle_methods[] = {
      {"cancel", m_handle_cancel},
      {"cancelled", m_handle_cancelled},
  };
  AsyncState *aio = AIO(vm);
  (void)module;
  aio->loop_class->ops = &loop_ops;
  aio->handle_class->ops = &handle_ops;
  aio->timer_class->ops = &handle_ops;
  for (size_t i = 0; i < sizeof loop_methods / sizeof *loop_methods; i++)
    if (!native_method(vm, aio->loop_class, loop_methods[i].name,
                       loop_methods[i].fn))
      return false;
  for (size_t i = 0; i < sizeof handle_methods / sizeof *handle_methods; i++)
    if (!native_method(vm, aio->handle_class, handle_methods[i].name,
                       handle_methods[i].fn))
      return false;
  return native_method(vm, aio->timer_class, "when", m_handle_when);
}
