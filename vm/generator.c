/* generator.c: generators and coroutines as suspendable stacks.
 *
 * Calling a generator function binds its arguments into a frame on a new
 * task owned by the generator object. Resuming makes that task current
 * (vm->task) and the dispatch loop simply continues there; YIELD_VALUE
 * saves nothing but the ip and switches back to the resumer, so a resume
 * or a suspension costs the same whatever the depth of the stack.
 *
 * `await coro()` on a fresh coroutine does not resume it on its own
 * task: its frame moves onto the awaiting task's stack (an await costs a
 * call), and when anything deeper yields, the whole task suspends. That
 * is how a chain of awaits suspends in O(1) to the event loop.
 *
 * A generator suspended inside `yield from sub` sits at the YIELD_VALUE
 * of its SEND loop with sub on top of its stack. throw() and close()
 * find it there and go to sub first (PEP 380): what sub yields is the
 * result, what it returns ends the `yield from`, what it raises is
 * raised in the delegating frame.
 */
#include <string.h>

#include "vm/call.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_str.h"
#include "vm/opcodes.h"
#include "vm/protocol.h"
#include "vm/vm_exec.h"

/* The class of the object a function with [flags] makes. */
static ObjClass *class_for(EddyVM *vm, int flags) {
  if (flags & CODE_COROUTINE) return vm->types.coroutine;
  if (flags & CODE_ASYNC_GENERATOR) return vm->types.async_generator;
  return vm->types.generator;
}

static bool is_coroutine(EddyVM *vm, ObjGenerator *gen) {
  return gen->obj.cls == vm->types.coroutine;
}

/* The line the current frame of [task] is executing. */
static int current_line(Task *task) {
  if (task->frame_count == 0) return 0;
  CallFrame *f = &task->frames[task->frame_count - 1];
  return f->ip > 0 ? f->code->lines[f->ip - 1] : f->code->firstlineno;
}

bool gen_create(EddyVM *vm, Task *task, ObjFunction *fn, size_t slot,
                int argc, ObjTuple *kwnames, size_t ret) {
  ObjGenerator *gen = (ObjGenerator *)gc_new_object(
      vm, sizeof(ObjGenerator), OBJ_FRAME_HOLDER, class_for(vm, fn->code->flags));
  if (!gen) return false;
  gen->function = fn;
  gen->name = fn->name;
  gen->qualname = fn->qualname;
  gen->transfer = UNDEF_VAL;
  gen->state = GEN_CREATED;
  gen->created_line = current_line(task);
  if (task->frame_count)
    gen->created_file = task->frames[task->frame_count - 1].code->filename;
  gc_push_root(vm, OBJ_VAL(gen));
  Task *own = task_new();
  bool ok = own != NULL;
  if (!ok) vm_raise_memory(vm);
  if (ok) {
    gen->task = own;
    own->owner = &gen->obj;
    /* Room for the whole first frame at once: a suspended coroutine's
     * stack is then exactly as large as its frame needs. */
    ok = task_ensure_stack(vm, own,
                           (size_t)argc + 1 + (size_t)call_frame_slots(fn->code) +
                               (size_t)fn->code->stacksize);
  }
  if (ok) {
    Value *src = task->values + slot;
    memcpy(own->values, src, sizeof(Value) * (size_t)(argc + 1));
    own->sp = (size_t)argc + 1;
    ok = call_push_function(vm, own, fn, 0, argc, kwnames, 0);
  }
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  task->values[ret] = OBJ_VAL(gen);
  task->sp = ret + 1;
  return true;
}

/* "coroutine", "async generator" or "generator", for messages. */
static const char *kind_name(EddyVM *vm, ObjGenerator *gen) {
  if (is_coroutine(vm, gen)) return "coroutine";
  return gen->obj.cls == vm->types.async_generator ? "async generator"
                                                   : "generator";
}

/* Makes [gen]'s task current, resumed by [caller] in [mode], with [sent]
 * as the value of the suspended yield. */
