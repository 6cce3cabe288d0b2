/* mod_ffi_buffer.c: Buffer, Array and Pointer (see mod_ffi.h).
 *
 * A Buffer is memory the module owns: zeroed by ffi.buffer(n) or copied
 * by ffi.buffer(bytes), freed with the object. Its reads and writes are
 * bounds-checked. Struct instances and arrays are buffers too (their
 * classes derive from Buffer), so read/write/len/bytes/addressof work on
 * all of them; an element of an array of structs is a view that keeps
 * the array alive.
 *
 * A Pointer is a bare address. Reads and writes through it cannot be
 * checked (only NULL is refused): that is the unsafe half of the module.
 * Pointer arithmetic counts bytes, as on a char*.
 */
#include <inttypes.h>
#include <string.h>

#include "stdlib/mod_ffi.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_bytes.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/number.h"
#include "vm/protocol.h"

/* ---- objects --------------------------------------------------------------- */

static void buffer_mark(EddyVM *vm, Obj *obj) {
  FfiBuffer *b = (FfiBuffer *)obj;
  gc_mark_value(vm, b->owner);
  gc_mark_value(vm, b->elem);
}

static void buffer_release(Obj *obj) {
  FfiBuffer *b = (FfiBuffer *)obj;
  if (b->owned) free(b->data);
  b->data = NULL;
}

static const NativeDataKind buffer_kind = {"Buffer", sizeof(FfiBuffer),
                                           buffer_mark, buffer_release, NULL,
                                           NULL};

/* A buffer object of class [cls] without memory yet. */
static FfiBuffer *buffer_shell(EddyVM *vm, ObjClass *cls) {
  FfiBuffer *b = (FfiBuffer *)gc_new_object(vm, sizeof(FfiBuffer),
                                            OBJ_NATIVE_DATA, cls);
  if (!b) return NULL;
  b->base.kind = &buffer_kind;
  b->owner = UNDEF_VAL;
  b->elem = UNDEF_VAL;
  return b;
}

FfiBuffer *ffi_buffer_new(EddyVM *vm, ObjClass *cls, size_t size) {
  FfiBuffer *b = buffer_shell(vm, cls);
  if (!b) return NULL;
  b->data = calloc(1, size ? size : 1);
  if (!b->data) {
    vm_raise_memory(vm);
    return NULL;
  }
  b->size = size;
  b->owned = true;
  return b;
}

FfiBuffer *ffi_buffer_view(EddyVM *vm, ObjClass *cls, uint8_t *data,
                           size_t size, Value owner) {
  gc_push_root(vm, owner);
  FfiBuffer *b = buffer_shell(vm, cls);
  gc_pop_roots(vm, 1);
  if (!b) return NULL;
  b->data = data;
  b->size = size;
  b->owner = owner;
  return b;
}

bool ffi_is_buffer(EddyVM *vm, Value v) {
  (void)vm;
  return IS_NATIVE_DATA(v) && AS_NATIVE_DATA(v)->kind == &buffer_kind;
}

static void pointer_mark(EddyVM *vm, Obj *obj) {
  gc_mark_value(vm, ((FfiPointer *)obj)->owner);
}

static const NativeDataKind pointer_kind = {"Pointer", sizeof(FfiPointer),
                                            pointer_mark, NULL, NULL, NULL};

static bool is_pointer(Value v) {
  return IS_NATIVE_DATA(v) && AS_NATIVE_DATA(v)->kind == &pointer_kind;
}

bool ffi_pointer_new(EddyVM *vm, void *addr, Value owner, Value *out) {
  gc_push_root(vm, owner);
  FfiPointer *p = (FfiPointer *)gc_new_object(
      vm, sizeof(FfiPointer), OBJ_NATIVE_DATA, FFI(vm)->pointer_class);
  gc_pop_roots(vm, 1);
  if (!p) return false;
  p->base.kind = &pointer_kind;
  p->addr = addr;
  p->owner = owner;
  *out = OBJ_VAL(p);
  return true;
}

