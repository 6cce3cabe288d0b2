/* import.c: resolving and loading modules. */
#include "vm/import.h"

#include <string.h>

#include "stdlib/modules.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/vm_exec.h"

ObjModule *import_new_module(EddyVM *vm, const char *name) {
  ObjStr *str = str_from_cstr(vm, name);
  if (!str) return NULL;
  gc_push_root(vm, OBJ_VAL(str));
  ObjDict *dict = dict_new(vm);
  if (!dict) {
    gc_pop_roots(vm, 1);
    return NULL;
  }
  gc_push_root(vm, OBJ_VAL(dict));
  ObjModule *module = (ObjModule *)gc_new_object(vm, sizeof(ObjModule),
                                                 OBJ_MODULE, vm->types.module);
  if (!module) {
    gc_pop_roots(vm, 2);
    return NULL;
  }
  module->name = str;
  module->dict = dict;
  module->file = NONE_VAL;
  gc_push_root(vm, OBJ_VAL(module));
  bool ok = dict_set_str(vm, dict, vm->str.name, OBJ_VAL(str));
  gc_pop_roots(vm, 3);
  return ok ? module : NULL;
}

bool import_register(EddyVM *vm, const char *name, ObjModule *module) {
  gc_push_root(vm, OBJ_VAL(module));
  ObjStr *key = str_intern_cstr(vm, name);
  bool ok = key && dict_set_str(vm, vm->modules, key, OBJ_VAL(module));
  gc_pop_roots(vm, 1);
  return ok;
}

/* Runs the module [name] written in Eddy from its embedded [source]. */
static bool load_source_module(EddyVM *vm, const char *name,
                               const char *source, Value *out) {
  ObjModule *module = import_new_module(vm, name);
  if (!module || !import_register(vm, name, module)) return false;
  gc_push_root(vm, OBJ_VAL(module));
  SyntaxDiag diag = {0};
  char filename[128];
  snprintf(filename, sizeof filename, "<frozen %s>", name);
  int status = vm_exec_source(vm, source, strlen(source), filename, module,
                              &diag);
  gc_pop_roots(vm, 1);
  if (status == 0) {
    *out = OBJ_VAL(module);
    return true;
  }
  ObjStr *key = str_intern_cstr(vm, name);
  if (key) dict_delete_str(vm->modules, key);
  if (status == 1)
    return vm_raise(vm, vm->exc.SyntaxError, "%s (%s, line %d)", diag.message,
                    filename, diag.line);
  return false;
}

/* Creates the built-in module [name] if there is one: UNDEF when there
 * is none, false after raising. */
static bool load_builtin(EddyVM *vm, const char *name, Value *out) {
  *out = UNDEF_VAL;
  ModuleInitFn init = stdlib_find_module(name);
  if (!init) {
    const char *source = stdlib_find_source(name);
    return source ? load_source_module(vm, name, source, out) : true;
  }
  ObjModule *module = import_new_module(vm, name);
  if (!module || !import_register(vm, name, module)) return false;
  if (!init(vm, module)) {
    ObjStr *key = str_intern_cstr(vm, name);
    if (key) dict_delete_str(vm->modules, key);
    return false;
  }
  *out = OBJ_VAL(module);
  return true;
}

/* The module [name] ([len] bytes) from sys.modules or the built-in
 * modules; UNDEF when neither has it, false after raising. */
static bool find_module(EddyVM *vm, const char *name, size_t len, Value *out) {
  ObjStr *key = str_intern(vm, name, len);
  if (!key) return false;
  *out = dict_get_str(vm->modules, key);
  if (!IS_UNDEF(*out)) return true;
  return load_builtin(vm, key->chars, out);
}

bool import_name(EddyVM *vm, ObjDict *globals, ObjStr *name, Value fromlist,
                 Value level, Value *out) {
  (void)globals;
  if (IS_INT(level) && AS_INT(level) > 0)
    return vm_raise(vm, vm->exc.ImportError,
                    "attempted relative import with no known parent package");
  Value module;
  const char *dot = strchr(name->chars, '.');
  if (dot && !find_module(vm, name->chars, (size_t)(dot - name->chars), &module))
    return false;
  if (!find_module(vm, name->chars, name->length, &module)) return false;
  if (IS_UNDEF(module))
    return vm_raise(vm, vm->exc.ModuleNotFoundError, "No module named '%s'",
                    name->chars);
  bool plain = IS_NONE(fromlist) ||
               (IS_TUPLE(fromlist) && AS_TUPLE(fromlist)->length == 0);
  if (plain && dot) {
    if (!find_module(vm, name->chars, (size_t)(dot - name->chars), &module))
      return false;
    if (IS_UNDEF(module))
      return vm_raise(vm, vm->exc.ModuleNotFoundError, "No module named '%s'",
                      name->chars);
  }
  *out = module;
  return true;
}

bool import_from(EddyVM *vm, Value module, ObjStr *name, Value *out) {
  if (IS_MODULE(module)) {
    Value v = dict_get_str(AS_MODULE(module)->dict, name);
    if (!IS_UNDEF(v)) {
      *out = v;
      return true;
    }
    ObjModule *m = AS_MODULE(module);
    return vm_raise(vm, vm->exc.ImportError,
                    "cannot import name '%s' from '%s' (unknown location)",
                    name->chars, m->name->chars);
  }
  return value_getattr(vm, module, name, out);
}

bool import_star(EddyVM *vm, Value module, ObjDict *dict) {
  if (!IS_MODULE(module))
    return vm_raise(vm, vm->exc.TypeError, "import * requires a module");
  ObjDict *src = AS_MODULE(module)->dict;
  ObjStr *all_name = str_intern_cstr(vm, "__all__");
  if (!all_name) return false;
  Value all = dict_get_str(src, all_name);
  if (!IS_UNDEF(all)) {
    Value list;
    if (!value_to_list(vm, all, &list)) return false;
    gc_push_root(vm, list);
    bool ok = true;
    for (size_t i = 0; ok && i < AS_LIST(list)->length; i++) {
      Value key = AS_LIST(list)->items[i], v;
      if (!IS_STR(key)) continue;
      ok = import_from(vm, module, AS_STR(key), &v) &&
           dict_set_str(vm, dict, AS_STR(key), v);
    }
    gc_pop_roots(vm, 1);
    return ok;
  }
  size_t pos = 0;
  Value key, value;
  while (dict_next(src, &pos, &key, &value)) {
    if (!IS_STR(key) || AS_STR(key)->chars[0] == '_') continue;
    if (!dict_set_str(vm, dict, AS_STR(key), value)) return false;
  }
  return true;
}
