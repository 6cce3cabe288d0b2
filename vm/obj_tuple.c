/* obj_tuple.c: the tuple class (see obj_tuple.h). */
#include "vm/obj_tuple.h"

#include <string.h>

#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_iterator.h"
#include "vm/obj_list.h"
#include "vm/obj_slice.h"

/* The constants of CPython's xxHash-based tuple hash (64-bit). */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

ObjTuple *tuple_new_of(EddyVM *vm, ObjClass *cls, size_t n) {
  if (n > (SIZE_MAX - sizeof(ObjTuple)) / sizeof(Value)) {
    vm_raise_memory(vm);
    return NULL;
  }
  ObjTuple *tuple = (ObjTuple *)gc_new_object(
      vm, sizeof(ObjTuple) + n * sizeof(Value), OBJ_TUPLE, cls);
  if (!tuple) return NULL;
  tuple->hash = -1;
  tuple->length = n;
  for (size_t i = 0; i < n; i++) tuple->items[i] = NONE_VAL;
  return tuple;
}

ObjTuple *tuple_new(EddyVM *vm, size_t n) {
  return tuple_new_of(vm, vm->types.tuple, n);
}

ObjTuple *tuple_from_array(EddyVM *vm, const Value *items, size_t n) {
  ObjTuple *tuple = tuple_new(vm, n);
  if (tuple && n > 0) memcpy(tuple->items, items, n * sizeof(Value));
  return tuple;
}

ObjTuple *tuple_pack2(EddyVM *vm, Value a, Value b) {
  gc_push_root(vm, a);
  gc_push_root(vm, b);
  ObjTuple *tuple = tuple_new(vm, 2);
  gc_pop_roots(vm, 2);
  if (!tuple) return NULL;
  tuple->items[0] = a;
  tuple->items[1] = b;
  return tuple;
}

/* A tuple of class [cls] with the items of [iterable]. */
static bool tuple_build(EddyVM *vm, ObjClass *cls, Value iterable, Value *out) {
  if (cls == vm->types.tuple && container_is_exact(iterable, vm->types.tuple)) {
    *out = iterable;
    return true;
  }
  Value list;
  if (!value_to_list(vm, iterable, &list)) return false;
  gc_push_root(vm, list);
  ObjTuple *tuple = tuple_new_of(vm, cls, AS_LIST(list)->length);
  if (tuple) {
    if (tuple->length > 0) /* an empty list's items may be NULL */
      memcpy(tuple->items, AS_LIST(list)->items,
             tuple->length * sizeof(Value));
    *out = OBJ_VAL(tuple);
  }
  gc_pop_roots(vm, 1);
  return tuple != NULL;
}

bool tuple_from_iterable(EddyVM *vm, Value iterable, Value *out) {
  return tuple_build(vm, vm->types.tuple, iterable, out);
}

int64_t tuple_hash_combine(const int64_t *hashes, size_t n) {
  uint64_t acc = XXPRIME_5;
  for (size_t i = 0; i < n; i++) {
    acc += (uint64_t)hashes[i] * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
  }
  /* The length, mangled to keep the historical value of hash(()). */
  acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
  if (acc == (uint64_t)-1) return 1546275796;
  return (int64_t)acc;
}

/* ---- operators -------------------------------------------------------- */

bool tuple_concat(EddyVM *vm, Value a, Value b, Value *out) {
  if (!IS_TUPLE(b)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "can only concatenate tuple (not \"%s\") to tuple",
                    vm_type_name(vm, b));
  }
  ObjTuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
  if (container_is_exact(a, vm->types.tuple) && y->length == 0) {
    *out = a;
    return true;
  }
  if (container_is_exact(b, vm->types.tuple) && x->length == 0) {
    *out = b;
    return true;
  }
  ObjTuple *tuple = tuple_new(vm, x->length + y->length);
  if (!tuple) return false;
  memcpy(tuple->items, x->items, x->length * sizeof(Value));
  memcpy(tuple->items + x->length, y->items, y->length * sizeof(Value));
  *out = OBJ_VAL(tuple);
  return true;
}

