/* obj_slice.c: the slice class (see obj_slice.h). */
#include "vm/obj_slice.h"

#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_tuple.h"

ObjSlice *slice_new(EddyVM *vm, Value start, Value stop, Value step) {
  gc_push_root(vm, start);
  gc_push_root(vm, stop);
  gc_push_root(vm, step);
  ObjSlice *slice = (ObjSlice *)gc_new_object(vm, sizeof(ObjSlice), OBJ_SLICE,
                                              vm->types.slice);
  gc_pop_roots(vm, 3);
  if (!slice) return NULL;
  slice->start = start;
  slice->stop = stop;
  slice->step = step;
  return slice;
}

/* One bound: None gives [absent], an int is clamped to int64. */
static bool bound(EddyVM *vm, Value v, int64_t absent, int64_t *out) {
  if (IS_NONE(v)) {
    *out = absent;
    return true;
  }
  if (!IS_ANY_INT(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "slice indices must be integers or None or have an "
                    "__index__ method");
  }
  *out = container_clamp(v);
  return true;
}

/* Clips the bound [*i] into the sequence as PySlice_AdjustIndices does. */
static void adjust(int64_t *i, int64_t length, int64_t step) {
  if (*i < 0) {
    *i += length;
    if (*i < 0) *i = step < 0 ? -1 : 0;
  } else if (*i >= length) {
    *i = step < 0 ? length - 1 : length;
  }
}

bool slice_indices(EddyVM *vm, ObjSlice *slice, int64_t length, int64_t *start,
                   int64_t *stop, int64_t *step, int64_t *slicelength) {
  if (!bound(vm, slice->step, 1, step)) return false;
  if (*step == 0) {
    return vm_raise(vm, vm->exc.ValueError, "slice step cannot be zero");
  }
  if (*step < -INT64_MAX) *step = -INT64_MAX; /* so -step cannot overflow */
  bool back = *step < 0;
  if (!bound(vm, slice->start, back ? INT64_MAX : 0, start) ||
      !bound(vm, slice->stop, back ? INT64_MIN : INT64_MAX, stop)) {
    return false;
  }
  adjust(start, length, *step);
  adjust(stop, length, *step);
  if (back) {
    *slicelength = *stop < *start ? (*start - *stop - 1) / -*step + 1 : 0;
  } else {
    *slicelength = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
  }
  return true;
}

/* (start, stop, step) of [slice] as a new tuple. */
static ObjTuple *as_tuple(EddyVM *vm, ObjSlice *slice) {
  ObjTuple *tuple = tuple_new(vm, 3);
  if (!tuple) return NULL;
  tuple->items[0] = slice->start;
  tuple->items[1] = slice->stop;
  tuple->items[2] = slice->step;
  return tuple;
}

bool slice_compare(EddyVM *vm, CompareOp op, Value a, Value b, Value *out) {
  if (!IS_SLICE(b)) {
    *out = vm->not_implemented;
    return true;
  }
  ObjTuple *x = as_tuple(vm, AS_SLICE(a));
  if (!x) return false;
  gc_push_root(vm, OBJ_VAL(x));
  ObjTuple *y = as_tuple(vm, AS_SLICE(b));
  bool ok = y != NULL;
  if (ok) {
    gc_push_root(vm, OBJ_VAL(y));
    ok = tuple_compare(vm, op, OBJ_VAL(x), OBJ_VAL(y), out);
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- TypeOps ---------------------------------------------------------- */

static bool slice_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjSlice *slice = AS_SLICE(v);
  return (buf_puts(out, "slice(") || vm_raise_memory(vm)) &&
         value_repr(vm, slice->start, out) &&
         (buf_puts(out, ", ") || vm_raise_memory(vm)) &&
         value_repr(vm, slice->stop, out) &&
         (buf_puts(out, ", ") || vm_raise_memory(vm)) &&
         value_repr(vm, slice->step, out) &&
         (buf_putc(out, ')') || vm_raise_memory(vm));
}

static bool slice_eq(EddyVM *vm, Value a, Value b, bool *out) {
  if (!IS_SLICE(b)) {
    *out = false;
    return true;
  }
  Value result;
  if (!slice_compare(vm, COMPARE_EQ, a, b, &result)) return false;
  *out = IS_BOOL(result) && AS_BOOL(result);
  return true;
}

static const TypeOps slice_ops = {
    .repr = slice_repr,
    .eq = slice_eq,
};

/* ---- constructor, attributes, methods -------------------------------- */

/* slice(stop) or slice(start, stop[, step]) */
static bool slice_construct(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "slice", kwnames) ||
      !native_check_count(vm, "slice", nargs - 1, 1, 3)) {
    return false;
  }
  Value start = NONE_VAL, stop = args[1], step = NONE_VAL;
  if (nargs > 2) {
    start = args[1];
    stop = args[2];
  }
  if (nargs > 3) step = args[3];
  ObjSlice *slice = slice_new(vm, start, stop, step);
  if (!slice) return false;
  *result = OBJ_VAL(slice);
  return true;
}

/* The slice behind a getter's self, or NULL after raising. */
static ObjSlice *getter_self(EddyVM *vm, Value *args, int nargs) {
  if (nargs < 1 || !IS_SLICE(args[0])) {
    vm_raise(vm, vm->exc.TypeError, "descriptor requires a 'slice' object");
    return NULL;
  }
  return AS_SLICE(args[0]);
}

/* slice.start */
static bool slice_start(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  (void)kwnames;
  ObjSlice *slice = getter_self(vm, args, nargs);
  if (slice) *result = slice->start;
  return slice != NULL;
}

/* slice.stop */
static bool slice_stop(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  (void)kwnames;
  ObjSlice *slice = getter_self(vm, args, nargs);
  if (slice) *result = slice->stop;
  return slice != NULL;
}

/* slice.step */
static bool slice_step(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  (void)kwnames;
  ObjSlice *slice = getter_self(vm, args, nargs);
  if (slice) *result = slice->step;
  return slice != NULL;
}

static const MethodSpec INDICES = {OBJ_SLICE, "slice", "indices", 1, 1, false};

/* slice.indices(length) -> (start, stop, step) */
static bool slice_indices_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &INDICES, args, nargs, kwnames)) return false;
  int64_t length, start, stop, step, n;
  if (!container_int_arg(vm, args[1], &length)) return false;
  if (length < 0) {
    return vm_raise(vm, vm->exc.ValueError, "length should not be negative");
  }
  if (!slice_indices(vm, AS_SLICE(args[0]), length, &start, &stop, &step, &n)) {
    return false;
  }
  ObjTuple *tuple = tuple_new(vm, 3);
  if (!tuple) return false;
  tuple->items[0] = INT_VAL(start);
  tuple->items[1] = INT_VAL(stop);
  tuple->items[2] = INT_VAL(step);
  *result = OBJ_VAL(tuple);
  return true;
}

bool slice_install(EddyVM *vm) {
  ObjClass *cls = vm->types.slice;
  cls->ops = &slice_ops;
  cls->construct = slice_construct;
  cls->allows_subclass = false;
  return container_getter(vm, cls, "start", slice_start) &&
         container_getter(vm, cls, "stop", slice_stop) &&
         container_getter(vm, cls, "step", slice_step) &&
         native_method(vm, cls, "indices", slice_indices_method);
}
