/* asyncgen.c: async generators (PEP 525).
 *
 * An async generator is a generator object whose task runs the body of
 * an `async def` that yields. Its body suspends for two reasons: its own
 * `yield` (compiled as YIELD_VALUE with a nonzero argument, which
 * gen_yield records in [async_yield]) and an `await` deeper down passing
 * a future up to whoever drives it. __anext__(), asend(), athrow() and
 * aclose() return awaitables (async_generator_asend / _athrow, of the
 * iterator layout) whose each step resumes the generator from C: a
 * value the body yielded ends the await with that value, a future
 * passing through is handed up so the awaiting task suspends on it, as
 * coroutine_wrapper's steps do.
 *
 * Awaitable fields: [source] the generator, [extra] the value to send
 * or the exception to throw (UNDEF for aclose), [index] the AwaitState,
 * [stop] 1 for aclose().
 */
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/vm_exec.h"

/* Lifecycle of one awaitable. */
typedef enum { AW_INIT, AW_ITER, AW_CLOSED } AwaitState;

/* How one resume of the generator ended. */
typedef enum { AG_RAISED, AG_RETURNED, AG_YIELDED, AG_AWAITING } AgOutcome;

/* Calls the first-iteration hook (sys.set_asyncgen_hooks) once per [gen]. */
static bool first_iteration(EddyVM *vm, ObjGenerator *gen) {
  if (gen->hooked) return true;
  gen->hooked = true;
  if (IS_NONE(vm->asyncgen_firstiter)) return true;
  Value arg = OBJ_VAL(gen), ignored;
  return vm_call(vm, vm->asyncgen_firstiter, &arg, 1, NULL, &ignored);
}

/* Resumes the generator of [it] with [sent], or [exc] thrown in, and
 * says how it stopped; [*out] is what it yielded. An awaitable whose
 * generator yielded, returned or raised is finished. */
static AgOutcome run_generator(EddyVM *vm, ObjIterator *it, Value sent,
                               Value exc, Value *out) {
  ObjGenerator *gen = AS_GENERATOR(it->source);
  bool returned = false;
  gc_push_root(vm, OBJ_VAL(it));
  bool ok = gen_resume_c(vm, gen, sent, exc, out, &returned);
  gc_pop_roots(vm, 1);
  AgOutcome r = !ok        ? AG_RAISED
                : returned ? AG_RETURNED
                : gen->async_yield ? AG_YIELDED
                                   : AG_AWAITING;
  if (r != AG_AWAITING) {
    gen->running_async = false;
    it->index = AW_CLOSED;
  }
  return r;
}

/* One step of __anext__()/asend(v): [*done] with the yielded value in
 * [*out] when the generator yielded; StopAsyncIteration at its end. */
static bool asend_step(EddyVM *vm, ObjIterator *it, Value sent, Value exc,
                       Value *out, bool *done) {
  ObjGenerator *gen = AS_GENERATOR(it->source);
  if (it->index == AW_CLOSED)
    return vm_raise(vm, vm->exc.RuntimeError,
                    "cannot reuse already awaited __anext__()/asend()");
  if (it->index == AW_INIT) {
    if (gen->running_async) {
      it->index = AW_CLOSED;
      return vm_raise(vm, vm->exc.RuntimeError,
                      "anext(): asynchronous generator is already running");
    }
    if (IS_UNDEF(exc) && IS_NONE(sent)) sent = it->extra;
    it->index = AW_ITER;
    gen->running_async = true;
  }
  switch (run_generator(vm, it, sent, exc, out)) {
  case AG_RAISED: return false;
  case AG_RETURNED:
    return vm_raise_value(vm, OBJ_VAL(vm->exc.StopAsyncIteration));
  case AG_YIELDED: *done = true; return true;
  case AG_AWAITING: return true;
  }
  return true;
}

/* True when the exception being raised is one aclose() expects. */
static bool closing_exception(EddyVM *vm) {
  ObjClass *cls = vm_class_of(vm, vm->task->exception);
  if (!class_is_subclass(cls, vm->exc.GeneratorExit) &&
      !class_is_subclass(cls, vm->exc.StopAsyncIteration))
    return false;
  vm->task->exception = UNDEF_VAL;
  return true;
}

/* The first step of athrow()/aclose(): checks the generator's state and
 * picks the exception to throw into it. False with [*exc] UNDEF and no
 * exception raised when there is nothing to do. */