bool ffi_address_of(EddyVM *vm, Value v, void **out, const char *what) {
  if (IS_NONE(v)) {
    *out = NULL;
    return true;
  }
  if (is_pointer(v)) {
    *out = ((FfiPointer *)AS_OBJ(v))->addr;
    return true;
  }
  if (ffi_is_buffer(vm, v)) {
    *out = ((FfiBuffer *)AS_OBJ(v))->data;
    return true;
  }
  void *code = ffi_callback_code(vm, v);
  if (code) {
    *out = code;
    return true;
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "%s must be a pointer (Pointer, buffer, Callback or None), "
                  "not %s",
                  what, vm_type_name(vm, v));
}

/* ---- reading and writing typed values ------------------------------------- */

/* Checks that [t] at [offset] lies inside a buffer of [size] bytes. */
static bool in_bounds(EddyVM *vm, const FfiType *t, int64_t offset,
                      size_t size, const char *op) {
  if (offset >= 0 && (uint64_t)offset <= size &&
      t->size <= size - (size_t)offset)
    return true;
  return vm_raise(vm, vm->exc.IndexError,
                  "%s of %s (%zu byte%s) at offset %" PRId64
                  " is outside the buffer (%zu bytes)",
                  op, t->name, t->size, t->size == 1 ? "" : "s", offset, size);
}

/* Parses the arguments (type, offset=0) of read() into [*t] and
 * [*off]. */
static bool parse_access(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                         FfiType *t, int64_t *off) {
  if (!native_no_kwargs(vm, "read", kw) ||
      !native_check_count(vm, "read", nargs - 1, 1, 2) ||
      !ffi_type_resolve(vm, args[1], false, t))
    return false;
  *off = 0;
  return nargs - 1 < 2 || int_to_int64(vm, args[2], off);
}

/* buf.read(type, offset=0) */
static bool m_buffer_read(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                          Value *result) {
  FfiType t;
  int64_t off;
  if (!ffi_check_self(vm, args, nargs, &buffer_kind, "read") ||
      !parse_access(vm, args, nargs, kw, &t, &off))
    return false;
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(args[0]);
  if (!in_bounds(vm, &t, off, b->size, "read")) return false;
  return ffi_from_c(vm, &t, b->data + off, result);
}

/* buf.write(type, offset, value) */
static bool m_buffer_write(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                           Value *result) {
  FfiType t;
  int64_t off;
  if (!ffi_check_self(vm, args, nargs, &buffer_kind, "write") ||
      !native_no_kwargs(vm, "write", kw) ||
      !native_check_count(vm, "write", nargs - 1, 3, 3) ||
      !ffi_type_resolve(vm, args[1], false, &t) ||
      !int_to_int64(vm, args[2], &off))
    return false;
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(args[0]);
  if (!in_bounds(vm, &t, off, b->size, "write")) return false;
  uint8_t tmp[t.size ? t.size : 1];
  if (!ffi_to_c(vm, &t, args[3], tmp, "write() value")) return false;
  memcpy(b->data + off, tmp, t.size);
  *result = NONE_VAL;
  return true;
}

static bool buffer_repr(EddyVM *vm, Value v, ByteBuf *out) {
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(v);
  if (!buf_printf(out, "<ffi.%s of %zu bytes at %p>",
                  AS_OBJ(v)->cls->name->chars, b->size, (void *)b->data))
    return vm_raise_memory(vm);
  return true;
}

bool ffi_buffer_len(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(v);
  *out = IS_UNDEF(b->elem) ? (int64_t)b->size : (int64_t)b->count;
  return true;
}

/* iter(buf): over a bytes copy, so bytes(buf) and list(buf) see the
 * bytes as they are now. */
bool ffi_buffer_iter(EddyVM *vm, Value v, Value *out) {
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(v);
  ObjBytes *copy = bytes_new(vm, (const char *)b->data, b->size);
  if (!copy) return false;
  gc_push_root(vm, OBJ_VAL(copy));
  bool ok = value_iter(vm, OBJ_VAL(copy), out);
  gc_pop_roots(vm, 1);
  return ok;
}

static const TypeOps buffer_ops = {
    .repr = buffer_repr, .len = ffi_buffer_len, .iter = ffi_buffer_iter};

