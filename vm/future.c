/* future.c: asyncio's Future and Task, native.
 *
 * The semantics (states, callback order, cancellation, error messages)
 * follow CPython's asyncio.futures and asyncio.tasks, because the order
 * in which callbacks and task steps run is what scripts observe.
 */
#include <string.h>

#include "vm/async.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/reprlib.h"
#include "vm/vm_exec.h"

#define AIO(vm) ((AsyncState *)(vm)->aio)

/* ---- the object ---------------------------------------------------------- */

static void future_mark(EddyVM *vm, Obj *obj) {
  ObjFuture *f = (ObjFuture *)obj;
  gc_mark_object(vm, (Obj *)f->loop);
  gc_mark_value(vm, f->result);
  gc_mark_value(vm, f->exception);
  gc_mark_value(vm, f->cancel_message);
  gc_mark_value(vm, f->cancel_hook);
  gc_mark_value(vm, f->cancelled_exc);
  for (int i = 0; i < f->callback_count; i++) {
    gc_mark_value(vm, f->callbacks[i].fn);
    gc_mark_value(vm, f->callbacks[i].context);
  }
  gc_mark_value(vm, f->coro);
  gc_mark_value(vm, f->name);
  gc_mark_value(vm, f->waiter);
  gc_mark_value(vm, f->wake_from);
}

static void future_release(Obj *obj) { free(((ObjFuture *)obj)->callbacks); }

static bool future_wants_finalizer(Obj *obj) {
  ObjFuture *f = (ObjFuture *)obj;
  if (f->log_traceback) return true;
  return f->is_task && f->state == FUTURE_PENDING && f->log_destroy_pending;
}

static void future_finalize(EddyVM *vm, Obj *obj);

static const NativeDataKind future_kind = {
    "Future", sizeof(ObjFuture), future_mark, future_release,
    future_wants_finalizer, future_finalize};

/* Allocates a future (or task) of class [cls] on [loop]. */
static ObjFuture *alloc_future(EddyVM *vm, ObjClass *cls, ObjLoop *loop) {
  ObjFuture *f = (ObjFuture *)gc_new_object(vm, sizeof(ObjFuture),
                                            OBJ_NATIVE_DATA, cls);
  if (!f) return NULL;
  f->base.kind = &future_kind;
  f->loop = loop;
  f->state = FUTURE_PENDING;
  f->result = NONE_VAL;
  f->exception = UNDEF_VAL;
  f->cancel_message = NONE_VAL;
  f->cancel_hook = NONE_VAL;
  f->cancelled_exc = UNDEF_VAL;
  f->coro = NONE_VAL;
  f->name = NONE_VAL;
  f->waiter = NONE_VAL;
  f->wake_from = UNDEF_VAL;
  return f;
}

ObjFuture *future_new(EddyVM *vm, ObjLoop *loop) {
  return alloc_future(vm, AIO(vm)->future_class, loop);
}

/* ---- repr ----------------------------------------------------------------- */

static const char *const state_names[] = {"pending", "cancelled", "finished"};

/* "<coro>() running at file:line" or "done, defined at file:line". */
static bool coro_repr(EddyVM *vm, Value coro, ByteBuf *out) {
  if (!IS_GENERATOR(coro)) return value_repr(vm, coro, out);
  ObjGenerator *gen = AS_GENERATOR(coro);
  ObjCode *code = gen->function->code;
  if (gen->state == GEN_DONE)
    return buf_printf(out, "%s() done, defined at %s:%d", gen->qualname->chars,
                      code->filename->chars, code->firstlineno) ||
           vm_raise_memory(vm);
  /* The coroutine's own frame is the first of its stack; the frames of
   * the coroutines it awaits are inlined above it. */
  int line = code->firstlineno;
  if (gen->task && gen->task->frame_count) {
    CallFrame *f = &gen->task->frames[0];
    if (f->code == code && f->ip > 0) line = f->code->lines[f->ip - 1];
  }
  return buf_printf(out, "%s() running at %s:%d", gen->qualname->chars,
                    code->filename->chars, line) ||
         vm_raise_memory(vm);
}

/* " result=..." (shortened by reprlib) or " exception=..." of a finished
 * future, as _future_repr_info shows them. */
static bool future_info(EddyVM *vm, ObjFuture *f, ByteBuf *out) {
  if (f->state != FUTURE_FINISHED) return true;
  if (!IS_UNDEF(f->exception)) {
    if (!buf_puts(out, " exception=")) return vm_raise_memory(vm);
    return value_repr(vm, f->exception, out);
  }
  if (!buf_puts(out, " result=")) return vm_raise_memory(vm);
  return reprlib_repr(vm, f->result, out);
}

/* One callback as asyncio's _format_callbacks shows it. */
static bool format_one_callback(EddyVM *vm, FutureCallback *cb, ByteBuf *out) {
  if (IS_UNDEF(cb->context))
    return buf_puts(out, "Task.task_wakeup()") || vm_raise_memory(vm);
  return async_format_callback(vm, cb->fn, NULL, 0, out);
}

