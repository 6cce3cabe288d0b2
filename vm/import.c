/* import.c: resolving and loading modules. */
#include "vm/import.h"

#include <string.h>

#include "stdlib/modules.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/import_file.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
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
  bool ok = dict_set_str(vm, dict, vm->str.name, OBJ_VAL(str)) &&
            dict_set_str(vm, dict, vm->str.doc, NONE_VAL);
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
  module->initializing = true;
  int status = vm_exec_source(vm, source, strlen(source), filename, module,
                              &diag);
  module->initializing = false;
  gc_pop_roots(vm, 1);
  if (status == 0) {
    *out = OBJ_VAL(module);
    return true;
  }
  ObjStr *key = str_intern_cstr(vm, name);
  if (key) dict_delete_str(vm->modules, key);
  if (status == 1)
    return import_raise_syntax(vm, &diag, filename, source, strlen(source));
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

/* ---- search paths ------------------------------------------------------------ */

/* The list of directories to search for [parent]'s submodules (its
 * __path__), or for a top-level module (sys.path); NULL when [parent]
 * is not a package. */
static ObjList *search_path(EddyVM *vm, Value parent) {
  ObjDict *dict;
  ObjStr *key;
  if (IS_UNDEF(parent)) {
    ObjStr *sys = str_intern_cstr(vm, "sys");
    Value module = sys ? dict_get_str(vm->modules, sys) : UNDEF_VAL;
    if (IS_UNDEF(module) && !load_builtin(vm, "sys", &module)) return NULL;
    if (!IS_MODULE(module)) return NULL;
    dict = AS_MODULE(module)->dict;
    key = str_intern_cstr(vm, "path");
  } else {
    if (!IS_MODULE(parent)) return NULL;
    dict = AS_MODULE(parent)->dict;
    key = str_intern_cstr(vm, "__path__");
  }
  Value path = key ? dict_get_str(dict, key) : UNDEF_VAL;
  return IS_LIST(path) ? AS_LIST(path) : NULL;
}

/* Looks for [shortname] in the directories of [path]; UNDEF in [*out]
 * when no directory has it. */
static bool load_from_path(EddyVM *vm, ObjList *path, ObjStr *fullname,
                           const char *shortname, Value *out) {
  *out = UNDEF_VAL;
  for (size_t i = 0; i < path->length; i++) {
    Value dir = path->items[i];
    if (!IS_STR(dir)) continue;
    ImportFile found;
    if (!import_find_file(AS_STR(dir)->chars, shortname, &found)) continue;
    bool ok = import_load_file(vm, fullname, &found, out);
    import_file_free(&found);
    return ok;
  }
  return true;
}

/* ---- dotted names ------------------------------------------------------------ */

/* Sets [parent].[shortname] to the submodule [module] just loaded. */
static bool bind_submodule(EddyVM *vm, Value parent, const char *shortname,
                           Value module) {
  ObjStr *key = str_intern_cstr(vm, shortname);
  return key && dict_set_str(vm, AS_MODULE(parent)->dict, key, module);
}

/* Raises ModuleNotFoundError([message], name=[fullname]). */
static bool raise_not_found(EddyVM *vm, ObjStr *fullname, const char *message) {
  ObjStr *text = str_from_cstr(vm, message);
  if (!text) return false;
  gc_push_root(vm, OBJ_VAL(text));
  ObjTuple *args = tuple_from_array(vm, &OBJ_VAL(text), 1);
  gc_pop_roots(vm, 1);
  if (!args) return false;
  gc_push_root(vm, OBJ_VAL(args));
  ObjException *exc = exception_new(vm, vm->exc.ModuleNotFoundError, args);
  gc_pop_roots(vm, 1);
  if (!exc) return false;
  gc_push_root(vm, OBJ_VAL(exc));
  ObjStr *key = str_intern_cstr(vm, "name");
  bool ok = key && exception_setattr(vm, OBJ_VAL(exc), key, OBJ_VAL(fullname));
  gc_pop_roots(vm, 1);
  return ok && vm_raise_value(vm, OBJ_VAL(exc));
}

/* ModuleNotFoundError for [fullname], whose parent [parent] (UNDEF for a
 * top-level name) is not a package or does not have it. */
