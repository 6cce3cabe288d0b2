/* obj_bytes.c: the core of bytes: making, hashing and comparing them,
 * their TypeOps and iterator, and the constructor. The methods are in
 * bytes_methods.c. */
#include "vm/obj_bytes.h"

#include <string.h>

#include "vm/codec.h"
#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/text_ops.h"
#include "vm/text_repr.h"

/* ---- making bytes --------------------------------------------------------- */

ObjBytes *bytes_alloc(EddyVM *vm, size_t len) {
  if (len > (size_t)INT64_MAX - sizeof(ObjBytes) - 1) {
    vm_raise_memory(vm);
    return NULL;
  }
  ObjBytes *b = (ObjBytes *)gc_new_object(vm, sizeof(ObjBytes) + len + 1,
                                          OBJ_BYTES, vm->types.bytes);
  if (!b) return NULL;
  b->length = len;
  b->hash = -1;
  return b;
}

ObjBytes *bytes_new(EddyVM *vm, const char *data, size_t len) {
  ObjBytes *b = bytes_alloc(vm, len);
  if (b && len) memcpy(b->data, data, len);
  return b;
}

int64_t bytes_hash(ObjBytes *b) {
  if (b->hash == -1) b->hash = str_hash_chars(b->data, b->length);
  return b->hash;
}

bool bytes_equal(const ObjBytes *a, const ObjBytes *b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return memcmp(a->data, b->data, a->length) == 0;
}

int bytes_compare(const ObjBytes *a, const ObjBytes *b) {
  size_t n = a->length < b->length ? a->length : b->length;
  int c = n ? memcmp(a->data, b->data, n) : 0;
  if (c != 0) return c;
  return a->length < b->length ? -1 : a->length > b->length;
}

ObjBytes *bytes_concat(EddyVM *vm, ObjBytes *a, ObjBytes *b) {
  ObjBytes *r = bytes_alloc(vm, a->length + b->length);
  if (!r) return NULL;
  if (a->length) memcpy(r->data, a->data, a->length);
  if (b->length) memcpy(r->data + a->length, b->data, b->length);
  return r;
}

ObjBytes *bytes_repeat(EddyVM *vm, ObjBytes *b, int64_t n) {
  if (n <= 0 || b->length == 0) return bytes_alloc(vm, 0);
  if ((uint64_t)n > (uint64_t)INT64_MAX / b->length) {
    vm_raise(vm, vm->exc.OverflowError, "repeated bytes are too long");
    return NULL;
  }
  size_t total = b->length * (size_t)n;
  ObjBytes *r = bytes_alloc(vm, total);
  if (!r) return NULL;
  memcpy(r->data, b->data, b->length);
  size_t done = b->length;
  while (done < total) { /* doubling copies */
    size_t chunk = done <= total - done ? done : total - done;
    memcpy(r->data + done, r->data, chunk);
    done += chunk;
  }
  return r;
}

/* ---- TypeOps -------------------------------------------------------------- */

static bool bytes_repr_op(EddyVM *vm, Value v, ByteBuf *out) {
  ObjBytes *b = AS_BYTES(v);
  if (!text_repr_bytes(out, b->data, b->length)) return vm_raise_memory(vm);
  return true;
}

static bool bytes_hash_op(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = bytes_hash(AS_BYTES(v));
  return true;
}

static bool bytes_eq_op(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = IS_BYTES(b) && bytes_equal(AS_BYTES(a), AS_BYTES(b));
  return true;
}

/* Produces the next byte, as an int, of a bytes iterator. */
static bool bytes_iter_next(EddyVM *vm, ObjIterator *it, Value *out,
                            bool *done) {
  (void)vm;
  ObjBytes *b = AS_BYTES(it->source);
  if (it->exhausted || (size_t)it->index >= b->length) {
    it->exhausted = true;
    *done = true;
    return true;
  }
  *out = INT_VAL((unsigned char)b->data[it->index++]);
  *done = false;
  return true;
}

static bool bytes_iter_op(EddyVM *vm, Value v, Value *out) {
  ObjIterator *it = (ObjIterator *)gc_new_object(
      vm, sizeof(ObjIterator), OBJ_ITERATOR, vm->types.bytes_iterator);
  if (!it) return false;
  it->next = bytes_iter_next;
  it->source = v;
  it->extra = UNDEF_VAL;
  *out = OBJ_VAL(it);
  return true;
}

