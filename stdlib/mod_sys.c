/* mod_sys.c: the sys module.
 *
 * sys exposes the VM's own objects rather than copies: sys.argv is
 * vm->argv and sys.modules is vm->modules, so changes made through sys
 * are seen by the interpreter (and the other way round).
 *
 * sys.stdout, sys.stderr and sys.stdin are file objects (the layout
 * open() returns, builtins_file.c) wrapping the process's streams; writes
 * to stdout and stderr go through the VM's output hooks (vm->write_out,
 * vm->write_err) like print(), so a host capturing a script's output sees
 * them too. They are never closed by the collector.
 *
 * sys.path holds the directory of the main script (the empty string for
 * `eddy -c` and standard input), then the entries of EDDYPATH.
 *
 * sys.version is "3.11.0 (Eddy 0.1.0)": the Python version whose
 * semantics Eddy follows, then Eddy's own version; sys.version_info is
 * (3, 11, 0, 'final', 0).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stdlib/mod_common.h"
#include "stdlib/modules.h"
#include "stdlib/structseq.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_tuple.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"

/* The Python version Eddy follows, as sys.version_info. */
#define SYS_MAJOR 3
#define SYS_MINOR 11
#define SYS_MICRO 0

/* ---- functions ---------------------------------------------------------- */

/* exit([status]): raises SystemExit(status). */
static bool sys_exit(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  (void)result;
  if (!native_no_kwargs(vm, "sys.exit", kwnames) ||
      !native_check_count(vm, "exit", nargs, 0, 1)) {
    return false;
  }
  if (nargs == 0 || IS_NONE(args[0])) {
    return vm_raise_value(vm, OBJ_VAL(vm->exc.SystemExit));
  }
  return vm_raise_with_arg(vm, vm->exc.SystemExit, args[0]);
}

/* getrecursionlimit() */
static bool sys_getrecursionlimit(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "sys.getrecursionlimit", kwnames) ||
      !native_check_count(vm, "sys.getrecursionlimit", nargs, 0, 0)) {
    return false;
  }
  *result = INT_VAL(vm->recursion_limit);
  return true;
}

/* setrecursionlimit(limit, /) */
static bool sys_setrecursionlimit(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  Value limit;
  if (!native_no_kwargs(vm, "sys.setrecursionlimit", kwnames) ||
      !native_check_count(vm, "sys.setrecursionlimit", nargs, 1, 1) ||
      !mod_to_index(vm, args[0], &limit)) {
    return false;
  }
  if (IS_BIGINT(limit) || AS_SMALLINT(limit) > INT_MAX ||
      AS_SMALLINT(limit) < INT_MIN) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C int");
  }
  if (AS_SMALLINT(limit) < 1) {
    return vm_raise(vm, vm->exc.ValueError,
                    "recursion limit must be greater or equal than 1");
  }
  vm->recursion_limit = (int)AS_SMALLINT(limit);
  *result = NONE_VAL;
  return true;
}

/* intern(string, /): the one interned str with this text. */
static bool sys_intern(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!native_no_kwargs(vm, "sys.intern", kwnames) ||
      !native_check_count(vm, "sys.intern", nargs, 1, 1)) {
    return false;
  }
  if (!IS_STR(args[0])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "intern() argument must be str, not %s",
                    vm_type_name(vm, args[0]));
  }
  ObjStr *s = AS_STR(args[0]);
  ObjStr *interned = str_intern(vm, s->chars, s->length);
  if (!interned) return false;
  *result = OBJ_VAL(interned);
  return true;
}

/* getdefaultencoding() */
static bool sys_getdefaultencoding(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kwnames, Value *result) {
  (void)args;
  return native_no_kwargs(vm, "sys.getdefaultencoding", kwnames) &&
         native_check_count(vm, "sys.getdefaultencoding", nargs, 0, 0) &&
         mod_new_str(vm, "utf-8", 5, result);
}

/* ---- streams --------------------------------------------------------------
 */