static bool athrow_start(EddyVM *vm, ObjIterator *it, Value *exc) {
  ObjGenerator *gen = AS_GENERATOR(it->source);
  bool aclose = it->stop != 0;
  *exc = UNDEF_VAL;
  if (gen->running_async) {
    it->index = AW_CLOSED;
    return vm_raise(vm, vm->exc.RuntimeError,
                    "%s(): asynchronous generator is already running",
                    aclose ? "aclose" : "athrow");
  }
  if (gen->closed || gen->state == GEN_DONE) {
    it->index = AW_CLOSED;
    return false;
  }
  if (aclose) {
    gen->closed = true;
    ObjException *exit = exception_new(vm, vm->exc.GeneratorExit, NULL);
    if (!exit) return false;
    *exc = OBJ_VAL(exit);
  } else {
    *exc = it->extra;
  }
  it->index = AW_ITER;
  gen->running_async = true;
  return true;
}

/* One step of athrow()/aclose(): athrow ends with the value the
 * generator yields next; aclose with None once the generator finished. */
static bool athrow_step(EddyVM *vm, ObjIterator *it, Value sent, Value exc,
                        Value *out, bool *done) {
  bool aclose = it->stop != 0;
  if (it->index == AW_CLOSED)
    return vm_raise(vm, vm->exc.RuntimeError,
                    "cannot reuse already awaited aclose()/athrow()");
  if (it->index == AW_INIT) {
    if (!athrow_start(vm, it, &exc)) {
      if (!IS_UNDEF(vm->task->exception)) return false;
      *out = NONE_VAL;
      *done = true;
      return true;
    }
    sent = NONE_VAL;
  }
  gc_push_root(vm, exc);
  AgOutcome r = run_generator(vm, it, sent, exc, out);
  gc_pop_roots(vm, 1);
  switch (r) {
  case AG_RAISED:
    if (!aclose || !closing_exception(vm)) return false;
    *out = NONE_VAL;
    *done = true;
    return true;
  case AG_RETURNED:
    if (!aclose)
      return vm_raise_value(vm, OBJ_VAL(vm->exc.StopAsyncIteration));
    *out = NONE_VAL;
    *done = true;
    return true;
  case AG_YIELDED:
    if (aclose)
      return vm_raise(vm, vm->exc.RuntimeError,
                      "async generator ignored GeneratorExit");
    *done = true;
    return true;
  case AG_AWAITING: return true;
  }
  return true;
}

/* Either awaitable's step, by its class. */
static bool await_step(EddyVM *vm, ObjIterator *it, Value sent, Value exc,
                       Value *out, bool *done) {
  *done = false;
  if (it->obj.cls == vm->types.async_generator_asend)
    return asend_step(vm, it, sent, exc, out, done);
  return athrow_step(vm, it, sent, exc, out, done);
}

static bool await_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  return await_step(vm, it, NONE_VAL, UNDEF_VAL, out, done);
}

/* A new awaitable of [cls] over the generator [self]. */
static bool new_awaitable(EddyVM *vm, ObjClass *cls, Value self, Value extra,
                          bool aclose, Value *result) {
  ObjGenerator *gen = AS_GENERATOR(self);
  if (!first_iteration(vm, gen)) return false;
  gc_push_root(vm, extra);
  ObjIterator *it =
      (ObjIterator *)gc_new_object(vm, sizeof(ObjIterator), OBJ_ITERATOR, cls);
  gc_pop_roots(vm, 1);
  if (!it) return false;
  it->next = await_next;
  it->source = self;
  it->extra = extra;
  it->index = AW_INIT;
  it->stop = aclose;
  *result = OBJ_VAL(it);
  return true;
}

/* ---- async generator methods --------------------------------------------- */

/* Checks that [args][0] is an async generator for the method [name]. */
static bool check_self(EddyVM *vm, const char *name, Value *args, int nargs,
                       ObjTuple *kwnames, int min, int max) {
  if (nargs < 1 || !IS_GENERATOR(args[0]) ||
      AS_OBJ(args[0])->cls != vm->types.async_generator)
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor '%s' requires a 'async_generator' object",
                    name);
  return native_no_kwargs(vm, name, kwnames) &&
         native_check_count(vm, name, nargs - 1, min, max);
}

static bool agen_aiter_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "__aiter__", args, nargs, kwnames, 0, 0)) return false;
  *result = args[0];
  return true;
}

