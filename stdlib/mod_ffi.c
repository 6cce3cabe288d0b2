/* mod_ffi.c: the ffi module's functions and its per-VM state (see
 * mod_ffi.h).
 *
 * The state (vm->ffi) is made on the first `import ffi` and lives until
 * the VM is freed: the module's classes, ffi.NULL and the worker pool.
 * A host that sets vm->ffi_disabled (`eddy --no-ffi`) makes the import
 * fail with ImportError before any of it exists.
 */
#include <string.h>

#include "stdlib/mod_common.h"
#include "stdlib/mod_ffi.h"
#include "stdlib/modules.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_bytes.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/vm_types.h"

/* ---- memory ---------------------------------------------------------------- */

/* ffi.buffer(n) / ffi.buffer(bytes) */
static bool f_buffer(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  if (!native_no_kwargs(vm, "buffer", kw) ||
      !native_check_count(vm, "buffer", nargs, 1, 1))
    return false;
  int64_t n;
  bool from_bytes = IS_BYTES(args[0]);
  if (from_bytes) {
    n = (int64_t)AS_BYTES(args[0])->length;
  } else if (!IS_ANY_INT(args[0])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "ffi.buffer() takes a size (int) or bytes, not %s",
                    vm_type_name(vm, args[0]));
  } else if (!int_to_int64(vm, args[0], &n)) {
    return false;
  }
  if (n < 0)
    return vm_raise(vm, vm->exc.ValueError, "ffi.buffer() size must be >= 0");
  FfiBuffer *b = ffi_buffer_new(vm, FFI(vm)->buffer_class, (size_t)n);
  if (!b) return false;
  if (from_bytes) memcpy(b->data, AS_BYTES(args[0])->data, (size_t)n);
  *result = OBJ_VAL(b);
  return true;
}

/* Stores the items of the list or tuple [init] in the array [arr]. */
static bool array_fill(EddyVM *vm, Value arr, Value init) {
  Value t;
  if (!tuple_from_iterable(vm, init, &t)) return false;
  gc_push_root(vm, t);
  ObjTuple *items = AS_TUPLE(t);
  bool ok = true;
  for (size_t i = 0; ok && i < items->length; i++)
    ok = AS_OBJ(arr)->cls->ops->setitem(vm, arr, INT_VAL((int64_t)i),
                                        items->items[i]);
  gc_pop_roots(vm, 1);
  return ok;
}

/* ffi.array(type, n) / ffi.array(type, items) */
static bool f_array(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                    Value *result) {
  FfiType t;
  int64_t n;
  if (!native_no_kwargs(vm, "array", kw) ||
      !native_check_count(vm, "array", nargs, 2, 2) ||
      !ffi_type_resolve(vm, args[0], false, &t))
    return false;
  Value init = args[1];
  if (IS_LIST(init) || IS_TUPLE(init)) {
    n = (int64_t)(IS_LIST(init) ? AS_LIST(init)->length
                                : AS_TUPLE(init)->length);
  } else if (!IS_ANY_INT(init)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "ffi.array() takes a count (int) or a list, not %s",
                    vm_type_name(vm, init));
  } else if (!int_to_int64(vm, init, &n)) {
    return false;
  }
  if (n < 0 || (uint64_t)n > SIZE_MAX / 2 / t.size)
    return vm_raise(vm, vm->exc.ValueError, "ffi.array() count out of range");
  FfiBuffer *b = ffi_buffer_new(vm, FFI(vm)->array_class, (size_t)n * t.size);
  if (!b) return false;
  b->elem = args[0];
  b->count = (size_t)n;
  gc_push_root(vm, OBJ_VAL(b));
  bool ok = IS_ANY_INT(init) || array_fill(vm, OBJ_VAL(b), init);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(b);
  return ok;
}

/* ffi.addressof(buf[, offset]): a Pointer into a buffer, keeping it
 * alive. */
static bool f_addressof(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                        Value *result) {
  int64_t off = 0;
  if (!native_no_kwargs(vm, "addressof", kw) ||
      !native_check_count(vm, "addressof", nargs, 1, 2))
    return false;
  if (!ffi_is_buffer(vm, args[0]))
    return vm_raise(vm, vm->exc.TypeError,
                    "ffi.addressof() takes a buffer, struct or array, not %s",
                    vm_type_name(vm, args[0]));
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(args[0]);
  if (nargs == 2 && !int_to_int64(vm, args[1], &off)) return false;
  if (off < 0 || (uint64_t)off > b->size)
    return vm_raise(vm, vm->exc.IndexError,
                    "offset %lld is outside the buffer (%zu bytes)",
                    (long long)off, b->size);
  return ffi_pointer_new(vm, b->data + off, args[0], result);
}