/* A file object wrapping the process's stream [fp], named [name]. */
static bool std_stream(EddyVM *vm, FILE *fp, const char *name, const char *mode,
                       Value *out) {
  ObjStr *name_str = str_from_cstr(vm, name);
  if (!name_str) return false;
  gc_push_root(vm, OBJ_VAL(name_str));
  ObjStr *mode_str = str_from_cstr(vm, mode);
  gc_push_root(vm, mode_str ? OBJ_VAL(mode_str) : NONE_VAL);
  ObjFile *file = mode_str ? (ObjFile *)gc_new_object(vm, sizeof(ObjFile),
                                                      OBJ_FILE, vm->types.file)
                           : NULL;
  gc_pop_roots(vm, 2);
  if (!file) return false;
  file->fp = fp;
  file->name = name_str;
  file->mode = mode_str;
  file->readable = mode[0] == 'r';
  file->writable = mode[0] == 'w';
  file->owned = false;
  *out = OBJ_VAL(file);
  return true;
}

/* Stores the stream [fp] as sys.[name] and sys.__[name]__. */
static bool define_stream(EddyVM *vm, ObjModule *module, FILE *fp,
                          const char *name, const char *mode) {
  char shown[16], dunder[16];
  snprintf(shown, sizeof shown, "<%s>", name);
  snprintf(dunder, sizeof dunder, "__%s__", name);
  Value file;
  return std_stream(vm, fp, shown, mode, &file) &&
         mod_set_value(vm, module, name, file) &&
         mod_set_value(vm, module, dunder, file);
}

/* ---- sys.path -------------------------------------------------------------
 */

/* Appends a new str of the [len] bytes at [text] to [list]. */
static bool append_text(EddyVM *vm, ObjList *list, const char *text,
                        size_t len) {
  Value str;
  if (!mod_new_str(vm, text, len, &str)) return false;
  gc_push_root(vm, str);
  bool ok = list_append(vm, list, str);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Appends the directory of the main script (its __file__), or '' when
 * the program did not come from a file. */
static bool append_script_dir(EddyVM *vm, ObjList *path) {
  ObjStr *main_name = vm->str.main;
  Value main = dict_get_str(vm->modules, main_name);
  ObjStr *file_key = str_intern_cstr(vm, "__file__");
  if (!file_key) return false;
  Value file = IS_MODULE(main) ? dict_get_str(AS_MODULE(main)->dict, file_key)
                               : UNDEF_VAL;
  if (!IS_STR(file)) return append_text(vm, path, "", 0);
  const char *text = AS_STR(file)->chars;
  const char *slash = strrchr(text, '/');
  char dir[PATH_MAX];
  snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - text) : 1,
           slash ? (slash == text ? "/" : text) : ".");
  char real[PATH_MAX];
  const char *shown = realpath(dir, real) ? real : dir;
  return append_text(vm, path, shown, strlen(shown));
}

/* Appends the entries of EDDYPATH (colon-separated; empty ones skipped). */
static bool append_eddypath(EddyVM *vm, ObjList *path) {
  const char *env = getenv("EDDYPATH");
  while (env && *env) {
    const char *end = strchr(env, ':');
    size_t len = end ? (size_t)(end - env) : strlen(env);
    if (len > 0 && !append_text(vm, path, env, len)) return false;
    env = end ? end + 1 : NULL;
  }
  return true;
}

/* Builds sys.path. */
static bool define_path(EddyVM *vm, ObjModule *module) {
  ObjList *path = list_new(vm, 0);
  if (!path) return false;
  gc_push_root(vm, OBJ_VAL(path));
  bool ok = append_script_dir(vm, path) && append_eddypath(vm, path) &&
            mod_set_value(vm, module, "path", OBJ_VAL(path));
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- versions and constants -----------------------------------------------
 */

/* Refuses to make version_info objects, as CPython does. */
static bool version_info_construct(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kwnames, Value *result) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  (void)result;
  return vm_raise(vm, vm->exc.TypeError,
                  "cannot create 'sys.version_info' instances");
}

/* [*out] = the sys.version_info value, of a new struct sequence class. */
static bool version_info(EddyVM *vm, Value *out) {
  static const char *const fields[] = {"major", "minor", "micro",
                                       "releaselevel", "serial"};
  ObjClass *cls = structseq_new_class(vm, "sys", "version_info", fields, 5, 5);
  if (!cls) return false;
  cls->construct = version_info_construct;
  gc_push_root(vm, OBJ_VAL(cls));
  Value level;
  bool ok = mod_new_str(vm, "final", 5, &level);
  gc_push_root(vm, ok ? level : NONE_VAL);
  Value items[5] = {INT_VAL(SYS_MAJOR), INT_VAL(SYS_MINOR), INT_VAL(SYS_MICRO),
                    level, INT_VAL(0)};
  ObjTuple *info = ok ? structseq_new(vm, cls, items) : NULL;
  gc_pop_roots(vm, 2);
  if (!info) return false;
  *out = OBJ_VAL(info);
  return true;
}