static bool not_found(EddyVM *vm, ObjStr *fullname, Value parent) {
  ByteBuf msg;
  buf_init(&msg);
  bool ok;
  if (!IS_UNDEF(parent) && !search_path(vm, parent)) {
    const char *dot = strrchr(fullname->chars, '.');
    ok = buf_printf(&msg, "No module named '%s'; '%.*s' is not a package",
                    fullname->chars, (int)(dot - fullname->chars),
                    fullname->chars);
  } else {
    ok = buf_printf(&msg, "No module named '%s'", fullname->chars);
  }
  ok = ok ? raise_not_found(vm, fullname, msg.data) : vm_raise_memory(vm);
  buf_free(&msg);
  return ok;
}

/* True for the modules CPython builds into the interpreter itself, which
 * files on the search path cannot hide (the others, such as math or
 * json, a script's directory can shadow, as in CPython). */
static bool is_core_module(const char *name) {
  static const char *const core[] = {"sys", "builtins", "time", "itertools",
                                     "_asyncio", "gc", "errno", "atexit"};
  for (size_t i = 0; i < sizeof core / sizeof core[0]; i++)
    if (strcmp(name, core[i]) == 0) return true;
  return false;
}

/* Imports the module [fullname] whose parent package, already imported,
 * is [parent] (UNDEF for a top-level module): sys.modules, then the
 * directories of the search path, then Eddy's own modules. */