/* " cb=[a, b]" or " cb=[a, <n more>, z]" for a pending future. Callback
 * names run script code, which may change the list: it is read again
 * after each. */
static bool format_callbacks(EddyVM *vm, ObjFuture *f, ByteBuf *out) {
  int n = f->callback_count;
  if (n == 0) return true;
  FutureCallback first = f->callbacks[0], last = f->callbacks[n - 1];
  gc_push_root(vm, first.fn);
  gc_push_root(vm, last.fn);
  bool ok = (buf_puts(out, " cb=[") || vm_raise_memory(vm)) &&
            format_one_callback(vm, &first, out);
  if (ok && n == 2)
    ok = (buf_puts(out, ", ") || vm_raise_memory(vm)) &&
         format_one_callback(vm, &last, out);
  if (ok && n > 2)
    ok = (buf_printf(out, ", <%d more>, ", n - 2) || vm_raise_memory(vm)) &&
         format_one_callback(vm, &last, out);
  gc_pop_roots(vm, 2);
  return ok && (buf_putc(out, ']') || vm_raise_memory(vm));
}

/* The state word of [f]: a task whose cancel() is pending shows as
 * "cancelling". */
static const char *state_name(ObjFuture *f) {
  if (f->is_task && f->state == FUTURE_PENDING && f->num_cancels_requested > 0)
    return "cancelling";
  return state_names[f->state];
}

/* The name of task [f]. A default name is kept as its number until it
 * is first asked for, so most tasks never make the string "Task-N". */
static bool task_name(EddyVM *vm, ObjFuture *f, Value *out) {
  if (IS_INT(f->name)) {
    char text[32];
    snprintf(text, sizeof text, "Task-%lld", (long long)AS_INT(f->name));
    ObjStr *s = str_from_cstr(vm, text);
    if (!s) return false;
    f->name = OBJ_VAL(s);
  }
  *out = f->name;
  return true;
}

/* " name='...' coro=<...>[ wait_for=...]", what _task_repr_info inserts
 * after the state. */
static bool task_info(EddyVM *vm, ObjFuture *f, ByteBuf *out) {
  Value name;
  if (!task_name(vm, f, &name)) return false;
  if (!buf_puts(out, " name=")) return vm_raise_memory(vm);
  if (!value_repr(vm, name, out)) return false;
  if (!buf_puts(out, " coro=<")) return vm_raise_memory(vm);
  if (!coro_repr(vm, f->coro, out)) return false;
  if (!buf_putc(out, '>')) return vm_raise_memory(vm);
  if (!IS_NATIVE_DATA(f->waiter)) return true;
  if (!buf_puts(out, " wait_for=")) return vm_raise_memory(vm);
  return value_repr(vm, f->waiter, out);
}

/* "<Future finished result=...>", "<Task pending name=... coro=<...>
 * cb=[...]>"; "..." for a future met again inside its own repr, as
 * reprlib.recursive_repr gives. */
static bool future_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjFuture *f = AS_FUTURE(v);
  bool busy;
  if (!container_repr_enter(vm, v, &busy)) return false;
  if (busy) return buf_puts(out, "...") || vm_raise_memory(vm);
  bool ok = buf_printf(out, "<%s %s", AS_OBJ(v)->cls->name->chars,
                       state_name(f)) ||
            vm_raise_memory(vm);
  ok = ok && (!f->is_task || task_info(vm, f, out)) &&
       future_info(vm, f, out) && format_callbacks(vm, f, out) &&
       (buf_putc(out, '>') || vm_raise_memory(vm));
  container_repr_leave(vm, v);
  return ok;
}

/* ---- completion ---------------------------------------------------------- */

/* Schedules every done callback, in order, and forgets them. */
static bool schedule_callbacks(EddyVM *vm, ObjFuture *f) {
  int n = f->callback_count;
  FutureCallback *cbs = f->callbacks;
  f->callbacks = NULL;
  f->callback_count = f->callback_cap = 0;
  gc_push_root(vm, OBJ_VAL(f));
  /* The array is no longer reachable from [f]: keep its values rooted. */
  for (int i = 0; i < n; i++) gc_push_root(vm, cbs[i].fn);
  bool ok = true;
  for (int i = 0; i < n && ok; i++) {
    if (IS_UNDEF(cbs[i].context))
      ok = loop_schedule_task(vm, f->loop, AS_FUTURE(cbs[i].fn), OBJ_VAL(f));
    else
      ok = loop_call_soon(vm, f->loop, HANDLE_CALL, cbs[i].fn, OBJ_VAL(f)) !=
           NULL;
  }
  gc_pop_roots(vm, n + 1);
  free(cbs);
  return ok;
}

bool future_set_raised(EddyVM *vm, ObjFuture *fut) {
  Value exc = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  gc_push_root(vm, exc);
  bool ok = future_set_exception(vm, fut, exc);
  gc_pop_roots(vm, 1);
  return ok;
}