static bool resume(EddyVM *vm, ObjGenerator *gen, Task *caller,
                   ResumeMode mode, Value sent, bool push_sent) {
  if (gen->state == GEN_RUNNING)
    return vm_raise(vm, vm->exc.ValueError, "%s already executing",
                    is_coroutine(vm, gen) ? "coroutine" : "generator");
  if (gen->state == GEN_CREATED && push_sent && !IS_NONE(sent))
    return vm_raise(vm, vm->exc.TypeError,
                    "can't send non-None value to a just-started %s",
                    kind_name(vm, gen));
  Task *own = gen->task;
  if (gen->state == GEN_SUSPENDED && push_sent) {
    if (!task_ensure_stack(vm, own, 1)) return false;
    own->values[own->sp++] = sent;
  }
  own->resumer = caller;
  gen->mode = mode;
  gen->state = GEN_RUNNING;
  vm->task = own;
  return true;
}

/* The jump target of the instruction before [frame]'s ip. */
static uint32_t previous_target(CallFrame *frame) {
  return INSTR_ARG(frame->code->code[frame->ip - 1]);
}

int gen_for_iter(EddyVM *vm, Task *task) {
  ObjGenerator *gen = AS_GENERATOR(task->values[task->sp - 1]);
  if (gen->state == GEN_DONE || !gen->task) {
    CallFrame *frame = &task->frames[task->frame_count - 1];
    task->sp--;
    frame->ip = previous_target(frame);
    return GEN_CONTINUE;
  }
  return resume(vm, gen, task, RESUME_FOR_ITER, NONE_VAL, true) ? GEN_CONTINUE
                                                                 : GEN_ERROR;
}

/* True when a frame above the bottom of [task] was entered from C: the
 * C code in between cannot be suspended. */
static bool crosses_native(Task *task) {
  for (int i = 1; i < task->frame_count; i++)
    if (task->frames[i].native_boundary) return true;
  return false;
}

int gen_yield(EddyVM *vm, Task *task) {
  ObjGenerator *gen = (ObjGenerator *)task->owner;
  if (!gen || crosses_native(task)) {
    vm_raise(vm, vm->exc.RuntimeError,
             "cannot suspend a task inside a call made from native code");
    return GEN_ERROR;
  }
  Value value = task->values[--task->sp];
  CallFrame *top = &task->frames[task->frame_count - 1];
  gen->async_yield = INSTR_ARG(top->code->code[top->ip - 1]) != 0;
  Task *caller = task->resumer;
  task->resumer = NULL;
  gen->state = GEN_SUSPENDED;
  vm->task = caller;
  switch (gen->mode) {
  case RESUME_FOR_ITER: caller->values[caller->sp++] = value; return GEN_CONTINUE;
  case RESUME_SEND: caller->values[caller->sp - 1] = value; return GEN_CONTINUE;
  case RESUME_C:
    gen->transfer = value;
    gen->returned = false;
    return GEN_LEAVE;
  }
  return GEN_CONTINUE;
}

/* Frees the stack of a finished generator. */
static void finish(ObjGenerator *gen) {
  gen->state = GEN_DONE;
  task_free(gen->task);
  gen->task = NULL;
}

int gen_finished(EddyVM *vm, Task *task, Value result) {
  ObjGenerator *gen = (ObjGenerator *)task->owner;
  Task *caller = task->resumer;
  ResumeMode mode = gen->mode;
  finish(gen);
  vm->task = caller;
  CallFrame *frame = &caller->frames[caller->frame_count - 1];
  switch (mode) {
  case RESUME_FOR_ITER:
    caller->sp--;
    frame->ip = previous_target(frame);
    return GEN_CONTINUE;
  case RESUME_SEND:
    caller->sp--;
    caller->values[caller->sp - 1] = result;
    frame->ip = previous_target(frame);
    return GEN_CONTINUE;
  case RESUME_C:
    gen->transfer = result;
    gen->returned = true;
    return GEN_LEAVE;
  }
  return GEN_CONTINUE;
}

void gen_mark_done(Obj *coroutine) {
  ObjGenerator *gen = (ObjGenerator *)coroutine;
  gen->state = GEN_DONE;
}

/* PEP 479: StopIteration escaping a generator becomes RuntimeError, and
 * so does StopAsyncIteration escaping an async generator (PEP 525). */