/* buf.__bytes__(): a copy of the memory, whatever the buffer holds. */
static bool m_buffer_bytes(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                           Value *result) {
  if (!ffi_check_self(vm, args, nargs, &buffer_kind, "__bytes__") ||
      !native_no_kwargs(vm, "__bytes__", kw) ||
      !native_check_count(vm, "__bytes__", nargs - 1, 0, 0))
    return false;
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(args[0]);
  ObjBytes *copy = bytes_new(vm, (const char *)b->data, b->size);
  if (!copy) return false;
  *result = OBJ_VAL(copy);
  return true;
}

/* ---- arrays ----------------------------------------------------------------- */

/* The element type of the array [b] and the index [key] made valid. */
static bool array_slot(EddyVM *vm, FfiBuffer *b, Value key, FfiType *t,
                       size_t *at) {
  int64_t i;
  if (!IS_ANY_INT(key))
    return vm_raise(vm, vm->exc.TypeError,
                    "array indices must be integers, not %s",
                    vm_type_name(vm, key));
  if (!int_to_int64(vm, key, &i)) return false;
  if (i < 0) i += (int64_t)b->count;
  if (i < 0 || (uint64_t)i >= b->count)
    return vm_raise(vm, vm->exc.IndexError, "array index out of range");
  if (!ffi_type_resolve(vm, b->elem, false, t)) return false;
  *at = (size_t)i * t->size;
  return true;
}

static bool array_getitem(EddyVM *vm, Value v, Value key, Value *out) {
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(v);
  FfiType t;
  size_t at;
  if (!array_slot(vm, b, key, &t, &at)) return false;
  if (t.kind != FFI_K_STRUCT) return ffi_from_c(vm, &t, b->data + at, out);
  FfiBuffer *view = ffi_buffer_view(vm, AS_CLASS(t.layout->cls), b->data + at,
                                    t.size, v);
  if (!view) return false;
  *out = OBJ_VAL(view);
  return true;
}

static bool array_setitem(EddyVM *vm, Value v, Value key, Value value) {
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(v);
  FfiType t;
  size_t at;
  if (!array_slot(vm, b, key, &t, &at)) return false;
  uint8_t tmp[t.size];
  if (!ffi_to_c(vm, &t, value, tmp, "array item")) return false;
  memcpy(b->data + at, tmp, t.size);
  return true;
}

/* iter(array): over a list of its elements. */
static bool array_iter(EddyVM *vm, Value v, Value *out) {
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(v);
  ObjList *list = list_new(vm, b->count);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  bool ok = true;
  for (size_t i = 0; ok && i < b->count; i++) {
    Value item;
    ok = array_getitem(vm, v, INT_VAL((int64_t)i), &item) &&
         list_append(vm, list, item);
  }
  ok = ok && value_iter(vm, OBJ_VAL(list), out);
  gc_pop_roots(vm, 1);
  return ok;
}

static const TypeOps array_ops = {.repr = buffer_repr,
                                  .len = ffi_buffer_len,
                                  .iter = array_iter,
                                  .getitem = array_getitem,
                                  .setitem = array_setitem};

/* ---- pointers ------------------------------------------------------------- */

static FfiPointer *as_pointer(Value v) { return (FfiPointer *)AS_OBJ(v); }

/* The address of the pointer [self], refusing NULL for [op]. */
static bool deref(EddyVM *vm, Value self, const char *op, uint8_t **out) {
  *out = as_pointer(self)->addr;
  if (*out) return true;
  return vm_raise(vm, vm->exc.ValueError, "%s through a NULL pointer", op);
}

/* ptr.read(type, offset=0): unchecked. */
static bool m_pointer_read(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                           Value *result) {
  FfiType t;
  int64_t off;
  uint8_t *p;
  return ffi_check_self(vm, args, nargs, &pointer_kind, "read") &&
         parse_access(vm, args, nargs, kw, &t, &off) &&
         deref(vm, args[0], "read", &p) &&
         ffi_from_c(vm, &t, p + off, result);
}

/* ptr.write(type, offset, value): unchecked. */
static bool m_pointer_write(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                            Value *result) {
  FfiType t;
  int64_t off;
  uint8_t *p;
  if (!ffi_check_self(vm, args, nargs, &pointer_kind, "write") ||
      !native_no_kwargs(vm, "write", kw) ||
      !native_check_count(vm, "write", nargs - 1, 3, 3) ||
      !ffi_type_resolve(vm, args[1], false, &t) ||
      !int_to_int64(vm, args[2], &off) || !deref(vm, args[0], "write", &p))
    return false;
  uint8_t tmp[t.size];
  if (!ffi_to_c(vm, &t, args[3], tmp, "write() value")) return false;
  memcpy(p + off, tmp, t.size);
  *result = NONE_VAL;
  return true;
}

