/* vm_exec.h: the interpreter loop and the suspendable-task machinery it
 * shares with generator.c.
 *
 * vm_run executes the current task (vm->task) from its innermost frame.
 * It returns true when a frame marked as a native boundary returns, when
 * a generator resumed from C yields or returns, or when the task's last
 * frame returns; false when an exception leaves through one of those
 * exits (the exception is then on vm->task). If the task has an
 * exception pending when vm_run starts, it is raised at the frame's
 * current instruction: that is how throw() and task cancellation enter a
 * suspended stack.
 *
 * Generators and coroutines (generator.c) switch vm->task: resuming one
 * makes its stack current; YIELD_VALUE suspends the whole current task
 * and returns to whoever resumed it. Status codes of the switch points:
 * GEN_ERROR (-1, raised), GEN_CONTINUE (0, keep dispatching in vm->task),
 * GEN_LEAVE (1, return true from vm_run).
 */
#ifndef EDDY_VM_EXEC_H
#define EDDY_VM_EXEC_H

#include "lexer/diag.h"
#include "vm/vm.h"

enum { GEN_ERROR = -1, GEN_CONTINUE = 0, GEN_LEAVE = 1 };

bool vm_run(EddyVM *vm) MUST_CHECK;

/* Calling a generator, coroutine or async generator function: makes the
 * object with the arguments bound on its own stack and stores it at
 * values[ret] of [task]. */
bool gen_create(EddyVM *vm, Task *task, ObjFunction *fn, size_t slot,
                int argc, ObjTuple *kwnames, size_t ret) MUST_CHECK;

/* FOR_ITER on a generator at the top of [task]'s stack. */
int gen_for_iter(EddyVM *vm, Task *task);
/* YIELD_VALUE: suspends [task] and delivers the value on its top. */
int gen_yield(EddyVM *vm, Task *task);
/* SEND: one step of `yield from` / `await` on [task]'s top two values
 * (receiver, value); [exit] is where the frame continues when the
 * receiver returns. */
int gen_send(EddyVM *vm, Task *task, uint32_t exit);
/* After the last frame of a generator's own task returned [result]. */
int gen_finished(EddyVM *vm, Task *task, Value result);
/* Marks the coroutine whose inlined frame ended. */
void gen_mark_done(Obj *coroutine);
/* An exception unwound past the bottom of [task]: moves it to the
 * resumer. True when dispatch should go on unwinding there. */
bool gen_exception_left_task(EddyVM *vm, Task *task);
/* GET_AWAITABLE: the iterator that `await v` drives. */
bool gen_get_awaitable(EddyVM *vm, Value v, Value *out) MUST_CHECK;

/* Resumes [gen] from C, sending [sent] or, when [exc] is not UNDEF,
 * throwing it in. On success [*returned] tells whether it returned
 * ([*out] is the return value) or yielded ([*out] is the value). */
bool gen_resume_c(EddyVM *vm, ObjGenerator *gen, Value sent, Value exc,
                  Value *out, bool *returned) MUST_CHECK;

/* Runs module-level [code] with [globals] (and [locals] for NAME
 * instructions, NULL to use the globals) to completion on the current
 * task. */
bool vm_exec_code(EddyVM *vm, ObjCode *code, ObjDict *globals,
                  ObjDict *locals, Value *result) MUST_CHECK;

/* Calls the argument-less [fn] with [locals] as the namespace of its NAME
 * instructions (module code with separate locals, class bodies), running
 * it to completion in a nested dispatch loop. */
bool vm_call_with_locals(EddyVM *vm, ObjFunction *fn, ObjDict *locals,
                         Value *result) MUST_CHECK;

/* Compiles and runs [source] as the module [module] (its dict holds the
 * globals). Returns 0 on success; 1 with [diag] set on a syntax error;
 * 2 with the exception on vm->task on a runtime error. */
int vm_exec_source(EddyVM *vm, const char *source, size_t length,
                   const char *filename, ObjModule *module, SyntaxDiag *diag);

/* For the collector: a coroutine that was never awaited reports it when
 * it becomes unreachable ("RuntimeWarning: coroutine 'f' was never
 * awaited"), once. */
bool gen_wants_finalizer(Obj *obj);
void gen_finalize(EddyVM *vm, Obj *obj);

/* Installs the methods of generator, coroutine and async_generator. */
bool generator_install(EddyVM *vm) MUST_CHECK;
/* Installs the async generator methods and their awaitables' classes. */
bool asyncgen_install(EddyVM *vm) MUST_CHECK;

#endif