static void convert_stop_iteration(EddyVM *vm, ObjGenerator *gen,
                                   Task *caller) {
  Value exc = caller->exception;
  if (!IS_EXCEPTION(exc)) return;
  bool stop = class_is_subclass(AS_OBJ(exc)->cls, vm->exc.StopIteration);
  bool async_stop =
      gen->obj.cls == vm->types.async_generator &&
      class_is_subclass(AS_OBJ(exc)->cls, vm->exc.StopAsyncIteration);
  if (!stop && !async_stop) return;
  Task *saved = vm->task;
  vm->task = caller;
  caller->exception = UNDEF_VAL;
  gc_push_root(vm, exc);
  vm_raise(vm, vm->exc.RuntimeError, "%s raised %s", kind_name(vm, gen),
           stop ? "StopIteration" : "StopAsyncIteration");
  gc_pop_roots(vm, 1);
  Value fresh = caller->exception;
  if (IS_EXCEPTION(fresh)) {
    AS_EXCEPTION(fresh)->cause = exc;
    AS_EXCEPTION(fresh)->context = exc;
    AS_EXCEPTION(fresh)->suppress_context = true;
  }
  vm->task = saved;
}

bool gen_exception_left_task(EddyVM *vm, Task *task) {
  ObjGenerator *gen = (ObjGenerator *)task->owner;
  /* Frames left: unwinding stopped at a call made from C inside the
   * generator (a __next__ run by SEND); the exception is that C code's. */
  if (!gen || task->frame_count > 0) return false;
  Task *caller = task->resumer;
  ResumeMode mode = gen->mode;
  Value exc = task->exception;
  task->exception = UNDEF_VAL;
  caller->exception = exc;
  finish(gen);
  vm->task = caller;
  convert_stop_iteration(vm, gen, caller);
  if (mode == RESUME_C) return false;
  if (mode == RESUME_SEND) caller->sp--; /* the sent value */
  return true;
}

/* Moves a fresh coroutine's frame onto [task], above its slot [slot]. */
static int inline_coroutine(EddyVM *vm, Task *task, ObjGenerator *co,
                            size_t slot, uint32_t exit) {
  Task *own = co->task;
  CallFrame start = own->frames[0];
  size_t n = own->sp - 1;
  if (task->frame_count >= vm->recursion_limit) {
    vm_raise(vm, vm->exc.RecursionError, "maximum recursion depth exceeded");
    return GEN_ERROR;
  }
  task->sp = slot + 1;
  if (!task_ensure_stack(vm, task, n + (size_t)start.code->stacksize))
    return GEN_ERROR;
  memcpy(task->values + slot + 1, own->values + 1, sizeof(Value) * n);
  task->sp = slot + 1 + n;
  task->frames[task->frame_count - 1].ip = exit;
  CallFrame *frame = task_push_frame(vm, task, slot + 1, slot);
  if (!frame) return GEN_ERROR;
  frame->function = start.function;
  frame->code = start.code;
  frame->ip = start.ip;
  frame->coroutine = &co->obj;
  task_free(own);
  co->task = NULL;
  co->state = GEN_RUNNING;
  return GEN_CONTINUE;
}

/* When the exception on the current task is a StopIteration: clears it
 * and leaves its value in [*out] (the end of a receiver of `yield
 * from`). */
static bool caught_stop_iteration(EddyVM *vm, Value *out) {
  Value raised = vm->task->exception;
  if (!class_is_subclass(vm_class_of(vm, raised), vm->exc.StopIteration))
    return false;
  ObjTuple *args = AS_EXCEPTION(raised)->args;
  vm->task->exception = UNDEF_VAL;
  *out = args && args->length ? args->items[0] : NONE_VAL;
  return true;
}

/* recv.send([sent]) for a receiver that is not a generator: [*done]
 * with its result in [*out] when it raised StopIteration. */
static bool call_send(EddyVM *vm, Value recv, Value sent, Value *out,
                      bool *done) {
  ObjStr *name = str_intern_cstr(vm, "send");
  Value method;
  if (!name || !value_getattr(vm, recv, name, &method)) return false;
  if (vm_call(vm, method, &sent, 1, NULL, out)) return true;
  *done = caught_stop_iteration(vm, out);
  return *done;
}

/* SEND to a receiver that is not a generator: next(recv), or
 * recv.send(sent) for a value other than None (PEP 380). */
static int send_to_iterator(EddyVM *vm, Task *task, Value recv, Value sent,
                            uint32_t exit) {
  Value out = NONE_VAL;
  bool done = false;
  bool ok = IS_NONE(sent) ? value_next(vm, recv, &out, &done)
                          : call_send(vm, recv, sent, &out, &done);
  if (!ok) return GEN_ERROR;
  if (done) {
    task->sp--;
    task->values[task->sp - 1] = out;
    task->frames[task->frame_count - 1].ip = exit;
  } else {
    task->values[task->sp - 1] = out;
  }
  return GEN_CONTINUE;
}

