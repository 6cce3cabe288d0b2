/* repl_run.c: running an entry typed at the prompt.
 *
 * Every entry runs inside the session loop, as in CPython's asyncio REPL
 * (`python -m asyncio`): the loop counts as running, so
 * asyncio.create_task() works at the prompt and the task goes on running
 * between entries. An entry that awaits (the compiler marks its code as a
 * coroutine) becomes a task of that loop, and the loop runs until the
 * task is done, other tasks running meanwhile. Ctrl-C while it waits
 * cancels that task only: tasks started earlier keep running.
 */
#include <stdio.h>

#include "cli/repl_internal.h"
#include "compiler/compiler.h"
#include "lexer/diag.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_class.h"
#include "vm/vm_exec.h"

/* True when the exception [exc] is an instance of [cls]. */
static bool exception_is(Value exc, ObjClass *cls) {
  return IS_EXCEPTION(exc) && class_is_subclass(AS_OBJ(exc)->cls, cls);
}

/* Takes the pending exception off the VM. */
static Value take_exception(EddyVM *vm) {
  Value exc = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  return exc;
}

/* Runs the loop until [task] is done. A Ctrl-C while it waits cancels
 * the task and waits for it to unwind (a second Ctrl-C stops waiting);
 * *[interrupted] tells that it happened. False with an exception raised
 * when the loop itself failed (SystemExit from a callback). */
static bool wait_for(Repl *repl, ObjFuture *task, bool *interrupted) {
  EddyVM *vm = repl->vm;
  *interrupted = false;
  while (task->state == FUTURE_PENDING) {
    if (loop_step(vm, repl->loop, -1)) continue;
    Value exc = take_exception(vm);
    if (!exception_is(exc, vm->exc.KeyboardInterrupt)) {
      vm->task->exception = exc;
      return false;
    }
    if (*interrupted) return true;
    *interrupted = true;
    bool cancelled;
    if (!future_cancel(vm, task, NONE_VAL, &cancelled)) return false;
  }
  return true;
}

/* Awaits the coroutine [coro] of an entry as a task of the session loop. */
static bool await_entry(Repl *repl, Value coro) {
  EddyVM *vm = repl->vm;
  ObjFuture *task = task_new_for(vm, repl->loop, coro, NONE_VAL);
  if (!task) return false;
  task->log_destroy_pending = false;
  gc_push_root(vm, OBJ_VAL(task));
  bool interrupted;
  bool ok = wait_for(repl, task, &interrupted);
  Value result;
  if (ok && interrupted) {
    task->log_traceback = false;
    fputs("\nKeyboardInterrupt\n", stdout);
  } else if (ok) {
    ok = future_result(vm, task, &result);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* Runs [code] in the session's namespace inside the session loop. */
static bool run_code(Repl *repl, ObjCode *code) {
  EddyVM *vm = repl->vm;
  if (!loop_enter(vm, repl->loop)) return false;
  Value result;
  bool ok = vm_exec_code(vm, code, repl->main->dict, NULL, &result);
  loop_leave(vm, repl->loop);
  if (!ok || !(code->flags & CODE_COROUTINE)) return ok;
  gc_push_root(vm, result);
  ok = await_entry(repl, result);
  gc_pop_roots(vm, 1);
  return ok;
}

bool repl_run_entry(Repl *repl) {
  EddyVM *vm = repl->vm;
  SyntaxDiag diag = {0};
  ObjCode *code = NULL;
  bool ok = compile_source(vm, repl->entry.data, repl->entry.len, "<stdin>",
                           COMPILE_INTERACTIVE, &code, &diag);
  if (!ok && diag.set) {
    diag_print(&diag, "<stdin>", repl->entry.data, stderr);
    return true;
  }
  if (ok) {
    gc_push_root(vm, OBJ_VAL(code));
    ok = run_code(repl, code);
    gc_pop_roots(vm, 1);
  }
  fflush(stdout);
  if (ok) return true;
  if (exception_is(vm->task->exception, vm->exc.SystemExit)) return false;
  exception_print(vm, take_exception(vm));
  return true;
}
