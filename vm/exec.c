/* exec.c: running whole modules: compile, wrap in a function, call. */
#include "compiler/compiler.h"
#include "vm/call.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/vm_exec.h"

bool vm_exec_code(EddyVM *vm, ObjCode *code, ObjDict *globals,
                  ObjDict *locals, Value *result) {
  gc_push_root(vm, OBJ_VAL(code));
  ObjFunction *fn = (ObjFunction *)gc_new_object(
      vm, sizeof(ObjFunction), OBJ_FUNCTION, vm->types.function);
  gc_pop_roots(vm, 1);
  if (!fn) return false;
  fn->code = code;
  fn->globals = globals;
  fn->name = code->name;
  fn->qualname = code->qualname;
  fn->doc = NONE_VAL;
  Value module = dict_get_str(globals, vm->str.name);
  fn->module = IS_UNDEF(module) ? NONE_VAL : module;
  if (!locals) return vm_call(vm, OBJ_VAL(fn), NULL, 0, NULL, result);
  return vm_call_with_locals(vm, fn, locals, result);
}

bool vm_call_with_locals(EddyVM *vm, ObjFunction *fn, ObjDict *locals,
                         Value *result) {
  Task *task = vm->task;
  if (!task_ensure_stack(vm, task, 1)) return false;
  size_t slot = task->sp;
  task->values[task->sp++] = OBJ_VAL(fn);
  if (!call_push_function(vm, task, fn, slot, 0, NULL, slot)) {
    task->sp = slot;
    return false;
  }
  CallFrame *frame = &task->frames[task->frame_count - 1];
  frame->locals = locals;
  frame->native_boundary = true;
  vm->native_depth++;
  bool ok = vm_run(vm);
  vm->native_depth--;
  if (ok) *result = task->values[slot];
  task->sp = slot;
  return ok;
}

int vm_exec_source(EddyVM *vm, const char *source, size_t length,
                   const char *filename, ObjModule *module, SyntaxDiag *diag) {
  ObjCode *code = NULL;
  gc_push_root(vm, OBJ_VAL(module));
  bool compiled = compile_source(vm, source, length, filename, COMPILE_MODULE,
                                 &code, diag);
  int status = 0;
  if (!compiled) {
    status = diag->set ? 1 : 2;
  } else {
    Value result;
    if (!vm_exec_code(vm, code, module->dict, NULL, &result)) status = 2;
  }
  gc_pop_roots(vm, 1);
  return status;
}