bool tuple_repeat(EddyVM *vm, Value a, Value n, Value *out) {
  int64_t count;
  bool is_int;
  if (!container_index(vm, n, vm->exc.OverflowError, &count, &is_int)) {
    if (is_int) return false;
    return vm_raise(vm, vm->exc.TypeError,
                    "can't multiply sequence by non-int of type '%s'",
                    vm_type_name(vm, n));
  }
  ObjTuple *src = AS_TUPLE(a);
  if (count < 0) count = 0;
  if (count == 1 && container_is_exact(a, vm->types.tuple)) {
    *out = a;
    return true;
  }
  size_t total;
  if (__builtin_mul_overflow(src->length, (size_t)count, &total) ||
      total > SIZE_MAX / sizeof(Value) / 2) {
    return vm_raise_memory(vm);
  }
  ObjTuple *tuple = tuple_new(vm, total);
  if (!tuple) return false;
  for (size_t i = 0; i < total; i++) {
    tuple->items[i] = src->items[i % src->length];
  }
  *out = OBJ_VAL(tuple);
  return true;
}

bool tuple_compare(EddyVM *vm, CompareOp op, Value a, Value b, Value *out) {
  if (!IS_TUPLE(b)) {
    *out = vm->not_implemented;
    return true;
  }
  return container_seq_compare(vm, op, a, b, out);
}

/* ---- TypeOps ---------------------------------------------------------- */

static bool tuple_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjTuple *tuple = AS_TUPLE(v);
  if (tuple->length == 0) return buf_puts(out, "()") || vm_raise_memory(vm);
  bool busy;
  if (!container_repr_enter(vm, v, &busy)) return false;
  if (busy) return buf_puts(out, "(...)") || vm_raise_memory(vm);
  bool ok = buf_putc(out, '(') || vm_raise_memory(vm);
  for (size_t i = 0; ok && i < tuple->length; i++) {
    if (i > 0) ok = buf_puts(out, ", ") || vm_raise_memory(vm);
    ok = ok && value_repr(vm, tuple->items[i], out);
  }
  if (ok && tuple->length == 1) ok = buf_putc(out, ',') || vm_raise_memory(vm);
  ok = ok && (buf_putc(out, ')') || vm_raise_memory(vm));
  container_repr_leave(vm, v);
  return ok;
}

static bool tuple_hash(EddyVM *vm, Value v, int64_t *out) {
  ObjTuple *tuple = AS_TUPLE(v);
  if (tuple->hash != -1) {
    *out = tuple->hash;
    return true;
  }
  uint64_t acc = XXPRIME_5;
  for (size_t i = 0; i < tuple->length; i++) {
    int64_t lane;
    if (!value_hash(vm, tuple->items[i], &lane)) return false;
    acc += (uint64_t)lane * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
  }
  acc += (uint64_t)tuple->length ^ (XXPRIME_5 ^ 3527539UL);
  tuple->hash = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
  *out = tuple->hash;
  return true;
}

static bool tuple_eq(EddyVM *vm, Value a, Value b, bool *out) {
  if (!IS_TUPLE(b)) {
    *out = false;
    return true;
  }
  Value result;
  if (!container_seq_compare(vm, COMPARE_EQ, a, b, &result)) return false;
  *out = AS_BOOL(result);
  return true;
}

static bool tuple_iter(EddyVM *vm, Value v, Value *out) {
  return iterator_new_seq(vm, vm->types.tuple_iterator, v, out);
}

static bool tuple_len(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = (int64_t)AS_TUPLE(v)->length;
  return true;
}

/* t[slice] */
static bool tuple_slice(EddyVM *vm, Value v, ObjSlice *slice, Value *out) {
  ObjTuple *tuple = AS_TUPLE(v);
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, (int64_t)tuple->length, &start, &stop, &step,
                     &n)) {
    return false;
  }
  if (step == 1 && n == (int64_t)tuple->length &&
      container_is_exact(v, vm->types.tuple)) {
    *out = v;
    return true;
  }
  ObjTuple *result = tuple_new(vm, (size_t)n);
  if (!result) return false;
  for (int64_t i = 0; i < n; i++) {
    result->items[i] = tuple->items[start + i * step];
  }
  *out = OBJ_VAL(result);
  return true;
}

static bool tuple_getitem(EddyVM *vm, Value v, Value key, Value *out) {
  ObjTuple *tuple = AS_TUPLE(v);
  int64_t i;
  bool is_int;
  if (container_index(vm, key, vm->exc.IndexError, &i, &is_int)) {
    if (i < 0) i += (int64_t)tuple->length;
    if (i < 0 || i >= (int64_t)tuple->length) {
      return vm_raise(vm, vm->exc.IndexError, "tuple index out of range");
    }
    *out = tuple->items[i];
    return true;
  }
  if (is_int) return false;
  if (IS_SLICE(key)) return tuple_slice(vm, v, AS_SLICE(key), out);
  return vm_raise(vm, vm->exc.TypeError,
                  "tuple indices must be integers or slices, not %s",
                  vm_type_name(vm, key));
}