int gen_send(EddyVM *vm, Task *task, uint32_t exit) {
  Value recv = task->values[task->sp - 2];
  Value sent = task->values[task->sp - 1];
  if (!IS_GENERATOR(recv))
    return send_to_iterator(vm, task, recv, sent, exit);
  ObjGenerator *gen = AS_GENERATOR(recv);
  if (gen->state == GEN_DONE) {
    if (is_coroutine(vm, gen)) {
      vm_raise(vm, vm->exc.RuntimeError, "cannot reuse already awaited coroutine");
      return GEN_ERROR;
    }
    task->sp--;
    task->values[task->sp - 1] = NONE_VAL;
    task->frames[task->frame_count - 1].ip = exit;
    return GEN_CONTINUE;
  }
  if (is_coroutine(vm, gen) && gen->state == GEN_CREATED && IS_NONE(sent))
    return inline_coroutine(vm, task, gen, task->sp - 2, exit);
  return resume(vm, gen, task, RESUME_SEND, sent, true) ? GEN_CONTINUE
                                                        : GEN_ERROR;
}

bool gen_get_awaitable(EddyVM *vm, Value v, Value *out) {
  if (IS_GENERATOR(v) && is_coroutine(vm, AS_GENERATOR(v))) {
    ObjGenerator *co = AS_GENERATOR(v);
    if (co->state == GEN_DONE || (co->state == GEN_RUNNING && !co->task))
      return vm_raise(vm, vm->exc.RuntimeError,
                      "cannot reuse already awaited coroutine");
    *out = v;
    return true;
  }
  ObjStr *name = str_intern_cstr(vm, "__await__");
  if (!name) return false;
  Value method = class_lookup(vm_class_of(vm, v), name);
  if (IS_UNDEF(method))
    return vm_raise(vm, vm->exc.TypeError,
                    "object %s can't be used in 'await' expression",
                    vm_type_name(vm, v));
  Value it;
  if (!vm_call(vm, method, &v, 1, NULL, &it)) return false;
  if (IS_GENERATOR(it) && is_coroutine(vm, AS_GENERATOR(it)))
    return vm_raise(vm, vm->exc.TypeError,
                    "__await__() returned a coroutine");
  if (!IS_GENERATOR(it) && !IS_ITERATOR(it)) {
    ObjStr *next = str_intern_cstr(vm, "__next__");
    if (!next || IS_UNDEF(class_lookup(vm_class_of(vm, it), next)))
      return vm_raise(vm, vm->exc.TypeError,
                      "__await__() returned non-iterator of type '%s'",
                      vm_type_name(vm, it));
  }
  *out = it;
  return true;
}

/* Deepest nesting of resumes from C (a chain of next() calls inside
 * generators, a throw() passed down a chain of `yield from`): each
 * level recurses in C, as vm_call's calls do, and shares their bound. */
#define MAX_RESUME_DEPTH 200

/* Raises RecursionError for a resume nested MAX_RESUME_DEPTH deep. */
static bool too_deep(EddyVM *vm) {
  return vm_raise(vm, vm->exc.RecursionError,
                  "maximum recursion depth exceeded");
}

/* Runs [gen]'s task from C until it yields, returns or raises: with
 * [sent] pushed as the result of its suspended yield when [push_sent],
 * or with [exc] raised at its current instruction when [exc] is not
 * UNDEF. */
static bool run_from_c(EddyVM *vm, ObjGenerator *gen, Value sent,
                       bool push_sent, Value exc, Value *out,
                       bool *returned) {
  if (vm->native_depth >= MAX_RESUME_DEPTH) return too_deep(vm);
  Task *caller = vm->task;
  gc_push_root(vm, OBJ_VAL(gen));
  gc_push_root(vm, exc);
  bool ok = resume(vm, gen, caller, RESUME_C, sent, push_sent);
  if (ok && !IS_UNDEF(exc)) gen->task->exception = exc;
  if (ok) {
    vm->native_depth++;
    ok = vm_run(vm);
    vm->native_depth--;
  }
  gc_pop_roots(vm, 2);
  vm->task = caller;
  if (!ok) return false;
  *out = gen->transfer;
  *returned = gen->returned;
  gen->transfer = UNDEF_VAL;
  return true;
}