/* InvalidStateError for completing a future twice. */
static bool invalid_state(EddyVM *vm, ObjFuture *f) {
  (void)f;
  return vm_raise(vm, AIO(vm)->invalid_state_error, "invalid state");
}

bool future_set_result(EddyVM *vm, ObjFuture *f, Value result) {
  if (f->state != FUTURE_PENDING) return invalid_state(vm, f);
  f->result = result;
  f->state = FUTURE_FINISHED;
  return schedule_callbacks(vm, f);
}

bool future_set_exception(EddyVM *vm, ObjFuture *f, Value exc) {
  if (f->state != FUTURE_PENDING) return invalid_state(vm, f);
  if (IS_CLASS(exc)) {
    gc_push_root(vm, OBJ_VAL(f));
    bool ok = vm_call(vm, exc, NULL, 0, NULL, &exc);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  if (!IS_EXCEPTION(exc))
    return vm_raise(vm, vm->exc.TypeError, "invalid exception object");
  if (class_is_subclass(AS_OBJ(exc)->cls, vm->exc.StopIteration))
    return vm_raise(vm, vm->exc.TypeError,
                    "StopIteration interacts badly with generators and "
                    "cannot be raised into a Future");
  f->exception = exc;
  f->state = FUTURE_FINISHED;
  f->log_traceback = true;
  return schedule_callbacks(vm, f);
}

/* The plain Future.cancel (not Task's). */
static bool future_cancel_plain(EddyVM *vm, ObjFuture *f, Value msg, bool *out) {
  f->log_traceback = false;
  *out = false;
  if (f->state != FUTURE_PENDING) return true;
  f->state = FUTURE_CANCELLED;
  f->cancel_message = msg;
  *out = true;
  return schedule_callbacks(vm, f);
}

/* cancel() of a future with a cancel hook: hook(msg) decides. */
static bool cancel_by_hook(EddyVM *vm, ObjFuture *f, Value msg, bool *out) {
  *out = false;
  if (f->state != FUTURE_PENDING) return true;
  Value result;
  if (!vm_call(vm, f->cancel_hook, &msg, 1, NULL, &result)) return false;
  return value_truthy(vm, result, out);
}

bool future_cancel(EddyVM *vm, ObjFuture *f, Value msg, bool *out) {
  if (!IS_NONE(f->cancel_hook)) return cancel_by_hook(vm, f, msg, out);
  if (!f->is_task) return future_cancel_plain(vm, f, msg, out);
  f->log_traceback = false;
  *out = false;
  if (f->state != FUTURE_PENDING) return true;
  f->num_cancels_requested++;
  *out = true;
  if (IS_NATIVE_DATA(f->waiter)) {
    bool cancelled;
    if (!future_cancel(vm, AS_FUTURE(f->waiter), msg, &cancelled)) return false;
    if (cancelled) return true;
  }
  f->must_cancel = true;
  f->cancel_message = msg;
  return true;
}

bool future_add_callback(EddyVM *vm, ObjFuture *f, Value fn) {
  if (f->state != FUTURE_PENDING)
    return loop_call_soon(vm, f->loop, HANDLE_CALL, fn, OBJ_VAL(f)) != NULL;
  if (f->callback_count == f->callback_cap) {
    int cap = f->callback_cap ? f->callback_cap * 2 : 2;
    FutureCallback *grown =
        realloc(f->callbacks, sizeof(FutureCallback) * (size_t)cap);
    if (!grown) return vm_raise_memory(vm);
    f->callbacks = grown;
    f->callback_cap = cap;
  }
  f->callbacks[f->callback_count++] = (FutureCallback){fn, NONE_VAL};
  return true;
}

/* Registers the wakeup of [task] on [f] (a marker, not a callable). */
static bool add_wakeup(EddyVM *vm, ObjFuture *f, ObjFuture *task) {
  if (!future_add_callback(vm, f, OBJ_VAL(task))) return false;
  if (f->state == FUTURE_PENDING)
    f->callbacks[f->callback_count - 1].context = UNDEF_VAL;
  return true;
}

/* CancelledError(message) for a cancelled future; a task hands out the
 * CancelledError that ended its coroutine the first time. */
static bool raise_cancelled(EddyVM *vm, ObjFuture *f) {
  if (IS_EXCEPTION(f->cancelled_exc)) {
    Value exc = f->cancelled_exc;
    f->cancelled_exc = UNDEF_VAL;
    return vm_raise_value(vm, exc);
  }
  if (IS_NONE(f->cancel_message))
    return vm_raise_value(vm, OBJ_VAL(AIO(vm)->cancelled_error));
  return vm_raise_with_arg(vm, AIO(vm)->cancelled_error, f->cancel_message);
}

bool future_result(EddyVM *vm, ObjFuture *f, Value *out) {
  if (f->state == FUTURE_CANCELLED) return raise_cancelled(vm, f);
  if (f->state != FUTURE_FINISHED)
    return vm_raise(vm, AIO(vm)->invalid_state_error, "Result is not set.");
  f->log_traceback = false;
  if (!IS_UNDEF(f->exception)) return vm_raise_value(vm, f->exception);
  *out = f->result;
  return true;
}

/* ---- tasks ------------------------------------------------------------ */

ObjFuture *task_new_for(EddyVM *vm, ObjLoop *loop, Value coro, Value name) {
  ObjFuture *t = alloc_future(vm, AIO(vm)->task_class, loop);
  if (!t) return NULL;
  t->is_task = true;
  t->coro = coro;
  t->log_destroy_pending = true;
  gc_push_root(vm, OBJ_VAL(t));
  bool ok = true;
  if (IS_NONE(name)) {
    t->name = INT_VAL(++AIO(vm)->task_counter); /* "Task-N", made on demand */
  } else if (!IS_STR(name)) {
    ok = value_str_obj(vm, name, &t->name);
  } else {
    t->name = name;
  }
  ok = ok && loop_schedule_task(vm, loop, t, UNDEF_VAL) &&
       dict_set(vm, AS_DICT(loop->tasks), OBJ_VAL(t), NONE_VAL);
  gc_pop_roots(vm, 1);
  return ok ? t : NULL;
}

/* Forgets a finished task in its loop's table of live tasks. */
static void forget_task(EddyVM *vm, ObjFuture *task) {
  bool found;
  if (!dict_delete(vm, AS_DICT(task->loop->tasks), OBJ_VAL(task), &found))
    vm->task->exception = UNDEF_VAL;
}

/* A step raised [exc]: cancel, record, or (KeyboardInterrupt,
 * SystemExit) record and propagate. */
static bool step_raised(EddyVM *vm, ObjFuture *task, Value exc) {
  bool cancelled;
  ObjClass *cls = AS_OBJ(exc)->cls;
  if (class_is_subclass(cls, AIO(vm)->cancelled_error)) {
    task->must_cancel = false;
    task->cancelled_exc = exc;
    return future_cancel_plain(vm, task, NONE_VAL, &cancelled);
  }
  if (!future_set_exception(vm, task, exc)) return false;
  if (class_is_subclass(cls, vm->exc.KeyboardInterrupt) ||
      class_is_subclass(cls, vm->exc.SystemExit))
    return vm_raise_value(vm, exc);
  return true;
}

/* Appends [fmt] to [buf], replacing %T by repr(task) and %V by
 * repr(value). */
static bool format_step_error(EddyVM *vm, ByteBuf *buf, const char *fmt,
                              ObjFuture *task, Value value) {
  for (const char *p = fmt; *p; p++) {
    bool ok;
    if (p[0] == '%' && p[1] == 'T') {
      ok = future_repr(vm, OBJ_VAL(task), buf);
      p++;
    } else if (p[0] == '%' && p[1] == 'V') {
      ok = value_repr(vm, value, buf);
      p++;
    } else {
      ok = buf_putc(buf, *p) || vm_raise_memory(vm);
    }
    if (!ok) return false;
  }
  return true;
}

/* Throws RuntimeError([fmt]) into the task at its next step, as CPython
 * does for bad yields. */
static bool step_later_with_error(EddyVM *vm, ObjFuture *task,
                                  const char *fmt, Value value) {
  ByteBuf buf;
  buf_init(&buf);
  bool ok = format_step_error(vm, &buf, fmt, task, value);
  Value exc = UNDEF_VAL;
  if (ok) {
    vm_raise(vm, vm->exc.RuntimeError, "%s", buf.data);
    exc = vm->task->exception;
    vm->task->exception = UNDEF_VAL;
  }
  buf_free(&buf);
  if (IS_UNDEF(exc)) return false;
  gc_push_root(vm, exc);
  ObjTuple *args = tuple_from_array(vm, &exc, 1);
  ObjHandle *h = args ? loop_call_soon(vm, task->loop, HANDLE_TASK_STEP,
                                       OBJ_VAL(task), OBJ_VAL(args))
                      : NULL;
  gc_pop_roots(vm, 1);
  return h != NULL;
}

/* The coroutine yielded [out]: wait on it, or reschedule. */
static bool step_yielded(EddyVM *vm, ObjFuture *task, Value out) {
  if (IS_FUTURE(vm, out)) {
    ObjFuture *f = AS_FUTURE(out);
    if (!f->blocking)
      return step_later_with_error(
          vm, task, "yield was used instead of yield from in task %T with %V",
          out);
    if (f->loop != task->loop)
      return step_later_with_error(
          vm, task, "Task %T got Future %V attached to a different loop", out);
    if (f == task)
      return step_later_with_error(vm, task, "Task cannot await on itself: %T",
                                   out);
    f->blocking = false;
    if (!add_wakeup(vm, f, task)) return false;
    task->waiter = out;
    if (task->must_cancel) {
      bool cancelled;
      if (!future_cancel(vm, f, task->cancel_message, &cancelled)) return false;
      if (cancelled) task->must_cancel = false;
    }
    return true;
  }
  if (IS_NONE(out)) return loop_schedule_task(vm, task->loop, task, UNDEF_VAL);
  if (IS_GENERATOR(out))
    return step_later_with_error(
        vm, task,
        "yield was used instead of yield from for generator in task %T with %V",
        out);
  return step_later_with_error(vm, task, "Task got bad yield: %V", out);
}

bool task_step(EddyVM *vm, ObjFuture *task, Value exc) {
  if (task->state != FUTURE_PENDING) return invalid_state(vm, task);
  if (task->must_cancel) {
    bool is_cancel = IS_EXCEPTION(exc) &&
        class_is_subclass(AS_OBJ(exc)->cls, AIO(vm)->cancelled_error);
    if (!is_cancel) {
      raise_cancelled(vm, task);
      exc = vm->task->exception;
      vm->task->exception = UNDEF_VAL;
    }
    task->must_cancel = false;
  }
  task->waiter = NONE_VAL;
  ObjLoop *loop = task->loop;
  Value previous = loop->current_task;
  loop->current_task = OBJ_VAL(task);
  gc_push_root(vm, OBJ_VAL(task));
  gc_push_root(vm, exc);
  Value out;
  bool returned;
  bool ok = gen_resume_c(vm, AS_GENERATOR(task->coro), NONE_VAL, exc, &out,
                         &returned);
  loop->current_task = previous;
  if (!ok) {
    Value raised = vm->task->exception;
    vm->task->exception = UNDEF_VAL;
    ok = step_raised(vm, task, raised);
  } else if (returned) {
    bool cancelled;
    ok = task->must_cancel
             ? (task->must_cancel = false,
                future_cancel_plain(vm, task, task->cancel_message, &cancelled))
             : future_set_result(vm, task, out);
  } else {
    gc_push_root(vm, out);
    ok = step_yielded(vm, task, out);
    gc_pop_roots(vm, 1);
  }
  if (task->state != FUTURE_PENDING) forget_task(vm, task);
  gc_pop_roots(vm, 2);
  return ok;
}

bool task_wakeup(EddyVM *vm, ObjFuture *task, ObjFuture *fut) {
  Value result;
  if (future_result(vm, fut, &result)) return task_step(vm, task, UNDEF_VAL);
  Value exc = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  return task_step(vm, task, exc);
}

/* ---- finalization reports ------------------------------------------------- */

/* Reports an unretrieved exception or a pending task being destroyed
 * through the loop's exception handler. */
static void future_finalize(EddyVM *vm, Obj *obj) {
  ObjFuture *f = (ObjFuture *)obj;
  bool exception = f->log_traceback;
  f->log_traceback = false;
  f->log_destroy_pending = false;
  ObjDict *context = dict_new(vm);
  if (!context) goto fail;
  gc_push_root(vm, OBJ_VAL(context));
  const char *message = exception ? (f->is_task
                                         ? "Task exception was never retrieved"
                                         : "Future exception was never retrieved")
                                  : "Task was destroyed but it is pending!";
  ObjStr *msg = str_from_cstr(vm, message);
  ObjStr *k_msg = str_intern_cstr(vm, "message");
  ObjStr *k_exc = str_intern_cstr(vm, "exception");
  ObjStr *k_obj = str_intern_cstr(vm, f->is_task && !exception ? "task" : "future");
  bool ok = msg && k_msg && k_exc && k_obj &&
            dict_set_str(vm, context, k_msg, OBJ_VAL(msg)) &&
            dict_set_str(vm, context, k_obj, OBJ_VAL(f)) &&
            (!exception || dict_set_str(vm, context, k_exc, f->exception)) &&
            loop_call_exception_handler(vm, f->loop, context);
  gc_pop_roots(vm, 1);
  if (ok) return;
fail:
  vm->task->exception = UNDEF_VAL;
}

/* ---- the methods -------------------------------------------------------- */

/* Checks that args[0] is a future and there are [min]..[max] more. */
static bool self_future(EddyVM *vm, const char *name, Value *args, int nargs,
                        int min, int max) {
  if (nargs < 1 || !IS_FUTURE(vm, args[0]))
    return vm_raise(vm, vm->exc.TypeError, "%s() needs a Future", name);
  return native_check_count(vm, name, nargs - 1, min, max);
}

static bool m_result(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  return native_no_kwargs(vm, "result", kw) &&
         self_future(vm, "result", args, nargs, 0, 0) &&
         future_result(vm, AS_FUTURE(args[0]), result);
}

static bool m_exception(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                        Value *result) {
  if (!native_no_kwargs(vm, "exception", kw) ||
      !self_future(vm, "exception", args, nargs, 0, 0))
    return false;
  ObjFuture *f = AS_FUTURE(args[0]);
  if (f->state == FUTURE_CANCELLED) return raise_cancelled(vm, f);
  if (f->state != FUTURE_FINISHED)
    return vm_raise(vm, AIO(vm)->invalid_state_error, "Exception is not set.");
  f->log_traceback = false;
  *result = IS_UNDEF(f->exception) ? NONE_VAL : f->exception;
  return true;
}

static bool m_done(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                   Value *result) {
  if (!native_no_kwargs(vm, "done", kw) ||
      !self_future(vm, "done", args, nargs, 0, 0))
    return false;
  *result = BOOL_VAL(AS_FUTURE(args[0])->state != FUTURE_PENDING);
  return true;
}

static bool m_cancelled(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                        Value *result) {
  if (!native_no_kwargs(vm, "cancelled", kw) ||
      !self_future(vm, "cancelled", args, nargs, 0, 0))
    return false;
  *result = BOOL_VAL(AS_FUTURE(args[0])->state == FUTURE_CANCELLED);
  return true;
}

static bool m_cancel(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  static const char *const names[] = {"msg"};
  Value msg;
  if (nargs < 1 || !IS_FUTURE(vm, args[0]))
    return vm_raise(vm, vm->exc.TypeError, "cancel() needs a Future");
  if (!native_parse_args(vm, "cancel", args + 1, nargs - 1, kw, names, 1, 0, 0,
                         &msg))
    return false;
  bool done;
  if (!future_cancel(vm, AS_FUTURE(args[0]), IS_UNDEF(msg) ? NONE_VAL : msg,
                     &done))
    return false;
  *result = BOOL_VAL(done);
  return true;
}

static bool m_add_done_callback(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kw, Value *result) {
  static const char *const names[] = {"fn", "context"};
  Value parsed[2];
  if (nargs < 1 || !IS_FUTURE(vm, args[0]))
    return vm_raise(vm, vm->exc.TypeError, "add_done_callback() needs a Future");
  if (!native_parse_args(vm, "add_done_callback", args + 1, nargs - 1, kw,
                         names, 2, 1, 1, parsed))
    return false;
  *result = NONE_VAL;
  return future_add_callback(vm, AS_FUTURE(args[0]), parsed[0]);
}

static bool m_remove_done_callback(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kw, Value *result) {
  if (!native_no_kwargs(vm, "remove_done_callback", kw) ||
      !self_future(vm, "remove_done_callback", args, nargs, 1, 1))
    return false;
  ObjFuture *f = AS_FUTURE(args[0]);
  int kept = 0, removed = 0;
  for (int i = 0; i < f->callback_count; i++) {
    bool same;
    if (!value_eq(vm, f->callbacks[i].fn, args[1], &same)) return false;
    if (same && !IS_UNDEF(f->callbacks[i].context))
      removed++;
    else
      f->callbacks[kept++] = f->callbacks[i];
  }
  f->callback_count = kept;
  *result = INT_VAL(removed);
  return true;
}

static bool m_set_result(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                         Value *result) {
  if (!native_no_kwargs(vm, "set_result", kw) ||
      !self_future(vm, "set_result", args, nargs, 1, 1))
    return false;
  ObjFuture *f = AS_FUTURE(args[0]);
  if (f->is_task)
    return vm_raise(vm, vm->exc.RuntimeError, "Task does not support set_result operation");
  *result = NONE_VAL;
  return future_set_result(vm, f, args[1]);
}

static bool m_set_exception(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                            Value *result) {
  if (!native_no_kwargs(vm, "set_exception", kw) ||
      !self_future(vm, "set_exception", args, nargs, 1, 1))
    return false;
  ObjFuture *f = AS_FUTURE(args[0]);
  if (f->is_task)
    return vm_raise(vm, vm->exc.RuntimeError,
                    "Task does not support set_exception operation");
  *result = NONE_VAL;
  return future_set_exception(vm, f, args[1]);
}

static bool m_get_loop(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                       Value *result) {
  if (!native_no_kwargs(vm, "get_loop", kw) ||
      !self_future(vm, "get_loop", args, nargs, 0, 0))
    return false;
  *result = OBJ_VAL(AS_FUTURE(args[0])->loop);
  return true;
}

/* ---- await future --------------------------------------------------------- */

/* The iterator `await fut` drives: yields the future once (if pending),
 * then returns its result. */
static bool future_iter_next(EddyVM *vm, ObjIterator *it, Value *out,
                             bool *done) {
  ObjFuture *f = AS_FUTURE(it->source);
  if (f->state == FUTURE_PENDING && it->index == 0) {
    it->index = 1;
    f->blocking = true;
    *out = it->source;
    return true;
  }
  if (f->state == FUTURE_PENDING)
    return vm_raise(vm, vm->exc.RuntimeError, "await wasn't used with future");
  *done = true;
  return future_result(vm, f, out);
}

static bool m_await(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                    Value *result) {
  if (!native_no_kwargs(vm, "__await__", kw) ||
      !self_future(vm, "__await__", args, nargs, 0, 0))
    return false;
  ObjIterator *it = (ObjIterator *)gc_new_object(
      vm, sizeof(ObjIterator), OBJ_ITERATOR, AIO(vm)->future_iter_class);
  if (!it) return false;
  it->next = future_iter_next;
  it->source = args[0];
  it->extra = UNDEF_VAL;
  *result = OBJ_VAL(it);
  return true;
}

/* _set_cancel_hook(fn): cancel() calls fn(msg) instead. */
static bool m_set_cancel_hook(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                              Value *result) {
  if (!native_no_kwargs(vm, "_set_cancel_hook", kw) ||
      !self_future(vm, "_set_cancel_hook", args, nargs, 1, 1))
    return false;
  AS_FUTURE(args[0])->cancel_hook = args[1];
  *result = NONE_VAL;
  return true;
}

/* _cancel_plain(msg): Future.cancel, bypassing a hook. */
static bool m_cancel_plain(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                           Value *result) {
  if (!native_no_kwargs(vm, "_cancel_plain", kw) ||
      !self_future(vm, "_cancel_plain", args, nargs, 0, 1))
    return false;
  bool done;
  if (!future_cancel_plain(vm, AS_FUTURE(args[0]), nargs > 1 ? args[1] : NONE_VAL,
                           &done))
    return false;
  *result = BOOL_VAL(done);
  return true;
}

/* _make_cancelled_error(): CancelledError(cancel message). */
static bool m_make_cancelled_error(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kw, Value *result) {
  if (!native_no_kwargs(vm, "_make_cancelled_error", kw) ||
      !self_future(vm, "_make_cancelled_error", args, nargs, 0, 0))
    return false;
  ObjFuture *f = AS_FUTURE(args[0]);
  raise_cancelled(vm, f);
  *result = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  return IS_EXCEPTION(*result);
}

/* _cancel_message(): the message given to cancel(), or None. */
static bool m_cancel_message(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                             Value *result) {
  if (!native_no_kwargs(vm, "_cancel_message", kw) ||
      !self_future(vm, "_cancel_message", args, nargs, 0, 0))
    return false;
  *result = AS_FUTURE(args[0])->cancel_message;
  return true;
}

/* _no_destroy_report(): a task gather made need not report being
 * destroyed while pending. */
static bool m_no_destroy_report(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kw, Value *result) {
  if (!native_no_kwargs(vm, "_no_destroy_report", kw) ||
      !self_future(vm, "_no_destroy_report", args, nargs, 0, 0))
    return false;
  AS_FUTURE(args[0])->log_destroy_pending = false;
  *result = NONE_VAL;
  return true;
}

static bool m_blocking_get(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                           Value *result) {
  (void)kw;
  if (!self_future(vm, "_asyncio_future_blocking", args, nargs, 0, 0))
    return false;
  *result = BOOL_VAL(AS_FUTURE(args[0])->blocking);
  return true;
}

/* ---- Task methods --------------------------------------------------------- */

/* Checks that args[0] is a task. */
static bool self_task(EddyVM *vm, const char *name, Value *args, int nargs,
                      ObjTuple *kw, int min, int max) {
  if (!native_no_kwargs(vm, name, kw)) return false;
  if (nargs < 1 || !IS_FUTURE(vm, args[0]) || !AS_FUTURE(args[0])->is_task)
    return vm_raise(vm, vm->exc.TypeError, "%s() needs a Task", name);
  return native_check_count(vm, name, nargs - 1, min, max);
}

static bool m_get_coro(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                       Value *result) {
  if (!self_task(vm, "get_coro", args, nargs, kw, 0, 0)) return false;
  *result = AS_FUTURE(args[0])->coro;
  return true;
}

static bool m_get_name(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                       Value *result) {
  if (!self_task(vm, "get_name", args, nargs, kw, 0, 0)) return false;
  return task_name(vm, AS_FUTURE(args[0]), result);
}

static bool m_set_name(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                       Value *result) {
  if (!self_task(vm, "set_name", args, nargs, kw, 1, 1)) return false;
  *result = NONE_VAL;
  return value_str_obj(vm, args[1], &AS_FUTURE(args[0])->name);
}

static bool m_cancelling(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                         Value *result) {
  if (!self_task(vm, "cancelling", args, nargs, kw, 0, 0)) return false;
  *result = INT_VAL(AS_FUTURE(args[0])->num_cancels_requested);
  return true;
}

static bool m_uncancel(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                       Value *result) {
  if (!self_task(vm, "uncancel", args, nargs, kw, 0, 0)) return false;
  ObjFuture *t = AS_FUTURE(args[0]);
  if (t->num_cancels_requested > 0) t->num_cancels_requested--;
  *result = INT_VAL(t->num_cancels_requested);
  return true;
}

/* ---- construction --------------------------------------------------------- */

/* The loop a new Future or Task belongs to: [loop] or the current one. */
static bool pick_loop(EddyVM *vm, Value loop, ObjLoop **out) {
  if (!IS_UNDEF(loop) && !IS_NONE(loop)) {
    if (!IS_NATIVE_DATA(loop) || AS_OBJ(loop)->cls != AIO(vm)->loop_class)
      return vm_raise(vm, vm->exc.TypeError, "loop must be an event loop");
    *out = AS_LOOP(loop);
    return true;
  }
  if (AIO(vm)->running_loop) {
    *out = AIO(vm)->running_loop;
    return true;
  }
  if (!AIO(vm)->event_loop) {
    ObjLoop *fresh = loop_new(vm);
    if (!fresh) return false;
    AIO(vm)->event_loop = fresh;
  }
  *out = AIO(vm)->event_loop;
  return true;
}

/* Future(*, loop=None) */
static bool future_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                             Value *result) {
  static const char *const names[] = {"loop"};
  Value loop_arg;
  ObjLoop *loop;
  if (!native_parse_args(vm, "Future", args + 1, nargs - 1, kw, names, 1, 0, 0,
                         &loop_arg) ||
      !pick_loop(vm, loop_arg, &loop))
    return false;
  if (nargs > 1)
    return vm_raise(vm, vm->exc.TypeError,
                    "Future() takes no positional arguments");
  ObjFuture *f = future_new(vm, loop);
  if (!f) return false;
  *result = OBJ_VAL(f);
  return true;
}