/* ptr.address(): the address as an int. */
static bool m_pointer_address(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kw, Value *result) {
  if (!ffi_check_self(vm, args, nargs, &pointer_kind, "address") ||
      !native_no_kwargs(vm, "address", kw) ||
      !native_check_count(vm, "address", nargs - 1, 0, 0))
    return false;
  uintptr_t a = (uintptr_t)as_pointer(args[0])->addr;
  FfiType t = {FFI_K_UINT64, NULL, 8, 8, NULL, "uint64"};
  uint64_t u = a;
  return ffi_from_c(vm, &t, &u, result);
}

static bool pointer_repr(EddyVM *vm, Value v, ByteBuf *out) {
  void *a = as_pointer(v)->addr;
  bool ok = a ? buf_printf(out, "<ffi.Pointer %p>", a)
              : buf_puts(out, "<ffi.Pointer NULL>");
  return ok ? true : vm_raise_memory(vm);
}

static bool pointer_eq(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = is_pointer(b) && as_pointer(a)->addr == as_pointer(b)->addr;
  return true;
}

static bool pointer_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)(uintptr_t)as_pointer(v)->addr;
  if (*out == -1) *out = -2;
  return true;
}

static bool pointer_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = as_pointer(v)->addr != NULL;
  return true;
}

/* ptr + n, n + ptr, ptr - n (bytes) and ptr - ptr (an int). */
static bool pointer_binary(EddyVM *vm, int op, Value a, Value b, bool inplace,
                           Value *out, bool *handled) {
  (void)inplace;
  *handled = false;
  bool add = op == BINOP_ADD, sub = op == BINOP_SUB;
  if (sub && is_pointer(a) && is_pointer(b)) {
    *handled = true;
    *out = INT_VAL((int64_t)(as_pointer(a)->addr - as_pointer(b)->addr));
    return true;
  }
  if (!(add || sub)) return true;
  Value p = is_pointer(a) ? a : b, n = is_pointer(a) ? b : a;
  if (!is_pointer(p) || !IS_ANY_INT(n) || (sub && !is_pointer(a))) return true;
  *handled = true;
  int64_t delta;
  if (!int_to_int64(vm, n, &delta)) return false;
  uint8_t *base = as_pointer(p)->addr;
  uint8_t *moved = (uint8_t *)((uintptr_t)base + (uintptr_t)(sub ? -delta : delta));
  return ffi_pointer_new(vm, moved, as_pointer(p)->owner, out);
}

static const TypeOps pointer_ops = {.repr = pointer_repr,
                                    .eq = pointer_eq,
                                    .hash = pointer_hash,
                                    .truth = pointer_truth,
                                    .binary = pointer_binary};

/* ---- install ---------------------------------------------------------------- */

/* One method of a class. */
typedef struct FfiMethod {
  const char *name; /* the method's name */
  NativeFn fn;      /* its implementation */
} FfiMethod;

/* Installs the [n] methods [defs] in [cls]. */
static bool methods(EddyVM *vm, ObjClass *cls, const FfiMethod *defs,
                    size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!native_method(vm, cls, defs[i].name, defs[i].fn)) return false;
  return true;
}

bool ffi_buffer_install(EddyVM *vm) {
  static const FfiMethod buffer_methods[] = {{"read", m_buffer_read},
                                             {"write", m_buffer_write},
                                             {"__bytes__", m_buffer_bytes}};
  static const FfiMethod pointer_methods[] = {{"read", m_pointer_read},
                                              {"write", m_pointer_write},
                                              {"address", m_pointer_address}};
  FfiState *st = FFI(vm);
  st->buffer_class->ops = &buffer_ops;
  st->array_class->ops = &array_ops;
  st->pointer_class->ops = &pointer_ops;
  return methods(vm, st->buffer_class, buffer_methods, 3) &&
         methods(vm, st->pointer_class, pointer_methods, 3) &&
         ffi_pointer_new(vm, NULL, UNDEF_VAL, &st->null);
}