/* The memory ffi.string reads: a buffer (bounded) or a Pointer. */
static bool string_source(EddyVM *vm, Value v, const uint8_t **p,
                          size_t *limit) {
  *limit = SIZE_MAX;
  if (ffi_is_buffer(vm, v)) {
    *p = ((FfiBuffer *)AS_OBJ(v))->data;
    *limit = ((FfiBuffer *)AS_OBJ(v))->size;
    return true;
  }
  void *addr;
  if (IS_NONE(v) || !ffi_address_of(vm, v, &addr, "ffi.string() argument"))
    return IS_NONE(v) ? vm_raise(vm, vm->exc.ValueError,
                                 "ffi.string() of a NULL pointer")
                      : false;
  if (!addr)
    return vm_raise(vm, vm->exc.ValueError, "ffi.string() of a NULL pointer");
  *p = addr;
  return true;
}

/* ffi.string(ptr, n=None): the bytes at [ptr] up to the first NUL, or
 * exactly [n] bytes. */
static bool f_string(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  static const char *const names[] = {"ptr", "n"};
  Value a[2];
  const uint8_t *p = NULL;
  size_t limit = 0, len;
  if (!native_parse_args(vm, "string", args, nargs, kw, names, 2, 1, 0, a) ||
      !string_source(vm, a[0], &p, &limit))
    return false;
  if (IS_UNDEF(a[1]) || IS_NONE(a[1])) {
    len = limit == SIZE_MAX ? strlen((const char *)p)
                            : strnlen((const char *)p, limit);
  } else {
    int64_t n;
    if (!int_to_int64(vm, a[1], &n)) return false;
    if (n < 0 || (uint64_t)n > limit)
      return vm_raise(vm, vm->exc.ValueError,
                      "ffi.string() length %lld is outside the buffer",
                      (long long)n);
    len = (size_t)n;
  }
  ObjBytes *b = bytes_new(vm, (const char *)p, len);
  if (!b) return false;
  *result = OBJ_VAL(b);
  return true;
}

/* ---- types ----------------------------------------------------------------- */

/* ffi.sizeof(type) */
static bool f_sizeof(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  FfiType t;
  if (!native_no_kwargs(vm, "sizeof", kw) ||
      !native_check_count(vm, "sizeof", nargs, 1, 1) ||
      !ffi_type_resolve(vm, args[0], false, &t))
    return false;
  *result = INT_VAL((int64_t)t.size);
  return true;
}

/* ffi.alignof(type) */
static bool f_alignof(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                      Value *result) {
  FfiType t;
  if (!native_no_kwargs(vm, "alignof", kw) ||
      !native_check_count(vm, "alignof", nargs, 1, 1) ||
      !ffi_type_resolve(vm, args[0], false, &t))
    return false;
  *result = INT_VAL((int64_t)t.align);
  return true;
}

/* ffi.offsetof(struct_class, field) */
static bool f_offsetof(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                       Value *result) {
  if (!native_no_kwargs(vm, "offsetof", kw) ||
      !native_check_count(vm, "offsetof", nargs, 2, 2))
    return false;
  FfiLayout *l = ffi_struct_layout(vm, args[0]);
  if (!l)
    return vm_raise(vm, vm->exc.TypeError,
                    "ffi.offsetof() takes a struct class, not %s",
                    vm_type_name(vm, args[0]));
  for (int i = 0; i < l->count; i++) {
    if (IS_STR(args[1]) &&
        str_equal(AS_STR(AS_TUPLE(l->names)->items[i]), AS_STR(args[1]))) {
      *result = INT_VAL((int64_t)l->offsets[i]);
      return true;
    }
  }
  return vm_raise(vm, vm->exc.ValueError, "%s has no field %s%s%s",
                  AS_CLASS(args[0])->name->chars, IS_STR(args[1]) ? "'" : "",
                  IS_STR(args[1]) ? AS_STR(args[1])->chars : "of that type",
                  IS_STR(args[1]) ? "'" : "");
}

bool ffi_check_self(EddyVM *vm, Value *args, int nargs,
                    const NativeDataKind *kind, const char *method) {
  if (nargs >= 1 && IS_NATIVE_DATA(args[0]) &&
      AS_NATIVE_DATA(args[0])->kind == kind)
    return true;
  if (nargs < 1)
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor '%s' of '%s' object needs an argument", method,
                    kind->name);
  return vm_raise(vm, vm->exc.TypeError,
                  "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                  "object",
                  method, kind->name, vm_type_name(vm, args[0]));
}