static bool agen_anext_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  return check_self(vm, "__anext__", args, nargs, kwnames, 0, 0) &&
         new_awaitable(vm, vm->types.async_generator_asend, args[0], NONE_VAL,
                       false, result);
}

static bool agen_asend_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  return check_self(vm, "asend", args, nargs, kwnames, 1, 1) &&
         new_awaitable(vm, vm->types.async_generator_asend, args[0], args[1],
                       false, result);
}

/* The exception athrow(typ[, val[, tb]]) throws: an instance as is, a
 * class called with val. */
static bool exception_to_throw(EddyVM *vm, Value *args, int nargs,
                               Value *exc) {
  *exc = args[1];
  if (IS_CLASS(*exc) &&
      class_is_subclass(AS_CLASS(*exc), vm->exc.BaseException)) {
    Value arg = nargs > 2 ? args[2] : UNDEF_VAL;
    bool none = IS_UNDEF(arg) || IS_NONE(arg);
    if (!vm_call(vm, *exc, &arg, none ? 0 : 1, NULL, exc)) return false;
  }
  if (IS_EXCEPTION(*exc)) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "exceptions must be classes or instances deriving from "
                  "BaseException, not %s",
                  vm_type_name(vm, *exc));
}

static bool agen_athrow_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  Value exc;
  return check_self(vm, "athrow", args, nargs, kwnames, 1, 3) &&
         exception_to_throw(vm, args, nargs, &exc) &&
         new_awaitable(vm, vm->types.async_generator_athrow, args[0], exc,
                       false, result);
}

static bool agen_aclose_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  return check_self(vm, "aclose", args, nargs, kwnames, 0, 0) &&
         new_awaitable(vm, vm->types.async_generator_athrow, args[0],
                       UNDEF_VAL, true, result);
}

/* ---- awaitable methods --------------------------------------------------- */

/* Checks that [args][0] is an awaitable of an async generator. */
static bool check_awaitable(EddyVM *vm, const char *name, Value *args,
                            int nargs, ObjTuple *kwnames, int min, int max) {
  if (nargs < 1 || !IS_ITERATOR(args[0]) ||
      (AS_OBJ(args[0])->cls != vm->types.async_generator_asend &&
       AS_OBJ(args[0])->cls != vm->types.async_generator_athrow))
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor '%s' needs an async generator awaitable",
                    name);
  return native_no_kwargs(vm, name, kwnames) &&
         native_check_count(vm, name, nargs - 1, min, max);
}

/* A step's result as send() and throw() give it: StopIteration(value)
 * once the await is over. */
static bool step_result(EddyVM *vm, bool ok, bool done, Value out,
                        Value *result) {
  if (!ok) return false;
  if (!done) {
    *result = out;
    return true;
  }
  if (IS_NONE(out)) return vm_raise_value(vm, OBJ_VAL(vm->exc.StopIteration));
  return vm_raise_with_arg(vm, vm->exc.StopIteration, out);
}

static bool await_await_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!check_awaitable(vm, "__await__", args, nargs, kwnames, 0, 0))
    return false;
  /* Awaited again: its next step raises the reuse error. */
  AS_ITERATOR(args[0])->exhausted = false;
  *result = args[0];
  return true;
}

static bool await_send_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  if (!check_awaitable(vm, "send", args, nargs, kwnames, 1, 1)) return false;
  Value out = NONE_VAL;
  bool done = false;
  bool ok = await_step(vm, AS_ITERATOR(args[0]), args[1], UNDEF_VAL, &out,
                       &done);
  return step_result(vm, ok, done, out, result);
}

static bool await_throw_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  Value exc;
  if (!check_awaitable(vm, "throw", args, nargs, kwnames, 1, 3) ||
      !exception_to_throw(vm, args, nargs, &exc))
    return false;
  ObjIterator *it = AS_ITERATOR(args[0]);
  if (it->index == AW_INIT && it->obj.cls == vm->types.async_generator_asend)
    it->index = AW_CLOSED; /* thrown in before it started: nothing to run */
  if (it->index != AW_ITER) return vm_raise_value(vm, exc);
  Value out = NONE_VAL;
  bool done = false;
  gc_push_root(vm, exc);
  bool ok = await_step(vm, it, NONE_VAL, exc, &out, &done);
  gc_pop_roots(vm, 1);
  return step_result(vm, ok, done, out, result);
}

static bool await_close_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!check_awaitable(vm, "close", args, nargs, kwnames, 0, 0)) return false;
  AS_ITERATOR(args[0])->index = AW_CLOSED;
  *result = NONE_VAL;
  return true;
}