static bool tuple_contains(EddyVM *vm, Value v, Value key, bool *out) {
  ObjTuple *tuple = AS_TUPLE(v);
  for (size_t i = 0; i < tuple->length; i++) {
    if (value_is(tuple->items[i], key)) {
      *out = true;
      return true;
    }
    if (!value_eq(vm, tuple->items[i], key, out)) return false;
    if (*out) return true;
  }
  *out = false;
  return true;
}

static bool tuple_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = AS_TUPLE(v)->length > 0;
  return true;
}

static const TypeOps tuple_ops = {
    .repr = tuple_repr,
    .hash = tuple_hash,
    .eq = tuple_eq,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .truth = tuple_truth,
};

/* ---- constructor and methods ----------------------------------------- */

/* tuple(iterable=()); subclasses are filled here too (tuple is
 * immutable, so its __new__ does the work). */
static bool tuple_construct(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  if (cls == vm->types.tuple &&
      (!native_no_kwargs(vm, "tuple", kwnames) ||
       !native_check_count(vm, "tuple", nargs - 1, 0, 1))) {
    return false;
  }
  if (nargs < 2) {
    ObjTuple *empty = tuple_new_of(vm, cls, 0);
    *result = OBJ_VAL(empty);
    return empty != NULL;
  }
  return tuple_build(vm, cls, args[1], result);
}

static const MethodSpec INDEX = {OBJ_TUPLE, "tuple", "index", 1, 3, false};
static const MethodSpec COUNT = {OBJ_TUPLE, "tuple", "count", 1, 1, false};

/* tuple.index(value, start=0, stop=sys.maxsize) */
static bool tuple_index(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!container_method(vm, &INDEX, args, nargs, kwnames)) return false;
  ObjTuple *tuple = AS_TUPLE(args[0]);
  int64_t start, stop;
  if (!container_index_bounds(vm, args + 2, nargs - 2, (int64_t)tuple->length,
                              &start, &stop)) {
    return false;
  }
  for (int64_t i = start; i < stop; i++) {
    bool same = value_is(tuple->items[i], args[1]);
    if (!same && !value_eq(vm, tuple->items[i], args[1], &same)) {
      return false;
    }
    if (same) {
      *result = INT_VAL(i);
      return true;
    }
  }
  return vm_raise(vm, vm->exc.ValueError, "tuple.index(x): x not in tuple");
}

/* tuple.count(value) */
static bool tuple_count(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!container_method(vm, &COUNT, args, nargs, kwnames)) return false;
  ObjTuple *tuple = AS_TUPLE(args[0]);
  int64_t n = 0;
  for (size_t i = 0; i < tuple->length; i++) {
    bool same = value_is(tuple->items[i], args[1]);
    if (!same && !value_eq(vm, tuple->items[i], args[1], &same)) {
      return false;
    }
    n += same;
  }
  *result = INT_VAL(n);
  return true;
}

static const MethodSpec GETITEM = {OBJ_TUPLE, "tuple", "__getitem__",
                                   1,         1,       false};
static const MethodSpec LEN = {OBJ_TUPLE, "tuple", "__len__", 0, 0, false};

/* tuple.__getitem__(index), reached by super() from subclasses. */
static bool tuple_getitem_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &GETITEM, args, nargs, kwnames)) return false;
  return tuple_getitem(vm, args[0], args[1], result);
}

/* tuple.__len__() */
static bool tuple_len_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &LEN, args, nargs, kwnames)) return false;
  *result = INT_VAL((int64_t)AS_TUPLE(args[0])->length);
  return true;
}

bool tuple_install(EddyVM *vm) {
  ObjClass *cls = vm->types.tuple;
  cls->ops = &tuple_ops;
  cls->construct = tuple_construct;
  return native_method(vm, cls, "index", tuple_index) &&
         native_method(vm, cls, "count", tuple_count) &&
         native_method(vm, cls, "__getitem__", tuple_getitem_method) &&
         native_method(vm, cls, "__len__", tuple_len_method) &&
         native_method(vm, cls, "__iter__", container_iter_method);
}