static bool bytes_len_op(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)AS_BYTES(v)->length;
  return true;
}

/* [*out] = the bytes [start], [start] + [step], ... of [b], [count] of
 * them. */
static bool bytes_slice(EddyVM *vm, ObjBytes *b, int64_t start, int64_t step,
                        int64_t count, Value *out) {
  if (count < 0) count = 0;
  ObjBytes *r = bytes_alloc(vm, (size_t)count);
  if (!r) return false;
  for (int64_t k = 0, i = start; k < count; k++, i += step)
    r->data[k] = b->data[i];
  *out = OBJ_VAL(r);
  return true;
}

static bool bytes_getitem_op(EddyVM *vm, Value v, Value key, Value *out) {
  ObjBytes *b = AS_BYTES(v);
  if (IS_SLICE(key)) {
    int64_t start, stop, step, count;
    if (!slice_indices(vm, AS_SLICE(key), (int64_t)b->length, &start, &stop,
                       &step, &count))
      return false;
    return bytes_slice(vm, b, start, step, count, out);
  }
  int64_t index;
  bool is_int;
  if (!container_index(vm, key, vm->exc.IndexError, &index, &is_int)) {
    if (is_int) return false;
    return vm_raise(vm, vm->exc.TypeError,
                    "byte indices must be integers or slices, not %s",
                    vm_type_name(vm, key));
  }
  if (index < 0) index += (int64_t)b->length;
  if (index < 0 || index >= (int64_t)b->length)
    return vm_raise(vm, vm->exc.IndexError, "index out of range");
  *out = INT_VAL((unsigned char)b->data[index]);
  return true;
}

static bool bytes_contains_op(EddyVM *vm, Value v, Value key, bool *out) {
  ObjBytes *b = AS_BYTES(v);
  if (IS_ANY_INT(key)) {
    if (!IS_SMALLINT_LIKE(key) || AS_SMALLINT(key) < 0 ||
        AS_SMALLINT(key) > 255)
      return vm_raise(vm, vm->exc.ValueError, "byte must be in range(0, 256)");
    *out = b->length > 0 && memchr(b->data, (int)AS_SMALLINT(key),
                                   b->length) != NULL;
    return true;
  }
  if (!IS_BYTES(key))
    return vm_raise(vm, vm->exc.TypeError,
                    "a bytes-like object is required, not '%s'",
                    vm_type_name(vm, key));
  ObjBytes *sub = AS_BYTES(key);
  *out = text_find(b->data, b->length, sub->data, sub->length) >= 0;
  return true;
}

static bool bytes_truth_op(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = AS_BYTES(v)->length != 0;
  return true;
}

static const TypeOps bytes_ops = {
    .repr = bytes_repr_op,
    .hash = bytes_hash_op,
    .eq = bytes_eq_op,
    .iter = bytes_iter_op,
    .len = bytes_len_op,
    .getitem = bytes_getitem_op,
    .contains = bytes_contains_op,
    .truth = bytes_truth_op,
};

/* ---- the constructor ------------------------------------------------ */

/* Appends the int [item] of an iterable to the ByteBuf [ctx]. */
static bool add_byte(EddyVM *vm, Value item, void *ctx) {
  int64_t n;
  if (!container_int_arg(vm, item, &n)) return false;
  if (n < 0 || n > 255)
    return vm_raise(vm, vm->exc.ValueError, "bytes must be in range(0, 256)");
  if (!buf_putc((ByteBuf *)ctx, (char)n)) return vm_raise_memory(vm);
  return true;
}

/* bytes(iterable of ints). */
static bool bytes_from_iterable(EddyVM *vm, Value source, Value *result) {
  Value it;
  if (!value_iter(vm, source, &it)) {
    if (text_catch(vm, vm->exc.TypeError))
      return vm_raise(vm, vm->exc.TypeError,
                      "cannot convert '%s' object to bytes",
                      vm_type_name(vm, source));
    return false;
  }
  ByteBuf buf;
  buf_init(&buf);
  gc_push_root(vm, it);
  bool ok = container_each(vm, it, add_byte, &buf);
  gc_pop_roots(vm, 1);
  ObjBytes *b = ok ? bytes_new(vm, buf.data, buf.len) : NULL;
  buf_free(&buf);
  if (!b) return false;
  *result = OBJ_VAL(b);
  return true;
}

