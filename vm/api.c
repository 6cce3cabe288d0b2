/* api.c: the implementation of include/eddy.h, and the only file that
 * implements it. It translates between the host's view (status codes,
 * slots, C strings, C callbacks) and the VM's (tasks, exceptions,
 * values). The state it keeps per VM is in vm/api.h.
 *
 * Every public function checks its slot numbers and raises rather than
 * trusting them. A failure inside a native function stays pending for
 * the script; a failure in a call made by the host itself is taken at
 * once into the eddy_error_* strings (fail), so the VM is ready again.
 */
#include "include/eddy.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "vm/api.h"
#include "vm/async.h"
#include "vm/buffer.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/unicode.h"
#include "vm/vm.h"
#include "vm/vm_exec.h"

EDDY_API const char *eddy_version(void) { return EDDY_VERSION; }

/* ---- errors ------------------------------------------------------------- */

/* A write_err hook that keeps the text for eddy_error_traceback. */
static void capture_write(EddyVM *vm, const char *text, size_t len) {
  if (!buf_append(&vm->last_error, text, len)) buf_clear(&vm->last_error);
}

/* Forgets the last error. */
static void clear_error(EddyVM *vm) {
  buf_clear(&vm->last_error);
  buf_clear(&API(vm)->error_type);
  buf_clear(&API(vm)->error_message);
}

/* Stores [text] in [buf], leaving it empty when memory runs out. */
static void keep(ByteBuf *buf, const char *text, size_t len) {
  buf_clear(buf);
  if (!buf_append(buf, text, len) || !buf_append(buf, "", 0)) buf_clear(buf);
}

/* Takes the pending exception into the eddy_error_* strings: its class
 * name, str() and the report CPython would print. */
static void capture_exception(EddyVM *vm) {
  Value exc = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  clear_error(vm);
  if (IS_UNDEF(exc)) return;
  gc_push_root(vm, exc);
  const char *type = vm_type_name(vm, exc);
  keep(&API(vm)->error_type, type, strlen(type));
  ByteBuf msg;
  buf_init(&msg);
  if (value_str(vm, exc, &msg))
    keep(&API(vm)->error_message, msg.data ? msg.data : "", msg.len);
  else
    vm->task->exception = UNDEF_VAL;
  buf_free(&msg);
  VMWriteFn saved = vm->write_err;
  vm->write_err = capture_write;
  exception_print(vm, exc);
  vm->write_err = saved;
  gc_pop_roots(vm, 1);
}

/* The failure of an API call: taken at once when the host made it,
 * left pending for the script inside a native. Returns false. */
static bool fail(EddyVM *vm) {
  if (API(vm)->native_depth == 0) capture_exception(vm);
  return false;
}

/* fail() for functions returning a status. */
static EddyStatus fail_status(EddyVM *vm) {
  fail(vm);
  return EDDY_RUNTIME_ERROR;
}

EDDY_API const char *eddy_error_type(EddyVM *vm) {
  return API(vm)->error_type.data ? API(vm)->error_type.data : "";
}

EDDY_API const char *eddy_error_message(EddyVM *vm) {
  return API(vm)->error_message.data ? API(vm)->error_message.data : "";
}

EDDY_API const char *eddy_error_traceback(EddyVM *vm) {
  return vm->last_error.data ? vm->last_error.data : "";
}

/* The built-in exception class called [name], or NULL. */
static ObjClass *exception_class(EddyVM *vm, const char *name) {
  ObjStr *key = str_intern_cstr(vm, name);
  Value v = key ? dict_get_str(vm->builtins, key) : UNDEF_VAL;
  if (!IS_CLASS(v) || !class_is_subclass(AS_CLASS(v), vm->exc.BaseException))
    return NULL;
  return AS_CLASS(v);
}

/* Raises the built-in exception [type] with [message]. */
static bool raise_named(EddyVM *vm, const char *type, const char *message) {
  ObjClass *cls = exception_class(vm, type);
  if (!cls)
    return vm_raise(vm, vm->exc.SystemError, "unknown exception type '%s': %s",
                    type, message);
  return vm_raise(vm, cls, "%s", message);
}

