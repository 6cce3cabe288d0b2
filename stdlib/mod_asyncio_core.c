/* mod_asyncio_core.c: the `_asyncio` module, the native half of asyncio.
 *
 * It creates the per-VM asyncio state (vm->aio) and its classes on first
 * import, and exposes what stdlib/asyncio.eddy builds on: the Future,
 * Task, Handle and loop classes, CancelledError and InvalidStateError,
 * and the functions that touch the running loop (get_running_loop,
 * get_event_loop, set_event_loop, new_event_loop, current_task,
 * all_tasks) plus two fast paths for sleep.
 */
#include "stdlib/modules.h"
#include "vm/async.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/vm_exec.h"
#include "vm/vm_types.h"

#define AIO(vm) ((AsyncState *)(vm)->aio)

void async_mark(EddyVM *vm) {
  AsyncState *aio = AIO(vm);
  gc_mark_object(vm, (Obj *)aio->future_class);
  gc_mark_object(vm, (Obj *)aio->task_class);
  gc_mark_object(vm, (Obj *)aio->handle_class);
  gc_mark_object(vm, (Obj *)aio->timer_class);
  gc_mark_object(vm, (Obj *)aio->loop_class);
  gc_mark_object(vm, (Obj *)aio->cancelled_error);
  gc_mark_object(vm, (Obj *)aio->invalid_state_error);
  gc_mark_object(vm, (Obj *)aio->future_iter_class);
  gc_mark_object(vm, (Obj *)aio->running_loop);
  gc_mark_object(vm, (Obj *)aio->event_loop);
  gc_mark_object(vm, (Obj *)aio->session_loop);
}

void async_free(EddyVM *vm) {
  free(vm->aio);
  vm->aio = NULL;
}

/* An exception class [name] of module [module] deriving from [base]. */
static ObjClass *exception_class(EddyVM *vm, const char *name, ObjClass *base,
                                 const char *module) {
  ObjClass *cls = vm_new_builtin_class(vm, name, base, OBJ_EXCEPTION);
  if (!cls) return NULL;
  cls->construct = base->construct;
  cls->allows_subclass = true;
  gc_push_root(vm, OBJ_VAL(cls));
  ObjStr *mod = str_from_cstr(vm, module);
  if (mod) cls->module = OBJ_VAL(mod);
  bool ok = mod && dict_set_str(vm, cls->dict, vm->str.module, OBJ_VAL(mod));
  gc_pop_roots(vm, 1);
  return ok ? cls : NULL;
}

/* Creates the classes of vm->aio; each is kept by vm->aio once made. */
static bool create_classes(EddyVM *vm) {
  AsyncState *aio = AIO(vm);
  ObjClass *object = vm->types.object;
  return (aio->future_class = vm_new_builtin_class(vm, "Future", object,
                                                   OBJ_NATIVE_DATA)) &&
         (aio->task_class = vm_new_builtin_class(vm, "Task", aio->future_class,
                                                 OBJ_NATIVE_DATA)) &&
         (aio->handle_class = vm_new_builtin_class(vm, "Handle", object,
                                                   OBJ_NATIVE_DATA)) &&
         (aio->timer_class = vm_new_builtin_class(vm, "TimerHandle",
                                                  aio->handle_class,
                                                  OBJ_NATIVE_DATA)) &&
         (aio->loop_class = vm_new_builtin_class(vm, "_UnixSelectorEventLoop",
                                                 object, OBJ_NATIVE_DATA)) &&
         (aio->future_iter_class = vm_new_builtin_class(
              vm, "FutureIter", object, OBJ_ITERATOR)) &&
         (aio->cancelled_error = exception_class(
              vm, "CancelledError", vm->exc.BaseException,
              "asyncio.exceptions")) &&
         (aio->invalid_state_error = exception_class(
              vm, "InvalidStateError", vm->exc.Exception,
              "asyncio.exceptions"));
}

static bool iter_self(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                      Value *result);

bool async_init(EddyVM *vm) {
  if (vm->aio) return true;
  vm->aio = calloc(1, sizeof(AsyncState));
  if (!vm->aio) return vm_raise_memory(vm);
  return create_classes(vm) && future_install(vm, NULL) &&
         loop_install(vm, NULL) &&
         native_method(vm, AIO(vm)->future_iter_class, "__await__", iter_self) &&
         native_method(vm, AIO(vm)->future_iter_class, "__iter__", iter_self);
}

/* ---- functions ----------------------------------------------------------- */