/* bytes(source) through source.__bytes__(), as CPython tries first;
 * sets [*done] when the class has one. */
static bool bytes_from_dunder(EddyVM *vm, Value source, Value *result,
                              bool *done) {
  *done = false;
  if (!IS_OBJ(source) || IS_BYTES(source)) return true;
  ObjStr *name = str_intern_cstr(vm, "__bytes__");
  if (!name) return false;
  Value method = class_lookup(AS_OBJ(source)->cls, name);
  if (IS_UNDEF(method) || IS_NONE(method)) return true;
  *done = true;
  Value bound;
  if (!value_getattr(vm, source, name, &bound)) return false;
  gc_push_root(vm, bound);
  bool ok = vm_call(vm, bound, NULL, 0, NULL, result);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  if (IS_BYTES(*result)) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "__bytes__ returned non-bytes (type %s)",
                  vm_type_name(vm, *result));
}

/* bytes(source) with neither encoding nor errors. */
static bool bytes_from_object(EddyVM *vm, Value source, Value *result) {
  bool done;
  if (!bytes_from_dunder(vm, source, result, &done)) return false;
  if (done) return true;
  if (IS_STR(source))
    return vm_raise(vm, vm->exc.TypeError,
                    "string argument without an encoding");
  if (IS_ANY_INT(source)) {
    int64_t n;
    if (!container_int_arg(vm, source, &n)) return false;
    if (n < 0) return vm_raise(vm, vm->exc.ValueError, "negative count");
    ObjBytes *b = bytes_alloc(vm, (size_t)n);
    if (!b) return false;
    *result = OBJ_VAL(b);
    return true;
  }
  if (IS_BYTES(source)) {
    *result = source;
    return true;
  }
  return bytes_from_iterable(vm, source, result);
}

/* bytes(source, encoding, errors) with [encoding] or [errors] given. */
static bool bytes_encode_arg(EddyVM *vm, Value source, Value encoding,
                             Value errors, Value *result) {
  static const char *const names[] = {"encoding", "errors"};
  const char *text[2] = {"utf-8", "strict"};
  Value given[2] = {encoding, errors};
  for (int i = 0; i < 2; i++) {
    if (IS_UNDEF(given[i])) continue;
    if (!IS_STR(given[i]))
      return vm_raise(vm, vm->exc.TypeError,
                      "bytes() argument '%s' must be str, not %s", names[i],
                      vm_type_name(vm, given[i]));
    text[i] = AS_STR(given[i])->chars;
  }
  if (IS_UNDEF(encoding))
    return vm_raise(vm, vm->exc.TypeError,
                    IS_STR(source) ? "string argument without an encoding"
                                   : "errors without a string argument");
  if (!IS_STR(source))
    return vm_raise(vm, vm->exc.TypeError,
                    "encoding without a string argument");
  return codec_encode(vm, AS_STR(source), text[0], text[1], result);
}

bool bytes_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  static const char *const names[] = {"source", "encoding", "errors"};
  ObjClass *cls = AS_CLASS(args[0]); /* read before any script code runs */
  Value a[3];
  if (!native_parse_args(vm, "bytes", args + 1, nargs - 1, kwnames, names, 3,
                         0, 0, a))
    return false;
  bool ok;
  if (!IS_UNDEF(a[1]) || !IS_UNDEF(a[2])) {
    ok = bytes_encode_arg(vm, IS_UNDEF(a[0]) ? NONE_VAL : a[0], a[1], a[2],
                          result);
  } else if (IS_UNDEF(a[0])) {
    ObjBytes *b = bytes_alloc(vm, 0);
    ok = b != NULL;
    if (ok) *result = OBJ_VAL(b);
  } else {
    ok = bytes_from_object(vm, a[0], result);
  }
  if (!ok) return false;
  if (cls != vm->types.bytes) { /* a subclass gets its own copy */
    ObjBytes *b = AS_BYTES(*result);
    gc_push_root(vm, *result);
    ObjBytes *copy = bytes_new(vm, b->data, b->length);
    gc_pop_roots(vm, 1);
    if (!copy) return false;
    copy->obj.cls = cls;
    *result = OBJ_VAL(copy);
  }
  return true;
}

bool bytes_install(EddyVM *vm) {
  vm->types.bytes->ops = &bytes_ops;
  vm->types.bytes->construct = bytes_construct;
  return bytes_methods_install(vm);
}