/* ---- aiter() and anext() ------------------------------------------------ */

/* Calls the special method [name] of [v] (looked up on its class), or
 * raises TypeError with [what] when it has none. */
static bool call_special(EddyVM *vm, Value v, const char *name,
                         const char *what, Value *out) {
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return false;
  Value method = class_lookup(vm_class_of(vm, v), key);
  if (IS_UNDEF(method))
    return vm_raise(vm, vm->exc.TypeError, "'%s' object is not an %s",
                    vm_type_name(vm, v), what);
  return vm_call(vm, method, &v, 1, NULL, out);
}

/* One step of anext(ait, default)'s awaitable: drives the awaitable of
 * ait.__anext__() (its __await__ iterator once started); its
 * StopAsyncIteration ends the await with the default. */
static bool anext_step(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  if (it->index == 0) {
    Value iter;
    if (!gen_get_awaitable(vm, it->source, &iter)) return false;
    it->source = iter;
    it->index = 1;
  }
  Value inner = it->source;
  bool ok = IS_GENERATOR(inner)
                ? gen_resume_c(vm, AS_GENERATOR(inner), NONE_VAL, UNDEF_VAL,
                               out, done)
                : value_next(vm, inner, out, done);
  if (ok) return true;
  ObjClass *cls = vm_class_of(vm, vm->task->exception);
  if (!class_is_subclass(cls, vm->exc.StopAsyncIteration)) return false;
  vm->task->exception = UNDEF_VAL;
  *out = it->extra;
  *done = true;
  return true;
}

static bool builtin_aiter(EddyVM *vm, Value *args, int nargs,
                          ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "aiter", kwnames) ||
      !native_check_count(vm, "aiter", nargs, 1, 1))
    return false;
  if (!call_special(vm, args[0], "__aiter__", "async iterable", result))
    return false;
  ObjStr *anext = str_intern_cstr(vm, "__anext__");
  if (!anext) return false;
  if (!IS_UNDEF(class_lookup(vm_class_of(vm, *result), anext))) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "aiter() returned not an async iterator of type '%s'",
                  vm_type_name(vm, *result));
}

static bool builtin_anext(EddyVM *vm, Value *args, int nargs,
                          ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "anext", kwnames) ||
      !native_check_count(vm, "anext", nargs, 1, 2))
    return false;
  Value awaitable;
  if (!call_special(vm, args[0], "__anext__", "async iterator", &awaitable))
    return false;
  if (nargs == 1) {
    *result = awaitable;
    return true;
  }
  gc_push_root(vm, awaitable);
  ObjIterator *it = (ObjIterator *)gc_new_object(
      vm, sizeof(ObjIterator), OBJ_ITERATOR, vm->types.anext_awaitable);
  gc_pop_roots(vm, 1);
  if (!it) return false;
  it->next = anext_step;
  it->source = awaitable;
  it->extra = args[1];
  it->index = 0;
  *result = OBJ_VAL(it);
  return true;
}

static bool anext_await_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "__await__", kwnames) ||
      !native_check_count(vm, "__await__", nargs - 1, 0, 0))
    return false;
  *result = args[0];
  return true;
}

/* Installs the methods of one awaitable class [cls]. */
static bool install_awaitable(EddyVM *vm, ObjClass *cls) {
  return native_method(vm, cls, "__await__", await_await_method) &&
         native_method(vm, cls, "send", await_send_method) &&
         native_method(vm, cls, "throw", await_throw_method) &&
         native_method(vm, cls, "close", await_close_method);
}

bool asyncgen_install(EddyVM *vm) {
  ObjClass *ag = vm->types.async_generator;
  return native_method(vm, ag, "__aiter__", agen_aiter_method) &&
         native_method(vm, ag, "__anext__", agen_anext_method) &&
         native_method(vm, ag, "asend", agen_asend_method) &&
         native_method(vm, ag, "athrow", agen_athrow_method) &&
         native_method(vm, ag, "aclose", agen_aclose_method) &&
         install_awaitable(vm, vm->types.async_generator_asend) &&
         install_awaitable(vm, vm->types.async_generator_athrow) &&
         native_method(vm, vm->types.anext_awaitable, "__await__",
                       anext_await_method) &&
         native_define(vm, vm->builtins, "aiter", builtin_aiter, false) &&
         native_define(vm, vm->builtins, "anext", builtin_anext, false);
}