/* The receiver that the suspended [gen] delegates to with `yield from`
 * or `await`, or UNDEF. Such a frame stopped at the YIELD_VALUE of a
 * SEND loop (SEND exit; YIELD_VALUE; JUMP back), the receiver on top of
 * its stack. */
static Value delegate_of(ObjGenerator *gen) {
  Task *own = gen->task;
  if (gen->state != GEN_SUSPENDED || !own || own->frame_count == 0)
    return UNDEF_VAL;
  CallFrame *frame = &own->frames[own->frame_count - 1];
  if (frame->ip < 2 || own->sp == 0) return UNDEF_VAL;
  const uint32_t *at = frame->code->code + frame->ip;
  if (INSTR_OP(at[-1]) != OP_YIELD_VALUE || INSTR_OP(at[-2]) != OP_SEND)
    return UNDEF_VAL;
  return own->values[own->sp - 1];
}

/* The method [name] of the receiver [recv], or UNDEF when it has none. */
static bool receiver_method(EddyVM *vm, Value recv, const char *name,
                            Value *out) {
  *out = UNDEF_VAL;
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return false;
  if (IS_UNDEF(class_lookup(vm_class_of(vm, recv), key))) return true;
  return value_getattr(vm, recv, key, out);
}

static bool close_generator(EddyVM *vm, ObjGenerator *gen);

/* close() on the receiver [recv] a closed generator delegated to: a
 * generator's own close, or the receiver's close method if it has one. */
static bool close_receiver(EddyVM *vm, Value recv) {
  if (IS_GENERATOR(recv)) return close_generator(vm, AS_GENERATOR(recv));
  Value method, ignored;
  if (!receiver_method(vm, recv, "close", &method)) return false;
  return IS_UNDEF(method) || vm_call(vm, method, NULL, 0, NULL, &ignored);
}

/* throw([exc]) on the receiver [recv]: [*returned] with its return value
 * in [*out] when it finished, else the value it yielded. [*no_throw]
 * when it has no throw method (the exception is raised in the
 * delegating frame instead). */
static bool throw_receiver(EddyVM *vm, Value recv, Value exc, Value *out,
                           bool *returned, bool *no_throw) {
  *no_throw = false;
  *returned = false;
  if (IS_GENERATOR(recv))
    return gen_resume_c(vm, AS_GENERATOR(recv), NONE_VAL, exc, out, returned);
  Value method;
  if (!receiver_method(vm, recv, "throw", &method)) return false;
  if (IS_UNDEF(method)) {
    *no_throw = true;
    return true;
  }
  if (vm_call(vm, method, &exc, 1, NULL, out)) return true;
  *returned = caught_stop_iteration(vm, out);
  return *returned;
}

/* The delegating [gen]'s receiver returned [value]: `yield from` ends
 * with it and [gen] runs on from the SEND loop's exit. */
static bool finish_delegation(EddyVM *vm, ObjGenerator *gen, Value value,
                              Value *out, bool *returned) {
  Task *own = gen->task;
  CallFrame *frame = &own->frames[own->frame_count - 1];
  own->values[own->sp - 1] = value;
  frame->ip = INSTR_ARG(frame->code->code[frame->ip - 2]);
  return run_from_c(vm, gen, NONE_VAL, false, UNDEF_VAL, out, returned);
}

/* PEP 380: throw() into a generator suspended in `yield from recv`
 * goes to recv first. GeneratorExit closes recv and is raised in [gen];
 * otherwise what recv yields is the result, its return value ends the
 * `yield from`, and what it raises is raised in [gen]. */
static bool throw_delegated(EddyVM *vm, ObjGenerator *gen, Value recv,
                            Value exc, Value *out, bool *returned) {
  bool closing = class_is_subclass(vm_class_of(vm, exc), vm->exc.GeneratorExit);
  bool sub_returned = false, no_throw = false;
  Value sub_out = NONE_VAL;
  if (vm->native_depth >= MAX_RESUME_DEPTH) return too_deep(vm);
  gc_push_root(vm, OBJ_VAL(gen));
  gc_push_root(vm, exc);
  gen->state = GEN_RUNNING;
  vm->native_depth++; /* a chain of delegations recurses in C */
  bool ok = closing ? close_receiver(vm, recv)
                    : throw_receiver(vm, recv, exc, &sub_out, &sub_returned,
                                     &no_throw);
  vm->native_depth--;
  gen->state = GEN_SUSPENDED;
  gc_pop_roots(vm, 2);
  if (!ok) {
    exc = vm->task->exception; /* raised by recv: goes on in [gen] */
    vm->task->exception = UNDEF_VAL;
  } else if (!closing && !no_throw) {
    if (sub_returned) return finish_delegation(vm, gen, sub_out, out, returned);
    *out = sub_out;
    *returned = false;
    return true;
  }
  return run_from_c(vm, gen, NONE_VAL, false, exc, out, returned);
}