/* Task(coro, *, loop=None, name=None, context=None) */
static bool task_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                           Value *result) {
  static const char *const names[] = {"coro", "loop", "name", "context"};
  Value parsed[4];
  ObjLoop *loop;
  if (!native_parse_args(vm, "Task", args + 1, nargs - 1, kw, names, 4, 1, 0,
                         parsed))
    return false;
  Value coro = parsed[0];
  if (!IS_GENERATOR(coro) || AS_OBJ(coro)->cls != vm->types.coroutine) {
    ByteBuf buf;
    buf_init(&buf);
    bool ok = value_repr(vm, coro, &buf);
    if (ok) vm_raise(vm, vm->exc.TypeError, "a coroutine was expected, got %s", buf.data);
    buf_free(&buf);
    return false;
  }
  if (!pick_loop(vm, parsed[1], &loop)) return false;
  if (loop->closed)
    return vm_raise(vm, vm->exc.RuntimeError, "Event loop is closed");
  ObjFuture *t = task_new_for(vm, loop, coro,
                              IS_UNDEF(parsed[2]) ? NONE_VAL : parsed[2]);
  if (!t) return false;
  *result = OBJ_VAL(t);
  return true;
}

/* Futures hash and compare by identity. */
static bool identity_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)(((uintptr_t)AS_OBJ(v)) >> 4);
  return true;
}