EDDY_API bool eddy_raise(EddyVM *vm, const char *type, const char *fmt, ...) {
  char text[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(text, sizeof text, fmt, ap);
  va_end(ap);
  raise_named(vm, type, text);
  return fail(vm);
}

/* ---- lifecycle ---------------------------------------------------------- */

/* Makes sys.path the host's [paths]. */
static bool set_module_paths(EddyVM *vm, const char *const *paths) {
  ObjList *list = list_new(vm, 0);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  bool ok = true;
  for (int i = 0; ok && paths[i]; i++) {
    ObjStr *s = str_from_cstr(vm, paths[i]);
    ok = s && list_append(vm, list, OBJ_VAL(s));
  }
  Value sys = UNDEF_VAL;
  ObjStr *name = ok ? str_intern_cstr(vm, "sys") : NULL;
  ok = name && import_name(vm, vm->builtins, name, NONE_VAL, INT_VAL(0), &sys);
  ok = ok && value_setattr(vm, sys, str_intern_cstr(vm, "path"),
                           OBJ_VAL(list));
  gc_pop_roots(vm, 1);
  return ok;
}

/* Leaves out the modules the host excluded: None in sys.modules makes
 * their import fail, and open() leaves the built-ins. */
static bool exclude_modules(EddyVM *vm, unsigned exclude) {
  static const struct {
    unsigned bit;
    const char *name;
  } blocked[] = {{EDDY_EXCLUDE_FFI, "ffi"},
                 {EDDY_EXCLUDE_OS, "os"},
                 {EDDY_EXCLUDE_OS, "os.path"},
                 {EDDY_EXCLUDE_OS, "posix"}};
  for (size_t i = 0; i < sizeof blocked / sizeof blocked[0]; i++) {
    if (!(exclude & blocked[i].bit)) continue;
    ObjStr *key = str_intern_cstr(vm, blocked[i].name);
    if (!key || !dict_set_str(vm, vm->modules, key, NONE_VAL)) return false;
  }
  if (exclude & EDDY_EXCLUDE_OPEN) {
    ObjStr *key = str_intern_cstr(vm, "open");
    if (!key) return false;
    dict_delete_str(vm->builtins, key);
  }
  return true;
}

/* Applies what eddy_new configures after the VM exists. */
static bool configure(EddyVM *vm, const EddyConfig *config) {
  if (!api_state_init(vm, config)) return false;
  if (config->module_paths && !set_module_paths(vm, config->module_paths))
    return false;
  if (!exclude_modules(vm, config->exclude)) return false;
  vm->task->exception = UNDEF_VAL;
  vm->memory_limit = config->memory_limit;
  return true;
}

EDDY_API EddyVM *eddy_new(const EddyConfig *config) {
  EddyConfig defaults;
  memset(&defaults, 0, sizeof defaults);
  if (!config) config = &defaults;
  EddyVM *vm = vm_new_with_allocator(config->alloc, config->alloc_user);
  if (!vm) return NULL;
  if (!configure(vm, config)) {
    eddy_free(vm);
    return NULL;
  }
  return vm;
}

EDDY_API void eddy_free(EddyVM *vm) { vm_free(vm); }

EDDY_API void *eddy_user_data(EddyVM *vm) { return API(vm)->user_data; }

/* ---- running code --------------------------------------------------------- */

/* The __main__ module, made on first use. */
static ObjModule *main_module(EddyVM *vm) {
  ObjStr *name = vm->str.main;
  Value existing = dict_get_str(vm->modules, name);
  if (IS_MODULE(existing)) return AS_MODULE(existing);
  ObjModule *module = import_new_module(vm, "__main__");
  if (!module || !import_register(vm, "__main__", module)) return NULL;
  return module;
}

/* Keeps the report of the syntax error [diag] in [name]'s [source]. */
static void capture_syntax(EddyVM *vm, const SyntaxDiag *diag,
                           const char *name, const char *source) {
  const char *type = diag_kind_name(diag->kind);
  keep(&API(vm)->error_type, type, strlen(type));
  keep(&API(vm)->error_message, diag->message, strlen(diag->message));
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  if (!mem) return;
  diag_print(diag, name, source, mem);
  fclose(mem);
  keep(&vm->last_error, text, len);
  free(text);
}

/* Runs [source] in __main__; [in_loop] marks the VM's loop running. */
static EddyStatus run_source(EddyVM *vm, const char *source, const char *name,
                             bool in_loop) {
  clear_error(vm);
  api_enter(vm);
  ObjModule *module = main_module(vm);
  if (!module) return fail_status(vm);
  ObjLoop *loop = in_loop ? loop_session(vm) : NULL;
  if (in_loop && (!loop || !loop_enter(vm, loop))) return fail_status(vm);
  SyntaxDiag diag = {0};
  int status = vm_exec_source(vm, source, strlen(source), name, module, &diag);
  if (in_loop) loop_leave(vm, loop);
  if (status == 1) {
    capture_syntax(vm, &diag, name, source);
    return EDDY_SYNTAX_ERROR;
  }
  if (status == 2) return fail_status(vm);
  return EDDY_OK;
}

EDDY_API EddyStatus eddy_run_string(EddyVM *vm, const char *source,
                                    const char *name) {
  return run_source(vm, source, name, false);
}

EDDY_API EddyStatus eddy_run_in_loop(EddyVM *vm, const char *source,
                                     const char *name) {
  return run_source(vm, source, name, true);
}

EDDY_API EddyStatus eddy_run_file(EddyVM *vm, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    clear_error(vm);
    keep(&API(vm)->error_type, "FileNotFoundError", 17);
    ByteBuf msg;
    buf_init(&msg);
    if (buf_printf(&msg, "can't open file '%s'", path)) {
      keep(&API(vm)->error_message, msg.data, msg.len);
      if (buf_append(&msg, "\n", 1)) keep(&vm->last_error, msg.data, msg.len);
    }
    buf_free(&msg);
    return EDDY_RUNTIME_ERROR;
  }
  ByteBuf src;
  buf_init(&src);
  char chunk[65536];
  size_t n;
  bool ok = true;
  while (ok && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
    ok = buf_append(&src, chunk, n);
  fclose(f);
  ok = ok && buf_append(&src, "", 0);
  EddyStatus status = EDDY_RUNTIME_ERROR;
  if (ok)
    status = eddy_run_string(vm, src.data, path);
  else
    vm_raise_memory(vm), fail(vm);
  buf_free(&src);
  return status;
}

/* ---- slots ---------------------------------------------------------------- */

EDDY_API bool eddy_ensure_slots(EddyVM *vm, int count) {
  return api_ensure(vm, count) || fail(vm);
}

EDDY_API int eddy_slot_count(EddyVM *vm) { return API(vm)->count; }

EDDY_API EddyType eddy_slot_type(EddyVM *vm, int slot) {
  if (slot < 0 || slot >= API(vm)->count) return EDDY_TYPE_NONE;
  Value v = API(vm)->slots[API(vm)->base + slot];
  if (IS_NONE(v) || IS_UNDEF(v)) return EDDY_TYPE_NONE;
  if (IS_BOOL(v)) return EDDY_TYPE_BOOL;
  if (IS_INT(v) || IS_BIGINT(v)) return EDDY_TYPE_INT;
  if (IS_FLOAT(v)) return EDDY_TYPE_FLOAT;
  if (IS_STR(v)) return EDDY_TYPE_STRING;
  if (IS_LIST(v)) return EDDY_TYPE_LIST;
  if (IS_DICT(v)) return EDDY_TYPE_DICT;
  if (IS_TUPLE(v)) return EDDY_TYPE_TUPLE;
  return EDDY_TYPE_OTHER;
}

/* Stores [v] in [slot]; false after raising for a bad slot. */
static bool put(EddyVM *vm, int slot, Value v) {
  Value *p = api_slot(vm, slot);
  if (!p) return fail(vm);
  *p = v;
  return true;
}

/* Stores the new object [obj] (NULL: its allocation raised) in [slot]. */
static bool put_obj(EddyVM *vm, int slot, Obj *obj) {
  if (!obj) return fail(vm);
  return put(vm, slot, OBJ_VAL(obj));
}

/* The value in [slot] into [*out]; false after raising for a bad slot. */
static bool get(EddyVM *vm, int slot, Value *out) {
  Value *p = api_slot(vm, slot);
  if (!p) return false;
  *out = *p;
  return true;
}

EDDY_API bool eddy_set_none(EddyVM *vm, int slot) {
  return put(vm, slot, NONE_VAL);
}

EDDY_API bool eddy_set_bool(EddyVM *vm, int slot, bool value) {
  return put(vm, slot, BOOL_VAL(value));
}

EDDY_API bool eddy_set_int(EddyVM *vm, int slot, long long value) {
  return put(vm, slot, INT_VAL((int64_t)value));
}

EDDY_API bool eddy_set_float(EddyVM *vm, int slot, double value) {
  return put(vm, slot, FLOAT_VAL(value));
}

EDDY_API bool eddy_set_string(EddyVM *vm, int slot, const char *text,
                              size_t len) {
  if (!api_slot(vm, slot)) return fail(vm);
  if (!text || !unicode_valid_utf8(text, len)) {
    vm_raise(vm, vm->exc.ValueError, "string is not valid UTF-8");
    return fail(vm);
  }
  return put_obj(vm, slot, (Obj *)str_new(vm, text, len));
}

EDDY_API bool eddy_set_new_list(EddyVM *vm, int slot) {
  if (!api_slot(vm, slot)) return fail(vm);
  return put_obj(vm, slot, (Obj *)list_new(vm, 0));
}

EDDY_API bool eddy_set_new_dict(EddyVM *vm, int slot) {
  if (!api_slot(vm, slot)) return fail(vm);
  return put_obj(vm, slot, (Obj *)dict_new(vm));
}

/* Checks that slots [first]..[first]+count-1 exist. */
static bool check_range(EddyVM *vm, int first, int count) {
  if (count < 0)
    return vm_raise(vm, vm->exc.SystemError, "negative slot count %d", count);
  return count == 0 ||
         (api_slot(vm, first) && api_slot(vm, first + count - 1));
}

EDDY_API bool eddy_set_new_tuple(EddyVM *vm, int slot, int first, int count) {
  if (!api_slot(vm, slot) || !check_range(vm, first, count)) return fail(vm);
  ObjTuple *t = tuple_new(vm, (size_t)count);
  if (!t) return fail(vm);
  ApiState *api = API(vm); /* the slots may have moved: index afresh */
  for (int i = 0; i < count; i++) t->items[i] = api->slots[api->base + first + i];
  return put(vm, slot, OBJ_VAL(t));
}

EDDY_API bool eddy_copy_slot(EddyVM *vm, int to, int from) {
  Value v;
  return (get(vm, from, &v) || fail(vm)) && put(vm, to, v);
}

EDDY_API bool eddy_get_bool(EddyVM *vm, int slot, bool *out) {
  Value v;
  return (get(vm, slot, &v) && value_truthy(vm, v, out)) || fail(vm);
}

EDDY_API bool eddy_get_int(EddyVM *vm, int slot, long long *out) {
  Value v;
  if (!get(vm, slot, &v)) return fail(vm);
  if (!IS_INT(v) && !IS_BIGINT(v) && !IS_BOOL(v)) {
    vm_raise(vm, vm->exc.TypeError, "expected int, got %s",
             vm_type_name(vm, v));
    return fail(vm);
  }
  int64_t i;
  if (!int_to_int64(vm, v, &i)) return fail(vm);
  *out = (long long)i;
  return true;
}

EDDY_API bool eddy_get_float(EddyVM *vm, int slot, double *out) {
  Value v;
  if (!get(vm, slot, &v)) return fail(vm);
  if (IS_FLOAT(v)) {
    *out = AS_FLOAT(v);
    return true;
  }
  long long i;
  if (IS_INT(v) || IS_BOOL(v)) {
    if (!eddy_get_int(vm, slot, &i)) return false;
    *out = (double)i;
    return true;
  }
  vm_raise(vm, vm->exc.TypeError, "expected float, got %s",
           vm_type_name(vm, v));
  return fail(vm);
}

EDDY_API const char *eddy_get_string(EddyVM *vm, int slot, size_t *len) {
  Value v;
  if (!get(vm, slot, &v)) return fail(vm), NULL;
  if (!IS_STR(v)) {
    vm_raise(vm, vm->exc.TypeError, "expected str, got %s",
             vm_type_name(vm, v));
    return fail(vm), NULL;
  }
  if (len) *len = AS_STR(v)->length;
  return AS_STR(v)->chars;
}

/* ---- containers, attributes, globals, calls -------------------------------- */

EDDY_API bool eddy_len(EddyVM *vm, int slot, long long *out) {
  Value v;
  int64_t n;
  if (!get(vm, slot, &v) || !value_len(vm, v, &n)) return fail(vm);
  *out = (long long)n;
  return true;
}

EDDY_API bool eddy_list_append(EddyVM *vm, int list, int value) {
  Value l, v;
  if (!get(vm, list, &l) || !get(vm, value, &v)) return fail(vm);
  if (!IS_LIST(l)) {
    vm_raise(vm, vm->exc.TypeError, "expected list, got %s",
             vm_type_name(vm, l));
    return fail(vm);
  }
  return list_append(vm, AS_LIST(l), v) || fail(vm);
}

EDDY_API bool eddy_get_item(EddyVM *vm, int container, int key, int dest) {
  Value c, k, out;
  if (!get(vm, container, &c) || !get(vm, key, &k) || !api_slot(vm, dest) ||
      !value_getitem(vm, c, k, &out))
    return fail(vm);
  return put(vm, dest, out);
}

EDDY_API bool eddy_set_item(EddyVM *vm, int container, int key, int value) {
  Value c, k, v;
  if (!get(vm, container, &c) || !get(vm, key, &k) || !get(vm, value, &v) ||
      !value_setitem(vm, c, k, v))
    return fail(vm);
  return true;
}

EDDY_API bool eddy_get_index(EddyVM *vm, int sequence, long long index,
                             int dest) {
  Value s, out;
  if (!get(vm, sequence, &s) || !api_slot(vm, dest) ||
      !value_getitem(vm, s, INT_VAL((int64_t)index), &out))
    return fail(vm);
  return put(vm, dest, out);
}

/* [name] as an interned str; NULL after raising. */
static ObjStr *name_str(EddyVM *vm, const char *name) {
  if (!name) {
    vm_raise(vm, vm->exc.SystemError, "NULL name");
    return NULL;
  }
  return str_intern_cstr(vm, name);
}

EDDY_API bool eddy_get_attr(EddyVM *vm, int obj, const char *name, int dest) {
  Value o, out;
  ObjStr *key;
  if (!get(vm, obj, &o) || !api_slot(vm, dest) || !(key = name_str(vm, name)) ||
      !value_getattr(vm, o, key, &out))
    return fail(vm);
  return put(vm, dest, out);
}

EDDY_API bool eddy_set_attr(EddyVM *vm, int obj, const char *name, int value) {
  Value o, v;
  ObjStr *key;
  if (!get(vm, obj, &o) || !get(vm, value, &v) || !(key = name_str(vm, name)) ||
      !value_setattr(vm, o, key, v))
    return fail(vm);
  return true;
}

/* The module [name] (NULL: __main__) from sys.modules; NULL after
 * raising. */
static ObjModule *find_module(EddyVM *vm, const char *name) {
  if (!name) return main_module(vm);
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return NULL;
  Value m = dict_get_str(vm->modules, key);
  if (IS_MODULE(m)) return AS_MODULE(m);
  vm_raise(vm, vm->exc.ModuleNotFoundError, "No module named '%s'", name);
  return NULL;
}

EDDY_API bool eddy_get_global(EddyVM *vm, const char *module,
                              const char *name, int dest) {
  ObjModule *m;
  ObjStr *key;
  if (!api_slot(vm, dest) || !(m = find_module(vm, module)) ||
      !(key = name_str(vm, name)))
    return fail(vm);
  Value v = dict_get_str(m->dict, key);
  if (IS_UNDEF(v)) v = dict_get_str(vm->builtins, key);
  if (IS_UNDEF(v)) {
    vm_raise(vm, vm->exc.NameError, "name '%s' is not defined", name);
    return fail(vm);
  }
  return put(vm, dest, v);
}

EDDY_API bool eddy_set_global(EddyVM *vm, const char *module,
                              const char *name, int value) {
  Value v;
  ObjModule *m;
  ObjStr *key;
  if (!get(vm, value, &v) || !(m = find_module(vm, module)) ||
      !(key = name_str(vm, name)) || !dict_set_str(vm, m->dict, key, v))
    return fail(vm);
  return true;
}

EDDY_API bool eddy_import(EddyVM *vm, const char *name, int dest) {
  ObjStr *key;
  Value out;
  if (!api_slot(vm, dest) || !(key = name_str(vm, name))) return fail(vm);
  api_enter(vm);
  /* A non-empty fromlist makes the result the module itself. */
  if (!import_name(vm, vm->builtins, key, OBJ_VAL(key), INT_VAL(0), &out))
    return fail(vm);
  return put(vm, dest, out);
}

/* Calls [callable] with the slots [first].. as arguments into [dest]. */
static bool call_into(EddyVM *vm, Value callable, int first, int nargs,
                      int dest) {
  if (!check_range(vm, first, nargs) || !api_slot(vm, dest)) return fail(vm);
  api_enter(vm);
  Value small[8];
  Value *args = nargs <= 8 ? small : malloc(sizeof(Value) * (size_t)nargs);
  if (!args) return vm_raise_memory(vm), fail(vm);
  if (nargs) memcpy(args, api_slot(vm, first), sizeof(Value) * (size_t)nargs);
  Value result;
  gc_push_root(vm, callable);
  bool ok = vm_call(vm, callable, args, nargs, NULL, &result);
  gc_pop_roots(vm, 1);
  if (args != small) free(args);
  if (!ok) return fail(vm);
  return put(vm, dest, result);
}

EDDY_API bool eddy_call(EddyVM *vm, int callable, int first, int nargs,
                        int dest) {
  Value fn;
  if (!get(vm, callable, &fn)) return fail(vm);
  return call_into(vm, fn, first, nargs, dest);
}

EDDY_API bool eddy_call_method(EddyVM *vm, int obj, const char *name,
                               int first, int nargs, int dest) {
  Value o, method;
  ObjStr *key;
  if (!get(vm, obj, &o) || !(key = name_str(vm, name)) ||
      !value_getattr(vm, o, key, &method))
    return fail(vm);
  return call_into(vm, method, first, nargs, dest);
}

/* ---- handles ------------------------------------------------------------------ */

EDDY_API EddyHandle *eddy_handle_new(EddyVM *vm, int slot) {
  Value v;
  if (!get(vm, slot, &v)) return fail(vm), NULL;
  EddyHandle *h = malloc(sizeof *h);
  if (!h) return vm_raise_memory(vm), fail(vm), NULL;
  h->value = v;
  h->prev = NULL;
  h->next = API(vm)->handles;
  if (h->next) h->next->prev = h;
  API(vm)->handles = h;
  return h;
}

EDDY_API bool eddy_set_handle(EddyVM *vm, int slot, EddyHandle *handle) {
  if (!handle) {
    vm_raise(vm, vm->exc.SystemError, "NULL handle");
    return fail(vm);
  }
  return put(vm, slot, handle->value);
}

EDDY_API void eddy_handle_release(EddyVM *vm, EddyHandle *handle) {
  if (!handle) return;
  if (handle->prev)
    handle->prev->next = handle->next;
  else
    API(vm)->handles = handle->next;
  if (handle->next) handle->next->prev = handle->prev;
  free(handle);
}

/* ---- native functions and modules --------------------------------------------- */

/* What a host function carries: the C function and its pointer. */
typedef struct ObjHostFn {
  ObjNativeData base;
  EddyNativeFn fn; /* the host's function */
  void *user;      /* its pointer */
  ObjStr *name;    /* its name, for errors */
} ObjHostFn;

/* Marks the name of a host function. */
static void host_fn_mark(EddyVM *vm, Obj *obj) {
  gc_mark_object(vm, (Obj *)((ObjHostFn *)obj)->name);
}

static const NativeDataKind host_fn_kind = {
    "host_function", sizeof(ObjHostFn), host_fn_mark, NULL, NULL, NULL};

/* Runs the host function [fn] with [nargs] arguments at [args] in a new
 * slot frame; its slot 0 becomes [*result]. */
static bool run_host_fn(EddyVM *vm, ObjHostFn *fn, Value *args, int nargs,
                        Value *result) {
  int saved[2];
  if (!api_push_frame(vm, nargs + 1, saved)) return false;
  ApiState *api = API(vm);
  for (int i = 0; i < nargs; i++) api->slots[api->base + 1 + i] = args[i];
  api->native_depth++;
  bool ok = fn->fn(vm, nargs, fn->user);
  api->native_depth--;
  *result = API(vm)->slots[API(vm)->base];
  api_pop_frame(vm, saved);
  if (!ok && IS_UNDEF(vm->task->exception))
    return vm_raise(vm, vm->exc.SystemError,
                    "%s() returned false without raising", fn->name->chars);
  return ok;
}

/* The NativeFn of every host function: args[0] is the ObjHostFn the
 * ObjNative is bound to. */
static bool host_trampoline(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  ObjHostFn *fn = (ObjHostFn *)AS_OBJ(args[0]);
  if (!native_no_kwargs(vm, fn->name->chars, kwnames)) return false;
  return run_host_fn(vm, fn, args + 1, nargs - 1, result);
}

/* The dict host functions of [module] go into (NULL: builtins). */
static ObjDict *target_dict(EddyVM *vm, const char *module) {
  if (!module) return vm->builtins;
  ObjModule *m = find_module(vm, module);
  return m ? m->dict : NULL;
}

EDDY_API bool eddy_define_module(EddyVM *vm, const char *name) {
  if (!name) return vm_raise(vm, vm->exc.SystemError, "NULL name"), fail(vm);
  ObjModule *m = import_new_module(vm, name);
  if (!m || !import_register(vm, name, m)) return fail(vm);
  return true;
}

/* Makes the built-in [name] calling [fn]; NULL after raising. */
static ObjNative *make_host_native(EddyVM *vm, const char *name,
                                   EddyNativeFn fn, void *user) {
  ObjStr *s = str_intern_cstr(vm, name);
  if (!s) return NULL;
  gc_push_root(vm, OBJ_VAL(s));
  ObjHostFn *rec = (ObjHostFn *)gc_new_object(vm, sizeof(ObjHostFn),
                                              OBJ_NATIVE_DATA, vm->types.object);
  gc_pop_roots(vm, 1);
  if (!rec) return NULL;
  rec->base.kind = &host_fn_kind;
  rec->fn = fn;
  rec->user = user;
  rec->name = s;
  gc_push_root(vm, OBJ_VAL(rec));
  ObjNative *native = native_new(vm, name, host_trampoline);
  if (native) native->self = OBJ_VAL(rec);
  gc_pop_roots(vm, 1);
  return native;
}

EDDY_API bool eddy_define_function(EddyVM *vm, const char *module,
                                   const char *name, EddyNativeFn fn,
                                   void *user) {
  ObjDict *dict;
  ObjStr *key;
  if (!name || !fn) {
    vm_raise(vm, vm->exc.SystemError, "NULL name or function");
    return fail(vm);
  }
  if (!(dict = target_dict(vm, module))) return fail(vm);
  gc_push_root(vm, OBJ_VAL(dict));
  ObjNative *native = make_host_native(vm, name, fn, user);
  if (!native) {
    gc_pop_roots(vm, 1);
    return fail(vm);
  }
  gc_push_root(vm, OBJ_VAL(native));
  bool ok = (key = str_intern_cstr(vm, name)) &&
            dict_set_str(vm, dict, key, OBJ_VAL(native));
  gc_pop_roots(vm, 2);
  return ok || fail(vm);
}

/* ---- async native functions ------------------------------------------------------ */

/* Unlinks [f] from the pending futures and frees it. */
static void future_drop(EddyVM *vm, EddyFuture *f) {
  ApiState *api = API(vm);
  if (f->prev)
    f->prev->next = f->next;
  else
    api->futures = f->next;
  if (f->next) f->next->prev = f->prev;
  free(f->text);
  free(f);
}

/* The done callback of a host future: tells the host about a
 * cancellation. args[0] is the handle record, args[1] the future. */
static bool future_done(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  (void)kwnames;
  *result = NONE_VAL;
  if (nargs < 2 || !IS_FUTURE(vm, args[1])) return true;
  if (AS_FUTURE(args[1])->state != FUTURE_CANCELLED) return true;
  for (EddyFuture *f = API(vm)->futures; f; f = f->next) {
    if (!value_is(f->future, args[1]) || !f->on_cancel) continue;
    f->on_cancel(f, f->user);
    break;
  }
  return true;
}

/* The loop the futures made now belong to: the running one, else the
 * VM's own. */
static ObjLoop *current_loop(EddyVM *vm) {
  if (vm->aio && ((AsyncState *)vm->aio)->running_loop)
    return ((AsyncState *)vm->aio)->running_loop;
  return loop_session(vm);
}

/* Makes the asyncio Future of a host future, with its done callback. */
static ObjFuture *new_host_future(EddyVM *vm) {
  ObjLoop *loop = current_loop(vm);
  if (!loop) return NULL;
  ObjFuture *fut = future_new(vm, loop);
  if (!fut) return NULL;
  gc_push_root(vm, OBJ_VAL(fut));
  ObjNative *cb = native_new(vm, "_host_future_done", future_done);
  bool ok = cb && (cb->self = OBJ_VAL(fut), true) &&
            future_add_callback(vm, fut, OBJ_VAL(cb));
  gc_pop_roots(vm, 1);
  return ok ? fut : NULL;
}

EDDY_API EddyFuture *eddy_future_new(EddyVM *vm, int slot,
                                     EddyCancelFn on_cancel, void *user) {
  if (!api_slot(vm, slot)) return fail(vm), NULL;
  ObjFuture *fut = new_host_future(vm);
  if (!fut) return fail(vm), NULL;
  EddyFuture *f = calloc(1, sizeof *f);
  if (!f) return vm_raise_memory(vm), fail(vm), NULL;
  f->vm = vm;
  f->future = OBJ_VAL(fut);
  f->loop = fut->loop;
  f->on_cancel = on_cancel;
  f->user = user;
  f->next = API(vm)->futures;
  if (f->next) f->next->prev = f;
  API(vm)->futures = f;
  put(vm, slot, OBJ_VAL(fut));
  return f;
}

EDDY_API void *eddy_future_user(EddyFuture *future) { return future->user; }

/* Produces the result of [f] into [*out] on the VM's thread; false
 * after raising (the future then fails with that exception). */
static bool settle_value(EddyVM *vm, EddyFuture *f, Value *out) {
  switch (f->kind) {
  case SETTLE_INT: *out = INT_VAL((int64_t)f->number); return true;
  case SETTLE_STRING: {
    ObjStr *s = str_new(vm, f->text, f->text_len);
    *out = s ? OBJ_VAL(s) : UNDEF_VAL;
    return s != NULL;
  }
  case SETTLE_REJECT: return raise_named(vm, f->type, f->text ? f->text : "");
  case SETTLE_CALL: break;
  }
  *out = NONE_VAL;
  if (!f->make) return true;
  ObjHostFn rec = {.fn = f->make, .user = f->make_user, .name = vm->str.empty};
  API(vm)->native_depth++; /* errors stay pending, for the future */
  bool ok = run_host_fn(vm, &rec, NULL, 0, out);
  API(vm)->native_depth--;
  return ok;
}

/* Runs on the loop's thread (loop_post_threadsafe): completes the
 * asyncio Future of [data], an EddyFuture, unless it was cancelled. */
static void settle(EddyVM *vm, void *data) {
  EddyFuture *f = data;
  ObjFuture *fut = AS_FUTURE(f->future);
  if (fut->state == FUTURE_PENDING) {
    Value v;
    Value saved = vm->task->exception;
    vm->task->exception = UNDEF_VAL;
    bool ok;
    if (settle_value(vm, f, &v)) {
      ok = future_set_result(vm, fut, v);
    } else {
      ok = future_set_raised(vm, fut);
    }
    if (!ok) vm->task->exception = UNDEF_VAL; /* nothing to report it to */
    vm->task->exception = saved;
  }
  future_drop(vm, f);
}

/* Claims [f] for its one completion and posts it to its loop. */
static bool post_settle(EddyFuture *f) {
  return loop_post_threadsafe((ObjLoop *)f->loop, settle, f);
}

/* True for the first completion of [f] only. */
static bool claim(EddyFuture *f) {
  return f && __atomic_exchange_n(&f->claimed, 1, __ATOMIC_ACQ_REL) == 0;
}

EDDY_API bool eddy_future_resolve(EddyFuture *future, EddyNativeFn make,
                                  void *user) {
  if (!claim(future)) return false;
  future->kind = SETTLE_CALL;
  future->make = make;
  future->make_user = user;
  return post_settle(future);
}

EDDY_API bool eddy_future_resolve_int(EddyFuture *future, long long value) {
  if (!claim(future)) return false;
  future->kind = SETTLE_INT;
  future->number = value;
  return post_settle(future);
}

/* Copies [len] bytes of [text] into [f]. */
static bool copy_text(EddyFuture *f, const char *text, size_t len) {
  f->text = malloc(len + 1);
  if (!f->text) return false;
  if (len) memcpy(f->text, text, len);
  f->text[len] = '\0';
  f->text_len = len;
  return true;
}

EDDY_API bool eddy_future_resolve_string(EddyFuture *future, const char *text,
                                         size_t len) {
  if (!claim(future)) return false;
  future->kind = SETTLE_STRING;
  if (!unicode_valid_utf8(text, len)) {
    future->kind = SETTLE_REJECT;
    snprintf(future->type, sizeof future->type, "ValueError");
    text = "string is not valid UTF-8";
    len = strlen(text);
  }
  if (!copy_text(future, text, len)) future->kind = SETTLE_CALL;
  return post_settle(future);
}

EDDY_API bool eddy_future_reject(EddyFuture *future, const char *type,
                                 const char *message) {
  if (!claim(future)) return false;
  future->kind = SETTLE_REJECT;
  snprintf(future->type, sizeof future->type, "%s", type ? type : "");
  if (!message) message = "";
  copy_text(future, message, strlen(message));
  return post_settle(future);
}

/* ---- the event loop under the host's control ----------------------------------- */

EDDY_API EddyStatus eddy_loop_step(EddyVM *vm, int timeout_ms) {
  ObjLoop *loop = loop_session(vm);
  if (!loop) return fail_status(vm);
  api_enter(vm);
  double timeout = timeout_ms < 0 ? -1.0 : timeout_ms / 1000.0;
  if (!loop_step(vm, loop, timeout)) return fail_status(vm);
  gc_run_finalizers(vm);
  return EDDY_OK;
}

EDDY_API double eddy_loop_next_deadline(EddyVM *vm) {
  ObjLoop *loop = loop_session(vm);
  if (!loop) {
    fail(vm);
    return -1;
  }
  return loop_next_timeout(loop);
}

EDDY_API int eddy_loop_fd(EddyVM *vm) {
  ObjLoop *loop = loop_session(vm);
  if (!loop) return fail(vm), -1;
  return loop_fd(loop);
}

EDDY_API bool eddy_loop_is_idle(EddyVM *vm) {
  ObjLoop *loop = loop_session(vm);
  if (!loop) return fail(vm), true;
  if (API(vm)->futures || loop_next_timeout(loop) >= 0) return false;
  Value tasks = loop->tasks;
  return !IS_DICT(tasks) || AS_DICT(tasks)->count == 0;
}

EDDY_API EddyStatus eddy_run_until_complete(EddyVM *vm, int slot) {
  Value v;
  if (!get(vm, slot, &v)) return fail_status(vm);
  if (IS_NONE(v)) {
    while (!eddy_loop_is_idle(vm)) {
      EddyStatus status = eddy_loop_step(vm, -1);
      if (status != EDDY_OK) return status;
    }
    return EDDY_OK;
  }
  ObjLoop *loop = loop_session(vm);
  if (!loop) return fail_status(vm);
  api_enter(vm);
  Value out;
  if (!loop_run_until_complete(vm, loop, v, &out)) return fail_status(vm);
  gc_run_finalizers(vm);
  return put(vm, slot, out) ? EDDY_OK : EDDY_RUNTIME_ERROR;
}