bool gen_resume_c(EddyVM *vm, ObjGenerator *gen, Value sent, Value exc,
                  Value *out, bool *returned) {
  bool throwing = !IS_UNDEF(exc);
  if (gen->state == GEN_DONE || !gen->task) {
    if (is_coroutine(vm, gen) && !throwing)
      return vm_raise(vm, vm->exc.RuntimeError,
                      "cannot reuse already awaited coroutine");
    if (throwing) return vm_raise_value(vm, exc);
    *out = NONE_VAL;
    *returned = true;
    return true;
  }
  if (throwing && gen->state == GEN_CREATED) {
    finish(gen);
    return vm_raise_value(vm, exc);
  }
  Value recv = throwing ? delegate_of(gen) : UNDEF_VAL;
  if (!IS_UNDEF(recv)) return throw_delegated(vm, gen, recv, exc, out, returned);
  return run_from_c(vm, gen, sent, !throwing, exc, out, returned);
}

/* ---- methods ------------------------------------------------------------- */

/* send(value) / __next__() from scripts: StopIteration carries the
 * return value. */
static bool step(EddyVM *vm, Value self, Value sent, Value exc, Value *result) {
  bool returned;
  Value out;
  if (!gen_resume_c(vm, AS_GENERATOR(self), sent, exc, &out, &returned))
    return false;
  if (!returned) {
    *result = out;
    return true;
  }
  if (IS_NONE(out)) return vm_raise_value(vm, OBJ_VAL(vm->exc.StopIteration));
  return vm_raise_with_arg(vm, vm->exc.StopIteration, out);
}

static bool gen_next_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "__next__", kwnames) ||
      !native_check_count(vm, "__next__", nargs - 1, 0, 0))
    return false;
  return step(vm, args[0], NONE_VAL, UNDEF_VAL, result);
}

static bool gen_send_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "send", kwnames) ||
      !native_check_count(vm, "send", nargs - 1, 1, 1))
    return false;
  return step(vm, args[0], args[1], UNDEF_VAL, result);
}

static bool gen_throw_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "throw", kwnames) ||
      !native_check_count(vm, "throw", nargs - 1, 1, 3))
    return false;
  Value exc = args[1];
  if (IS_CLASS(exc)) {
    Value arg = nargs > 2 ? args[2] : UNDEF_VAL;
    if (!vm_call(vm, exc, &arg, IS_UNDEF(arg) ? 0 : 1, NULL, &exc))
      return false;
  }
  if (!IS_EXCEPTION(exc))
    return vm_raise(vm, vm->exc.TypeError,
                    "exceptions must be classes or instances deriving from "
                    "BaseException, not %s",
                    vm_type_name(vm, exc));
  return step(vm, args[0], NONE_VAL, exc, result);
}

/* close(): GeneratorExit thrown in must end [gen]; yielding instead is
 * a RuntimeError. */
static bool close_generator(EddyVM *vm, ObjGenerator *gen) {
  if (gen->state == GEN_CREATED) finish(gen);
  if (gen->state == GEN_DONE) return true;
  ObjException *exit = exception_new(vm, vm->exc.GeneratorExit, NULL);
  if (!exit) return false;
  Value out;
  bool returned;
  if (gen_resume_c(vm, gen, NONE_VAL, OBJ_VAL(exit), &out, &returned)) {
    if (returned) return true;
    return vm_raise(vm, vm->exc.RuntimeError, "%s ignored GeneratorExit",
                    is_coroutine(vm, gen) ? "coroutine" : "generator");
  }
  Value exc = vm->task->exception;
  if (class_is_subclass(vm_class_of(vm, exc), vm->exc.GeneratorExit) ||
      class_is_subclass(vm_class_of(vm, exc), vm->exc.StopIteration)) {
    vm->task->exception = UNDEF_VAL;
    return true;
  }
  return false;
}

static bool gen_close_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "close", kwnames) ||
      !native_check_count(vm, "close", nargs - 1, 0, 0))
    return false;
  *result = NONE_VAL;
  return close_generator(vm, AS_GENERATOR(args[0]));
}