static bool import_one(EddyVM *vm, ObjStr *fullname, Value parent,
                       Value *out) {
  *out = dict_get_str(vm->modules, fullname);
  if (IS_NONE(*out)) /* as CPython: None blocks the import */
    return vm_raise(vm, vm->exc.ModuleNotFoundError,
                    "import of %s halted; None in sys.modules",
                    fullname->chars);
  if (!IS_UNDEF(*out)) return true;
  if (!IS_UNDEF(parent) && !IS_MODULE(parent))
    return not_found(vm, fullname, parent);
  if (is_core_module(fullname->chars)) {
    if (!load_builtin(vm, fullname->chars, out)) return false;
    if (!IS_UNDEF(*out)) return true;
  }
  const char *dot = strrchr(fullname->chars, '.');
  const char *shortname = dot ? dot + 1 : fullname->chars;
  ObjList *path = search_path(vm, parent);
  if (path) {
    gc_push_root(vm, OBJ_VAL(path));
    bool ok = load_from_path(vm, path, fullname, shortname, out);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  if (IS_UNDEF(*out) && !load_builtin(vm, fullname->chars, out))
    return false;
  if (IS_UNDEF(*out)) return not_found(vm, fullname, parent);
  if (IS_UNDEF(parent)) return true;
  gc_push_root(vm, *out);
  bool ok = bind_submodule(vm, parent, shortname, *out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Imports every package on the way to [name] ("a", "a.b", "a.b.c");
 * [*top] is the first, [*last] the module [name] itself. */
static bool import_dotted(EddyVM *vm, ObjStr *name, Value *top, Value *last) {
  Value parent = UNDEF_VAL;
  *top = UNDEF_VAL;
  for (size_t end = 0; end <= name->length; end++) {
    if (end < name->length && name->chars[end] != '.') continue;
    ObjStr *prefix = str_intern(vm, name->chars, end);
    if (!prefix) return false;
    gc_push_root(vm, parent);
    gc_push_root(vm, OBJ_VAL(prefix));
    bool ok = import_one(vm, prefix, parent, last);
    gc_pop_roots(vm, 2);
    if (!ok) return false;
    if (IS_UNDEF(*top)) *top = *last;
    parent = *last;
  }
  return true;
}

/* ---- relative names ---------------------------------------------------------- */

/* The package a module with [globals] lives in: its __package__, or
 * what __name__ and __path__ imply. Empty when it has none. */
static bool package_of(EddyVM *vm, ObjDict *globals, ObjStr **out) {
  ObjStr *key = str_intern_cstr(vm, "__package__");
  Value pkg = key ? dict_get_str(globals, key) : UNDEF_VAL;
  if (IS_STR(pkg)) {
    *out = AS_STR(pkg);
    return true;
  }
  Value name = dict_get_str(globals, vm->str.name);
  if (!IS_STR(name)) return (*out = vm->str.empty), true;
  key = str_intern_cstr(vm, "__path__");
  if (key && !IS_UNDEF(dict_get_str(globals, key))) {
    *out = AS_STR(name);
    return true;
  }
  const char *dot = strrchr(AS_STR(name)->chars, '.');
  size_t len = dot ? (size_t)(dot - AS_STR(name)->chars) : 0;
  *out = str_intern(vm, AS_STR(name)->chars, len);
  return *out != NULL;
}

/* The absolute name of `from [level dots][name] import ...` in the
 * module whose globals are [globals]. */
static bool resolve_relative(EddyVM *vm, ObjDict *globals, ObjStr *name,
                             int64_t level, ObjStr **out) {
  ObjStr *pkg;
  if (!package_of(vm, globals, &pkg)) return false;
  if (pkg->length == 0 || strcmp(pkg->chars, "__main__") == 0)
    return vm_raise(vm, vm->exc.ImportError,
                    "attempted relative import with no known parent package");
  size_t base = pkg->length;
  for (int64_t i = 1; i < level; i++) {
    while (base > 0 && pkg->chars[base - 1] != '.') base--;
    if (base == 0)
      return vm_raise(vm, vm->exc.ImportError,
                      "attempted relative import beyond top-level package");
    base--;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok = buf_append(&buf, pkg->chars, base) &&
            (name->length == 0 || (buf_putc(&buf, '.') &&
                                   buf_append(&buf, name->chars, name->length)));
  *out = ok ? str_intern(vm, buf.data, buf.len) : NULL;
  buf_free(&buf);
  return ok ? *out != NULL : vm_raise_memory(vm);
}

bool import_name(EddyVM *vm, ObjDict *globals, ObjStr *name, Value fromlist,
                 Value level, Value *out) {
  int64_t dots = IS_INT(level) ? AS_INT(level) : 0;
  if (dots > 0 && !resolve_relative(vm, globals, name, dots, &name))
    return false;
  gc_push_root(vm, OBJ_VAL(name));
  Value top, last;
  bool ok = import_dotted(vm, name, &top, &last);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  bool plain = IS_NONE(fromlist) ||
               (IS_TUPLE(fromlist) && AS_TUPLE(fromlist)->length == 0);
  *out = plain && dots == 0 ? top : last;
  return true;
}

/* ---- from ... import name ---------------------------------------------------- */

/* The ImportError of `from [module] import [name]` when it has no such
 * name, worded as CPython words it. */
static bool cannot_import(EddyVM *vm, ObjModule *module, ObjStr *name) {
  const char *where = IS_STR(module->file) ? AS_STR(module->file)->chars
                                           : "unknown location";
  if (module->initializing)
    return vm_raise(vm, vm->exc.ImportError,
                    "cannot import name '%s' from partially initialized "
                    "module '%s' (most likely due to a circular import) (%s)",
                    name->chars, module->name->chars, where);
  return vm_raise(vm, vm->exc.ImportError, "cannot import name '%s' from '%s' (%s)",
                  name->chars, module->name->chars, where);
}

/* [module].[name] as a submodule of the package [module], imported now;
 * UNDEF when there is none. */
static bool import_submodule(EddyVM *vm, ObjModule *module, ObjStr *name,
                             Value *out) {
  *out = UNDEF_VAL;
  if (!search_path(vm, OBJ_VAL(module))) return true;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = buf_printf(&buf, "%s.%s", module->name->chars, name->chars);
  ObjStr *full = ok ? str_intern(vm, buf.data, buf.len) : NULL;
  buf_free(&buf);
  if (!full) return ok ? false : vm_raise_memory(vm);
  Value found = dict_get_str(vm->modules, full);
  if (!IS_UNDEF(found)) return (*out = found), true;
  ObjList *path = search_path(vm, OBJ_VAL(module));
  gc_push_root(vm, OBJ_VAL(full));
  ok = load_from_path(vm, path, full, name->chars, out);
  if (ok && !IS_UNDEF(*out))
    ok = bind_submodule(vm, OBJ_VAL(module), name->chars, *out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* `from [obj] import [name]` where sys.modules holds a non-module
 * [obj]: its attribute, or CPython's ImportError. */
static bool import_from_object(EddyVM *vm, Value obj, ObjStr *name,
                               Value *out) {
  if (value_getattr(vm, obj, name, out)) return true;
  Value exc = vm->task->exception;
  if (!class_is_subclass(vm_class_of(vm, exc), vm->exc.AttributeError))
    return false;
  vm->task->exception = UNDEF_VAL;
  return vm_raise(vm, vm->exc.ImportError,
                  "cannot import name '%s' from '<unknown module name>' "
                  "(unknown location)",
                  name->chars);
}

bool import_from(EddyVM *vm, Value module, ObjStr *name, Value *out) {
  if (!IS_MODULE(module)) return import_from_object(vm, module, name, out);
  ObjModule *m = AS_MODULE(module);
  *out = dict_get_str(m->dict, name);
  if (!IS_UNDEF(*out)) return true;
  if (!import_submodule(vm, m, name, out)) return false;
  if (!IS_UNDEF(*out)) return true;
  return cannot_import(vm, m, name);
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
