/* task.h: the execution stacks that script code runs on.
 *
 * A Task owns a growable value stack and a growable array of call frames,
 * as a Wren fiber or a Lua thread does. The main program runs as a task;
 * every generator, coroutine driven by the event loop, and asyncio Task
 * gets its own. Script-to-script calls push a frame on the current task
 * and never recurse in C, so a suspended task is just its saved frames:
 * switching tasks is "save ip, return to the scheduler".
 *
 * Frames refer to their slots by offset into [values], never by pointer,
 * because the value array moves when it grows (and moves on every growth
 * under `make stress`, to catch stale pointers).
 *
 * Exception handling uses a block stack: SETUP_* instructions push a
 * Block recording the handler address and the stack depth to cut back
 * to; an exception unwinds to the innermost block of the innermost frame
 * that has one. The exception being propagated lives in [exception]; the
 * one being handled by an `except` clause (the future `__context__` of any
 * new exception) in [handled].
 */
#ifndef EDDY_TASK_H
#define EDDY_TASK_H

#include "vm/object.h"

typedef struct CallFrame {
  ObjFunction *function; /* the running function (module bodies too) */
  ObjCode *code;         /* function->code, cached */
  uint32_t ip;           /* next instruction, saved while not running */
  size_t base;           /* stack index of local 0 */
  int block_base;        /* index of this frame's first block */
  size_t ret;            /* stack index the result is stored at */
  ObjDict *locals;       /* namespace of NAME instructions (class bodies,
                            exec), or NULL for the function's globals */
  bool native_boundary;  /* entered from C (vm_call): returning from it
                            leaves the dispatch loop; awaits may not cross */
  bool is_init;          /* an __init__ called by instantiating a class:
                            its return leaves the instance at [ret] */
  Obj *coroutine;        /* the coroutine whose frame was inlined here by
                            an await, marked done when the frame ends */
} CallFrame;

/* Kinds of block-stack entries. */
typedef enum {
  BLOCK_EXCEPT,  /* try: on exception jump to the except clauses */
  BLOCK_FINALLY, /* try/finally or with: run cleanup, then re-raise */
  BLOCK_HANDLER, /* inside an except clause: restore [handled] on exit */
} BlockKind;

typedef struct Block {
  BlockKind kind;  /* what the entry is for */
  uint32_t target; /* handler address */
  size_t depth;    /* value stack height (absolute) to cut back to */
} Block;

typedef struct Task {
  Value *values;       /* the value stack */
  size_t sp;           /* number of values in use */
  size_t cap;          /* values allocated */
  CallFrame *frames;   /* call frames, innermost last */
  int frame_count;     /* frames in use */
  int frame_cap;       /* frames allocated */
  Block *blocks;       /* the block stack of all frames */
  int block_count;     /* blocks in use */
  int block_cap;       /* blocks allocated */
  Value exception;     /* the exception being raised, or UNDEF */
  Value handled;       /* the exception an except clause handles, or None */
  struct Task *next_live; /* next task in the VM's list of live tasks */
  struct Task *resumer;   /* the task that resumed this one (generators) */
  Obj *owner;             /* the generator/coroutine owning this stack, or
                            NULL for the main task */
} Task;

/* Makes an empty task; NULL when memory runs out (nothing raised). */
Task *task_new(void);
/* Bytes [task] holds outside the heap object that owns it (its stacks),
 * for the collector's accounting. */
size_t task_owned_size(const Task *task);

/* Frees [task]'s memory (not the objects its stack refers to). */
void task_free(Task *task);
/* Makes room for [extra] more values above [task]'s stack top. The value
 * array may move (it always moves under EDDY_STRESS_GC): frames hold
 * offsets, and callers reload their pointers. False after raising
 * MemoryError. */
bool task_ensure_stack(EddyVM *vm, Task *task, size_t extra) MUST_CHECK;
/* Pushes a new frame (zeroed but for [base], [ret] and the block base);
 * NULL after raising MemoryError. */
CallFrame *task_push_frame(EddyVM *vm, Task *task, size_t base,
                           size_t ret) MUST_CHECK;
/* Pushes a block of [kind] for the innermost frame. */
bool task_push_block(EddyVM *vm, Task *task, BlockKind kind, uint32_t target,
                     size_t depth) MUST_CHECK;

#endif