/* Defines sys.version, sys.version_info and sys.hexversion. */
static bool define_version(EddyVM *vm, ObjModule *module) {
  char text[64];
  snprintf(text, sizeof text, "%d.%d.%d (Eddy %s)", SYS_MAJOR, SYS_MINOR,
           SYS_MICRO, EDDY_VERSION);
  int64_t hex = (SYS_MAJOR << 24) | (SYS_MINOR << 16) | (SYS_MICRO << 8) | 0xf0;
  Value info;
  return version_info(vm, &info) &&
         mod_set_value(vm, module, "version_info", info) &&
         mod_set_str(vm, module, "version", text) &&
         mod_set_value(vm, module, "hexversion", INT_VAL(hex));
}

/* Defines sys.executable: the absolute path of the running program. */
static bool define_executable(EddyVM *vm, ObjModule *module) {
  char path[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  path[n > 0 ? n : 0] = '\0';
  return mod_set_str(vm, module, "executable", path);
}

/* Defines the constants of sys. */
static bool define_constants(EddyVM *vm, ObjModule *module) {
  return mod_set_str(vm, module, "platform", "linux") &&
         mod_set_str(vm, module, "byteorder",
                     __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little"
                                                               : "big") &&
         mod_set_value(vm, module, "maxsize", INT_VAL(INT64_MAX)) &&
         mod_set_value(vm, module, "maxunicode", INT_VAL(0x10FFFF)) &&
         mod_set_value(vm, module, "argv", OBJ_VAL(vm->argv)) &&
         mod_set_value(vm, module, "modules", OBJ_VAL(vm->modules)) &&
         define_executable(vm, module);
}

/* Checks a hook given to set_asyncgen_hooks: a callable, None, or
 * UNDEF (not given). */
static bool check_hook(EddyVM *vm, Value hook, const char *name) {
  if (IS_UNDEF(hook) || IS_NONE(hook) || IS_FUNCTION(hook) ||
      IS_NATIVE(hook) || IS_BOUND_METHOD(hook) || IS_CLASS(hook) ||
      !IS_UNDEF(class_lookup(vm_class_of(vm, hook), vm->str.call)))
    return true;
  return vm_raise(vm, vm->exc.TypeError, "callable %s expected, got %s", name,
                  vm_type_name(vm, hook));
}

/* set_asyncgen_hooks(firstiter=..., finalizer=...): the hooks async
 * generators call on their first iteration; one not given is kept. */
static bool sys_set_asyncgen_hooks(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kwnames, Value *result) {
  static const char *const names[] = {"firstiter", "finalizer"};
  Value got[2];
  if (!native_parse_args(vm, "set_asyncgen_hooks", args, nargs, kwnames,
                         names, 2, 0, 0, got) ||
      !check_hook(vm, got[1], "finalizer") ||
      !check_hook(vm, got[0], "firstiter"))
    return false;
  if (!IS_UNDEF(got[0])) vm->asyncgen_firstiter = got[0];
  if (!IS_UNDEF(got[1])) vm->asyncgen_finalizer = got[1];
  *result = NONE_VAL;
  return true;
}

/* get_asyncgen_hooks(): (firstiter, finalizer). */
static bool sys_get_asyncgen_hooks(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kwnames, Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "get_asyncgen_hooks", kwnames) ||
      !native_check_count(vm, "get_asyncgen_hooks", nargs, 0, 0))
    return false;
  ObjTuple *hooks = tuple_new(vm, 2);
  if (!hooks) return false;
  hooks->items[0] = vm->asyncgen_firstiter;
  hooks->items[1] = vm->asyncgen_finalizer;
  *result = OBJ_VAL(hooks);
  return true;
}

static const ModuleFunction sys_functions[] = {
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks},
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"intern", sys_intern},
    {"getdefaultencoding", sys_getdefaultencoding},
};

bool mod_sys_init(EddyVM *vm, ObjModule *module) {
  return mod_define_functions(vm, module, sys_functions,
                              sizeof sys_functions / sizeof sys_functions[0]) &&
         define_constants(vm, module) && define_version(vm, module) &&
         define_path(vm, module) &&
         define_stream(vm, module, stdout, "stdout", "w") &&
         define_stream(vm, module, stderr, "stderr", "w") &&
         define_stream(vm, module, stdin, "stdin", "r");
}