/* ---- the state --------------------------------------------------------------- */

/* Makes one class [name] of the module deriving from [base]. */
static bool make_class(EddyVM *vm, const char *name, ObjClass *base,
                       ObjClass **out) {
  *out = vm_new_builtin_class(vm, name, base, OBJ_NATIVE_DATA);
  if (!*out) return false;
  ObjStr *module = str_intern_cstr(vm, "ffi");
  if (!module) return false;
  (*out)->module = OBJ_VAL(module);
  return true;
}

/* Creates the classes of the module. */
static bool make_classes(EddyVM *vm, FfiState *st) {
  ObjClass *object = vm->types.object;
  return make_class(vm, "Library", object, &st->library_class) &&
         make_class(vm, "Function", object, &st->function_class) &&
         make_class(vm, "Buffer", object, &st->buffer_class) &&
         make_class(vm, "Array", st->buffer_class, &st->array_class) &&
         make_class(vm, "Struct", st->buffer_class, &st->struct_class) &&
         make_class(vm, "Pointer", object, &st->pointer_class) &&
         make_class(vm, "Layout", object, &st->layout_class) &&
         make_class(vm, "Callback", object, &st->callback_class) &&
         (st->layout_key = str_intern_cstr(vm, "__ffi_layout__")) != NULL;
}

/* Makes vm->ffi the first time the module is imported. */
static bool state_init(EddyVM *vm) {
  if (vm->ffi) return true;
  FfiState *st = calloc(1, sizeof *st);
  if (!st) return vm_raise_memory(vm);
  pthread_mutex_init(&st->lock, NULL);
  pthread_cond_init(&st->wake, NULL);
  st->null = NONE_VAL;
  vm->ffi = st;
  bool ok = make_classes(vm, st) && ffi_buffer_install(vm) &&
            ffi_struct_install(vm) && ffi_call_install(vm) &&
            ffi_callback_install(vm);
  if (!ok) ffi_free(vm); /* the next import starts again */
  return ok;
}

void ffi_mark(EddyVM *vm) {
  FfiState *st = FFI(vm);
  ObjClass *classes[] = {st->library_class, st->function_class,
                         st->buffer_class,  st->array_class,
                         st->struct_class,  st->pointer_class,
                         st->layout_class,  st->callback_class};
  for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
    if (classes[i]) gc_mark_object(vm, (Obj *)classes[i]);
  if (st->layout_key) gc_mark_object(vm, (Obj *)st->layout_key);
  gc_mark_value(vm, st->null);
  ffi_async_mark(vm);
}

void ffi_free(EddyVM *vm) {
  FfiState *st = FFI(vm);
  if (!st) return;
  ffi_async_free(vm);
  pthread_mutex_destroy(&st->lock);
  pthread_cond_destroy(&st->wake);
  free(st);
  vm->ffi = NULL;
}

/* ---- the module ----------------------------------------------------------------- */

static const ModuleFunction ffi_functions[] = {
    {"open", ffi_open},           {"buffer", f_buffer},
    {"array", f_array},           {"addressof", f_addressof},
    {"string", f_string},         {"sizeof", f_sizeof},
    {"alignof", f_alignof},       {"offsetof", f_offsetof},
    {"struct", ffi_struct_make},  {"callback", ffi_callback_make},
};

/* Stores the module's classes under their names. */
static bool export_classes(EddyVM *vm, ObjModule *module) {
  FfiState *st = FFI(vm);
  return mod_set_value(vm, module, "Library", OBJ_VAL(st->library_class)) &&
         mod_set_value(vm, module, "Function", OBJ_VAL(st->function_class)) &&
         mod_set_value(vm, module, "Buffer", OBJ_VAL(st->buffer_class)) &&
         mod_set_value(vm, module, "Array", OBJ_VAL(st->array_class)) &&
         mod_set_value(vm, module, "Struct", OBJ_VAL(st->struct_class)) &&
         mod_set_value(vm, module, "Pointer", OBJ_VAL(st->pointer_class)) &&
         mod_set_value(vm, module, "Callback", OBJ_VAL(st->callback_class));
}

bool mod_ffi_init(EddyVM *vm, ObjModule *module) {
  if (vm->ffi_disabled)
    return vm_raise(vm, vm->exc.ImportError,
                    "the ffi module is disabled in this interpreter "
                    "(eddy --no-ffi)");
  return state_init(vm) &&
         mod_define_functions(vm, module, ffi_functions,
                              sizeof ffi_functions / sizeof *ffi_functions) &&
         export_classes(vm, module) &&
         mod_set_value(vm, module, "NULL", FFI(vm)->null);
}