static const TypeOps future_ops = {.repr = future_repr, .hash = identity_hash};

/* Registers [fn] as method [name] of [cls]. */
typedef struct MethodEntry {
  const char *name; /* the method's name */
  NativeFn fn;      /* its implementation */
} MethodEntry;

static bool install_methods(EddyVM *vm, ObjClass *cls, const MethodEntry *m,
                            size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!native_method(vm, cls, m[i].name, m[i].fn)) return false;
  return true;
}

bool future_install(EddyVM *vm, ObjDict *module) {
  static const MethodEntry future_methods[] = {
      {"result", m_result},
      {"exception", m_exception},
      {"done", m_done},
      {"cancelled", m_cancelled},
      {"cancel", m_cancel},
      {"add_done_callback", m_add_done_callback},
      {"remove_done_callback", m_remove_done_callback},
      {"set_result", m_set_result},
      {"set_exception", m_set_exception},
      {"get_loop", m_get_loop},
      {"__await__", m_await},
      {"__iter__", m_await},
      {"_blocking", m_blocking_get},
      {"_set_cancel_hook", m_set_cancel_hook},
      {"_cancel_plain", m_cancel_plain},
      {"_make_cancelled_error", m_make_cancelled_error},
      {"_cancel_message", m_cancel_message},
      {"_no_destroy_report", m_no_destroy_report},
  };
  static const MethodEntry task_methods[] = {
      {"get_coro", m_get_coro},     {"get_name", m_get_name},
      {"set_name", m_set_name},     {"cancelling", m_cancelling},
      {"uncancel", m_uncancel},
  };
  AsyncState *aio = AIO(vm);
  aio->future_class->ops = &future_ops;
  aio->task_class->ops = &future_ops;
  aio->future_class->construct = future_construct;
  aio->task_class->construct = task_construct;
  (void)module;
  return install_methods(vm, aio->future_class, future_methods,
                         sizeof future_methods / sizeof *future_methods) &&
         install_methods(vm, aio->task_class, task_methods,
                         sizeof task_methods / sizeof *task_methods);
}