static bool f_get_running_loop(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kw, Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "get_running_loop", kw) ||
      !native_check_count(vm, "get_running_loop", nargs, 0, 0))
    return false;
  if (!AIO(vm)->running_loop)
    return vm_raise(vm, vm->exc.RuntimeError, "no running event loop");
  *result = OBJ_VAL(AIO(vm)->running_loop);
  return true;
}

static bool f_private_running_loop(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kw, Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "_get_running_loop", kw) ||
      !native_check_count(vm, "_get_running_loop", nargs, 0, 0))
    return false;
  ObjLoop *loop = AIO(vm)->running_loop;
  *result = loop ? OBJ_VAL(loop) : NONE_VAL;
  return true;
}

static bool f_new_event_loop(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                             Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "new_event_loop", kw) ||
      !native_check_count(vm, "new_event_loop", nargs, 0, 0))
    return false;
  ObjLoop *loop = loop_new(vm);
  *result = loop ? OBJ_VAL(loop) : UNDEF_VAL;
  return loop != NULL;
}

/* get_event_loop(): the running loop, else the current one (made on
 * first use, as CPython 3.11 does in the main thread). */
static bool f_get_event_loop(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                             Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "get_event_loop", kw) ||
      !native_check_count(vm, "get_event_loop", nargs, 0, 0))
    return false;
  AsyncState *aio = AIO(vm);
  if (aio->running_loop) {
    *result = OBJ_VAL(aio->running_loop);
    return true;
  }
  if (!aio->event_loop && !(aio->event_loop = loop_new(vm))) return false;
  *result = OBJ_VAL(aio->event_loop);
  return true;
}

static bool is_loop(EddyVM *vm, Value v) {
  return IS_NATIVE_DATA(v) && AS_OBJ(v)->cls == AIO(vm)->loop_class;
}

static bool f_set_event_loop(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                             Value *result) {
  if (!native_no_kwargs(vm, "set_event_loop", kw) ||
      !native_check_count(vm, "set_event_loop", nargs, 1, 1))
    return false;
  if (!IS_NONE(args[0]) && !is_loop(vm, args[0]))
    return vm_raise(vm, vm->exc.TypeError,
                    "loop must be an instance of AbstractEventLoop or None, "
                    "not '%s'",
                    vm_type_name(vm, args[0]));
  AIO(vm)->event_loop = IS_NONE(args[0]) ? NULL : AS_LOOP(args[0]);
  *result = NONE_VAL;
  return true;
}

/* The loop= argument or the running loop. */
static bool loop_arg(EddyVM *vm, const char *name, Value *args, int nargs,
                     ObjTuple *kw, ObjLoop **out) {
  static const char *const names[] = {"loop"};
  Value given;
  if (!native_parse_args(vm, name, args, nargs, kw, names, 1, 0, 0, &given))
    return false;
  if (!IS_UNDEF(given) && !IS_NONE(given)) {
    if (!is_loop(vm, given))
      return vm_raise(vm, vm->exc.TypeError, "loop must be an event loop");
    *out = AS_LOOP(given);
    return true;
  }
  if (!AIO(vm)->running_loop)
    return vm_raise(vm, vm->exc.RuntimeError, "no running event loop");
  *out = AIO(vm)->running_loop;
  return true;
}

static bool f_current_task(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                           Value *result) {
  ObjLoop *loop;
  if (!loop_arg(vm, "current_task", args, nargs, kw, &loop)) return false;
  *result = loop->current_task;
  return true;
}

/* all_tasks(loop=None): the set of the loop's tasks not yet done. */
static bool f_all_tasks(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                        Value *result) {
  ObjLoop *loop;
  if (!loop_arg(vm, "all_tasks", args, nargs, kw, &loop)) return false;
  ObjSet *set = set_new(vm, false);
  if (!set) return false;
  gc_push_root(vm, OBJ_VAL(set));
  size_t pos = 0;
  Value key, value;
  bool ok = true;
  while (ok && dict_next(AS_DICT(loop->tasks), &pos, &key, &value))
    if (AS_FUTURE(key)->state == FUTURE_PENDING) ok = set_add(vm, set, key);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(set);
  return ok;
}

/* The awaitable of `sleep(0)`: yields None once, then returns. */
static bool sleep0_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  (void)vm;
  if (it->index++ == 0) {
    *out = NONE_VAL;
    return true;
  }
  *out = NONE_VAL;
  *done = true;
  return true;
}

static bool f_sleep0(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  (void)args;
  (void)nargs;
  (void)kw;
  ObjIterator *it = (ObjIterator *)gc_new_object(
      vm, sizeof(ObjIterator), OBJ_ITERATOR, AIO(vm)->future_iter_class);
  if (!it) return false;
  it->next = sleep0_next;
  it->source = NONE_VAL;
  it->extra = UNDEF_VAL;
  *result = OBJ_VAL(it);
  return true;
}

