/* builtins_help.c: the help builtin.
 *
 * help() is a thin native door into the pydoc module, which is written
 * in Eddy (stdlib/pydoc.eddy) and imported on the first call only, so
 * that programs that never ask for help pay nothing for it. Like
 * CPython's site-installed helper, it exists in scripts as well as at
 * the interactive prompt.
 */
#include "stdlib/builtins_internal.h"
#include "vm/import.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"

/* help([object]): imports pydoc and calls pydoc.help with [args]; the
 * result is None, as CPython's. */
static bool builtin_help(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  ObjStr *name = str_intern_cstr(vm, "pydoc");
  if (!name) return false;
  Value module, fn;
  if (!import_name(vm, vm->builtins, name, NONE_VAL, INT_VAL(0), &module)) {
    return false;
  }
  gc_push_root(vm, module);
  ObjStr *attr = str_intern_cstr(vm, "help");
  bool ok = attr && value_getattr(vm, module, attr, &fn);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  gc_push_root(vm, fn);
  ok = vm_call(vm, fn, args, nargs, kwnames, result);
  gc_pop_roots(vm, 1);
  return ok;
}

static const BuiltinDef help_builtins[] = {
    {"help", builtin_help},
};

bool builtins_help_install(EddyVM *vm) {
  return builtins_define_all(vm, help_builtins,
                             sizeof help_builtins / sizeof help_builtins[0]);
}