/* coroutine_wrapper's step: resumes its coroutine, whose return ends
 * it with the return value. */
static bool wrapper_next(EddyVM *vm, ObjIterator *it, Value *out, bool *done) {
  return gen_resume_c(vm, AS_GENERATOR(it->source), NONE_VAL, UNDEF_VAL, out,
                      done);
}

/* coroutine.__await__(): the iterator `await` drives, over the
 * coroutine's steps. */
static bool co_await_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "__await__", kwnames) ||
      !native_check_count(vm, "__await__", nargs - 1, 0, 0))
    return false;
  ObjIterator *it = (ObjIterator *)gc_new_object(
      vm, sizeof(ObjIterator), OBJ_ITERATOR, vm->types.coroutine_wrapper);
  if (!it) return false;
  it->next = wrapper_next;
  it->source = args[0];
  it->extra = UNDEF_VAL;
  *result = OBJ_VAL(it);
  return true;
}

/* Checks that a coroutine_wrapper method got one as [args][0] and puts
 * its coroutine there instead. */
static bool unwrap(EddyVM *vm, const char *name, Value *args, int nargs) {
  if (nargs < 1 || !IS_ITERATOR(args[0]) ||
      AS_OBJ(args[0])->cls != vm->types.coroutine_wrapper)
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor '%s' requires a 'coroutine_wrapper' object",
                    name);
  args[0] = AS_ITERATOR(args[0])->source;
  return true;
}

/* coroutine_wrapper.send/throw/close: those of its coroutine. */
static bool wrapper_send_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  return unwrap(vm, "send", args, nargs) &&
         gen_send_method(vm, args, nargs, kwnames, result);
}

static bool wrapper_throw_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  return unwrap(vm, "throw", args, nargs) &&
         gen_throw_method(vm, args, nargs, kwnames, result);
}

static bool wrapper_close_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  return unwrap(vm, "close", args, nargs) &&
         gen_close_method(vm, args, nargs, kwnames, result);
}

static bool gen_iter_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  (void)vm;
  (void)nargs;
  (void)kwnames;
  *result = args[0];
  return true;
}

/* repr: <generator object f at 0x...>, <coroutine object f at 0x...> */
static bool gen_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjGenerator *gen = AS_GENERATOR(v);
  bool ok = buf_printf(out, "<%s object %s at %p>", gen->obj.cls->name->chars,
                       gen->qualname->chars, (void *)gen);
  return ok || vm_raise_memory(vm);
}

/* Iterating a generator from C (list(gen), next(gen), ...). */
static bool gen_iter_op(EddyVM *vm, Value v, Value *out) {
  if (is_coroutine(vm, AS_GENERATOR(v)))
    return vm_raise(vm, vm->exc.TypeError, "'coroutine' object is not iterable");
  *out = v;
  return true;
}

/* Generators and coroutines hash and compare by identity. */
static bool gen_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)(((uintptr_t)AS_OBJ(v)) >> 4);
  return true;
}

static const TypeOps generator_ops = {
    .repr = gen_repr, .iter = gen_iter_op, .hash = gen_hash};
static const TypeOps coroutine_ops = {.repr = gen_repr, .hash = gen_hash};

bool generator_install(EddyVM *vm) {
  ObjClass *gen = vm->types.generator, *co = vm->types.coroutine;
  gen->ops = &generator_ops;
  co->ops = &coroutine_ops;
  vm->types.async_generator->ops = &coroutine_ops;
  return native_method(vm, gen, "__next__", gen_next_method) &&
         native_method(vm, gen, "__iter__", gen_iter_method) &&
         native_method(vm, gen, "send", gen_send_method) &&
         native_method(vm, gen, "throw", gen_throw_method) &&
         native_method(vm, gen, "close", gen_close_method) &&
         native_method(vm, co, "send", gen_send_method) &&
         native_method(vm, co, "throw", gen_throw_method) &&
         native_method(vm, co, "close", gen_close_method) &&
         native_method(vm, co, "__await__", co_await_method) &&
         native_method(vm, vm->types.coroutine_wrapper, "send",
                       wrapper_send_method) &&
         native_method(vm, vm->types.coroutine_wrapper, "throw",
                       wrapper_throw_method) &&
         native_method(vm, vm->types.coroutine_wrapper, "close",
                       wrapper_close_method) &&
         asyncgen_install(vm);
}