/* futures._set_result_unless_cancelled(fut, result) */
static bool f_set_result_unless_cancelled(EddyVM *vm, Value *args, int nargs,
                                          ObjTuple *kw, Value *result) {
  if (!native_no_kwargs(vm, "_set_result_unless_cancelled", kw) ||
      !native_check_count(vm, "_set_result_unless_cancelled", nargs, 2, 2))
    return false;
  *result = NONE_VAL;
  if (!IS_FUTURE(vm, args[0])) return true;
  ObjFuture *f = AS_FUTURE(args[0]);
  if (f->state == FUTURE_CANCELLED) return true;
  return future_set_result(vm, f, args[1]);
}

static bool f_iscoroutine(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                          Value *result) {
  if (!native_no_kwargs(vm, "iscoroutine", kw) ||
      !native_check_count(vm, "iscoroutine", nargs, 1, 1))
    return false;
  *result = BOOL_VAL(IS_GENERATOR(args[0]) &&
                     AS_OBJ(args[0])->cls == vm->types.coroutine);
  return true;
}

static bool f_iscoroutinefunction(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kw, Value *result) {
  if (!native_no_kwargs(vm, "iscoroutinefunction", kw) ||
      !native_check_count(vm, "iscoroutinefunction", nargs, 1, 1))
    return false;
  Value f = args[0];
  if (IS_BOUND_METHOD(f)) f = AS_BOUND_METHOD(f)->function;
  *result = BOOL_VAL(IS_FUNCTION(f) &&
                     (AS_FUNCTION(f)->code->flags & CODE_COROUTINE));
  return true;
}

static bool f_isfuture(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                       Value *result) {
  if (!native_no_kwargs(vm, "isfuture", kw) ||
      !native_check_count(vm, "isfuture", nargs, 1, 1))
    return false;
  *result = BOOL_VAL(IS_FUTURE(vm, args[0]));
  return true;
}

/* __await__, __iter__: the iterator itself. */
static bool iter_self(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                      Value *result) {
  (void)vm;
  (void)nargs;
  (void)kw;
  *result = args[0];
  return true;
}

/* _set_interrupt_hook(fn): what Ctrl-C does instead of raising
 * KeyboardInterrupt (asyncio.run's handler); None restores raising.
 * Returns the previous hook. */
static bool f_set_interrupt_hook(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kw, Value *result) {
  if (!native_no_kwargs(vm, "_set_interrupt_hook", kw) ||
      !native_check_count(vm, "_set_interrupt_hook", nargs, 1, 1))
    return false;
  *result = IS_UNDEF(vm->interrupt_hook) ? NONE_VAL : vm->interrupt_hook;
  vm->interrupt_hook = args[0];
  return true;
}

/* Stores [cls] in the module under its name. */
static bool export_class(EddyVM *vm, ObjDict *dict, ObjClass *cls) {
  return dict_set_str(vm, dict, cls->name, OBJ_VAL(cls));
}

bool mod_asyncio_core_init(EddyVM *vm, ObjModule *module) {
  static const struct {
    const char *name; /* the function's name */
    NativeFn fn;      /* its implementation */
  } functions[] = {
      {"get_running_loop", f_get_running_loop},
      {"_get_running_loop", f_private_running_loop},
      {"new_event_loop", f_new_event_loop},
      {"get_event_loop", f_get_event_loop},
      {"set_event_loop", f_set_event_loop},
      {"current_task", f_current_task},
      {"all_tasks", f_all_tasks},
      {"_sleep0", f_sleep0},
      {"_set_result_unless_cancelled", f_set_result_unless_cancelled},
      {"iscoroutine", f_iscoroutine},
      {"iscoroutinefunction", f_iscoroutinefunction},
      {"isfuture", f_isfuture},
      {"_set_interrupt_hook", f_set_interrupt_hook},
  };
  if (!async_init(vm)) return false;
  ObjDict *dict = module->dict;
  for (size_t i = 0; i < sizeof functions / sizeof *functions; i++)
    if (!native_define(vm, dict, functions[i].name, functions[i].fn, false))
      return false;
  AsyncState *aio = AIO(vm);
  return export_class(vm, dict, aio->future_class) &&
         export_class(vm, dict, aio->task_class) &&
         export_class(vm, dict, aio->handle_class) &&
         export_class(vm, dict, aio->timer_class) &&
         export_class(vm, dict, aio->loop_class) &&
         export_class(vm, dict, aio->cancelled_error) &&
         export_class(vm, dict, aio->invalid_state_error);
}
