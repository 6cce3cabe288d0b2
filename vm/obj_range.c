/* obj_range.c: the range class (see obj_range.h). */
#include "vm/obj_range.h"

#include "vm/boxed.h"
#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_int.h"
#include "vm/obj_iterator.h"
#include "vm/obj_slice.h"
#include "vm/obj_tuple.h"

ObjRange *range_new(EddyVM *vm, Value start, Value stop, Value step) {
  gc_push_root(vm, start);
  gc_push_root(vm, stop);
  gc_push_root(vm, step);
  ObjRange *range = (ObjRange *)gc_new_object(vm, sizeof(ObjRange), OBJ_RANGE,
                                              vm->types.range);
  gc_pop_roots(vm, 3);
  if (!range) return NULL;
  range->start = start;
  range->stop = stop;
  range->step = step;
  return range;
}

/* ---- small ranges: int64 arithmetic ---------------------------------- */

/* Number of items of a range of small ints. */
static uint64_t small_count(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) {
    return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
  }
  if (step < 0 && start > stop) {
    return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
  }
  return 0;
}

/* start + i * step, computed modulo 2**64: exact whenever the result is
 * an item of the range. */
static int64_t small_item(int64_t start, int64_t step, uint64_t i) {
  return (int64_t)((uint64_t)start + i * (uint64_t)step);
}

/* True when [range] has int64 bounds and fewer than 2**63 items, storing
 * the item count in [*count]. */
static bool is_small(ObjRange *range, int64_t *count) {
  if (!IS_INT(range->start) || !IS_INT(range->stop) || !IS_INT(range->step)) {
    return false;
  }
  uint64_t n = small_count(AS_INT(range->start), AS_INT(range->stop),
                           AS_INT(range->step));
  *count = (int64_t)n;
  return n <= (uint64_t)INT64_MAX;
}

/* ---- big ranges: GMP ------------------------------------------------- */

/* start, stop and step of a range as GMP integers. */
typedef struct BigRange {
  mpz_t start; /* the first item */
  mpz_t stop;  /* the bound */
  mpz_t step;  /* the difference between items */
} BigRange;

static void big_init(BigRange *big, ObjRange *range) {
  mpz_inits(big->start, big->stop, big->step, NULL);
  int_to_mpz(range->start, big->start);
  int_to_mpz(range->stop, big->stop);
  int_to_mpz(range->step, big->step);
}

static void big_clear(BigRange *big) {
  mpz_clears(big->start, big->stop, big->step, NULL);
}

/* [len] = the number of items of [big]. */
static void big_length(const BigRange *big, mpz_t len) {
  int sign = mpz_sgn(big->step);
  if ((sign > 0 && mpz_cmp(big->start, big->stop) < 0) ||
      (sign < 0 && mpz_cmp(big->start, big->stop) > 0)) {
    mpz_sub(len, big->stop, big->start);
    if (sign > 0)
      mpz_sub_ui(len, len, 1);
    else
      mpz_add_ui(len, len, 1);
    mpz_tdiv_q(len, len, big->step);
    mpz_add_ui(len, len, 1);
  } else {
    mpz_set_ui(len, 0);
  }
}

/* The length of [range] as an int Value in [*out]. */
static bool length_value(EddyVM *vm, ObjRange *range, Value *out) {
  int64_t count;
  if (is_small(range, &count)) {
    *out = INT_VAL(count);
    return true;
  }
  BigRange big;
  big_init(&big, range);
  mpz_t len;
  mpz_init(len);
  big_length(&big, len);
  *out = int_from_mpz(vm, len);
  mpz_clear(len);
  big_clear(&big);
  return !IS_UNDEF(*out);
}

/* [*out] = start + [i] * step of [big] as an int. */
static bool big_item(EddyVM *vm, const BigRange *big, const mpz_t i,
                     Value *out) {
  mpz_t v;
  mpz_init(v);
  mpz_mul(v, i, big->step);
  mpz_add(v, v, big->start);
  *out = int_take_mpz(vm, v);
  return !IS_UNDEF(*out);
}

/* A new range from three GMP integers, in [*out]. */
static bool range_from_mpz(EddyVM *vm, const mpz_t start, const mpz_t stop,
                           const mpz_t step, Value *out) {
  Value a = int_from_mpz(vm, start);
  if (IS_UNDEF(a)) return false;
  gc_push_root(vm, a);
  Value b = int_from_mpz(vm, stop);
  gc_push_root(vm, b);
  Value c = IS_UNDEF(b) ? b : int_from_mpz(vm, step);
  ObjRange *range = IS_UNDEF(c) ? NULL : range_new(vm, a, b, c);
  gc_pop_roots(vm, 2);
  if (range) *out = OBJ_VAL(range);
  return range != NULL;
}

/* ---- iteration -------------------------------------------------------- */

/* The reversed parameters of a big range: last item, step -step, and the
 * bound one step before the first item. */
static void big_reverse(BigRange *big) {
  mpz_t len;
  mpz_init(len);
  big_length(big, len);
  mpz_sub(big->stop, big->start, big->step); /* one before the first */
  mpz_sub_ui(len, len, 1);
  mpz_addmul(big->start, len, big->step); /* the last item */
  mpz_neg(big->step, big->step);
  mpz_clear(len);
}

/* Iterates a range that does not fit int64 with a private range whose
 * start advances. */
static bool big_iter(EddyVM *vm, ObjRange *range, bool reverse, Value *out) {
  BigRange big;
  big_init(&big, range);
  if (reverse) big_reverse(&big);
  Value cursor;
  bool ok = range_from_mpz(vm, big.start, big.stop, big.step, &cursor);
  big_clear(&big);
  return ok && iterator_new_big_range(vm, AS_RANGE(cursor), out);
}

bool range_iter(EddyVM *vm, ObjRange *range, bool reverse, Value *out) {
  int64_t count;
  if (!is_small(range, &count)) return big_iter(vm, range, reverse, out);
  int64_t start = AS_INT(range->start), step = AS_INT(range->step);
  if (reverse && count > 0) {
    start = small_item(start, step, (uint64_t)count - 1);
    step = (int64_t)(0 - (uint64_t)step); /* wraps for INT64_MIN: fine */
  }
  return iterator_new_small_range(vm, start, step, count, out);
}

/* ---- indexing --------------------------------------------------------- */

static bool index_error(EddyVM *vm) {
  return vm_raise(vm, vm->exc.IndexError, "range object index out of range");
}

/* r[i] for an int [key]. */
static bool item_at(EddyVM *vm, ObjRange *range, Value key, Value *out) {
  int64_t count;
  if (is_small(range, &count)) {
    if (!IS_SMALLINT_LIKE(key)) return index_error(vm);
    int64_t i = AS_SMALLINT(key);
    if (i < 0) i += count;
    if (i < 0 || i >= count) return index_error(vm);
    *out = INT_VAL(
        small_item(AS_INT(range->start), AS_INT(range->step), (uint64_t)i));
    return true;
  }
  BigRange big;
  big_init(&big, range);
  mpz_t i, len;
  mpz_inits(i, len, NULL);
  int_to_mpz(key, i);
  big_length(&big, len);
  if (mpz_sgn(i) < 0) mpz_add(i, i, len);
  bool ok = mpz_sgn(i) >= 0 && mpz_cmp(i, len) < 0;
  ok = ok ? big_item(vm, &big, i, out) : index_error(vm);
  mpz_clears(i, len, NULL);
  big_clear(&big);
  return ok;
}

/* r[slice]: a range again. */
static bool slice_of(EddyVM *vm, ObjRange *range, ObjSlice *slice, Value *out) {
  Value len;
  if (!length_value(vm, range, &len)) return false;
  if (!IS_INT(len)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C ssize_t");
  }
  int64_t start, stop, step, n;
  if (!slice_indices(vm, slice, AS_INT(len), &start, &stop, &step, &n)) {
    return false;
  }
  BigRange big;
  big_init(&big, range);
  mpz_t a, b, c;
  mpz_init_set(a, big.start);
  mpz_init_set(b, big.start);
  mpz_init(c);
  mpz_mul_si(c, big.step, start);
  mpz_add(a, a, c);
  mpz_mul_si(c, big.step, stop);
  mpz_add(b, b, c);
  mpz_mul_si(c, big.step, step);
  bool ok = range_from_mpz(vm, a, b, c, out);
  mpz_clears(a, b, c, NULL);
  big_clear(&big);
  return ok;
}

/* ---- membership ------------------------------------------------------- */

/* Whether the int [key] is an item of [range]; its position in [*pos]
 * (as an int) when it is. */
static bool int_position(EddyVM *vm, ObjRange *range, Value key, bool *found,
                         Value *pos) {
  BigRange big;
  big_init(&big, range);
  mpz_t k, off, rem;
  mpz_inits(k, off, rem, NULL);
  int_to_mpz(key, k);
  int sign = mpz_sgn(big.step);
  *found = sign > 0 ? mpz_cmp(big.start, k) <= 0 && mpz_cmp(k, big.stop) < 0
                    : mpz_cmp(big.stop, k) < 0 && mpz_cmp(k, big.start) <= 0;
  mpz_sub(off, k, big.start);
  mpz_tdiv_qr(off, rem, off, big.step);
  *found = *found && mpz_sgn(rem) == 0;
  bool ok = true;
  if (*found && pos) {
    *pos = int_from_mpz(vm, off);
    ok = !IS_UNDEF(*pos);
  }
  mpz_clears(k, off, rem, NULL);
  big_clear(&big);
  return ok;
}

/* Fast membership for small ranges and small int keys. */
static bool small_contains(ObjRange *range, int64_t key, bool *found) {
  int64_t count;
  if (!is_small(range, &count)) return false;
  int64_t start = AS_INT(range->start), step = AS_INT(range->step);
  int64_t stop = AS_INT(range->stop);
  bool inside =
      step > 0 ? start <= key && key < stop : stop < key && key <= start;
  uint64_t off = step > 0 ? (uint64_t)key - (uint64_t)start
                          : (uint64_t)start - (uint64_t)key;
  uint64_t abs_step = step > 0 ? (uint64_t)step : 0 - (uint64_t)step;
  *found = inside && off % abs_step == 0;
  return true;
}

/* Counts the items equal to [key] by iterating (non-int keys), stopping
 * at the first one when [first] is set; its position in [*pos]. */
static bool scan(EddyVM *vm, ObjRange *range, Value key, bool first,
                 int64_t *count, int64_t *pos) {
  Value it;
  if (!range_iter(vm, range, false, &it)) return false;
  gc_push_root(vm, it);
  bool ok = true;
  *count = 0;
  *pos = -1;
  for (int64_t i = 0; ok; i++) {
    Value item;
    bool done = false, same;
    ok = value_next(vm, it, &item, &done);
    if (!ok || done) break;
    ok = value_eq(vm, item, key, &same);
    if (ok && same) {
      if (*count == 0) *pos = i;
      (*count)++;
      if (first) break;
    }
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* True for the exact ints (and bools) that membership decides by
 * arithmetic. */
static bool exact_int(EddyVM *vm, Value key) {
  return IS_SMALLINT_LIKE(key) || container_is_exact(key, vm->types.int_);
}

static bool range_contains(EddyVM *vm, Value v, Value key, bool *out) {
  ObjRange *range = AS_RANGE(v);
  if (IS_SMALLINT_LIKE(key) && small_contains(range, AS_SMALLINT(key), out)) {
    return true;
  }
  if (exact_int(vm, key)) return int_position(vm, range, key, out, NULL);
  int64_t count, pos;
  if (!scan(vm, range, key, true, &count, &pos)) return false;
  *out = count > 0;
  return true;
}

/* ---- TypeOps ---------------------------------------------------------- */

static bool range_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjRange *range = AS_RANGE(v);
  bool ok = (buf_puts(out, "range(") || vm_raise_memory(vm)) &&
            value_repr(vm, range->start, out) &&
            (buf_puts(out, ", ") || vm_raise_memory(vm)) &&
            value_repr(vm, range->stop, out);
  if (ok && !(IS_INT(range->step) && AS_INT(range->step) == 1)) {
    ok = (buf_puts(out, ", ") || vm_raise_memory(vm)) &&
         value_repr(vm, range->step, out);
  }
  return ok && (buf_putc(out, ')') || vm_raise_memory(vm));
}

/* Equality of ints that never calls back. */
static bool int_eq(Value a, Value b) {
  if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b)) {
    return AS_SMALLINT(a) == AS_SMALLINT(b);
  }
  if (IS_BIGINT(a) && IS_BIGINT(b)) {
    return mpz_cmp(AS_BIGINT(a)->value, AS_BIGINT(b)->value) == 0;
  }
  return false;
}

static bool range_eq(EddyVM *vm, Value a, Value b, bool *out) {
  if (!IS_RANGE(b)) {
    *out = false;
    return true;
  }
  ObjRange *x = AS_RANGE(a), *y = AS_RANGE(b);
  Value lx, ly;
  if (!length_value(vm, x, &lx)) return false;
  gc_push_root(vm, lx);
  bool ok = length_value(vm, y, &ly);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  /* Same length; then the same first item unless empty; then the same
   * step unless there is only one item. */
  *out = int_eq(lx, ly) &&
         (int_eq(lx, INT_VAL(0)) ||
          (int_eq(x->start, y->start) &&
           (int_eq(lx, INT_VAL(1)) || int_eq(x->step, y->step))));
  return true;
}

static bool range_hash(EddyVM *vm, Value v, int64_t *out) {
  ObjRange *range = AS_RANGE(v);
  Value len;
  if (!length_value(vm, range, &len)) return false;
  int64_t hashes[3];
  if (!value_hash(vm, len, &hashes[0])) return false;
  Value start = NONE_VAL, step = NONE_VAL;
  if (!int_eq(len, INT_VAL(0))) {
    start = range->start;
    if (!int_eq(len, INT_VAL(1))) step = range->step;
  }
  if (!value_hash(vm, start, &hashes[1]) || !value_hash(vm, step, &hashes[2])) {
    return false;
  }
  *out = tuple_hash_combine(hashes, 3);
  return true;
}

static bool range_iter_op(EddyVM *vm, Value v, Value *out) {
  return range_iter(vm, AS_RANGE(v), false, out);
}

static bool range_len(EddyVM *vm, Value v, int64_t *out) {
  if (is_small(AS_RANGE(v), out)) return true;
  Value len;
  if (!length_value(vm, AS_RANGE(v), &len)) return false;
  if (!IS_INT(len)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C ssize_t");
  }
  *out = AS_INT(len);
  return true;
}

static bool range_getitem(EddyVM *vm, Value v, Value key, Value *out) {
  if (IS_ANY_INT(key)) return item_at(vm, AS_RANGE(v), key, out);
  if (IS_SLICE(key)) return slice_of(vm, AS_RANGE(v), AS_SLICE(key), out);
  return vm_raise(vm, vm->exc.TypeError,
                  "range indices must be integers or slices, not %s",
                  vm_type_name(vm, key));
}

static bool range_truth(EddyVM *vm, Value v, bool *out) {
  Value len;
  if (!length_value(vm, AS_RANGE(v), &len)) return false;
  *out = !int_eq(len, INT_VAL(0));
  return true;
}

static const TypeOps range_ops = {
    .repr = range_repr,
    .hash = range_hash,
    .eq = range_eq,
    .iter = range_iter_op,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .truth = range_truth,
};

/* ---- constructor, attributes, methods -------------------------------- */

/* An int argument of range(); bools become ints. */
static bool int_bound(EddyVM *vm, Value v, Value *out) {
  v = value_unbox(v);
  if (!IS_ANY_INT(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object cannot be interpreted as an integer",
                    vm_type_name(vm, v));
  }
  *out = IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
  return true;
}

/* range(stop) or range(start, stop[, step]) */
static bool range_construct(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "range", kwnames) ||
      !native_check_count(vm, "range", nargs - 1, 1, 3)) {
    return false;
  }
  Value start = INT_VAL(0), stop, step = INT_VAL(1);
  bool ok = nargs == 2 ? int_bound(vm, args[1], &stop)
                       : int_bound(vm, args[1], &start) &&
                             int_bound(vm, args[2], &stop);
  if (ok && nargs == 4) ok = int_bound(vm, args[3], &step);
  if (!ok) return false;
  if (IS_INT(step) && AS_INT(step) == 0) {
    return vm_raise(vm, vm->exc.ValueError, "range() arg 3 must not be zero");
  }
  ObjRange *range = range_new(vm, start, stop, step);
  if (!range) return false;
  *result = OBJ_VAL(range);
  return true;
}

/* The range behind a getter's self, or NULL after raising. */
static ObjRange *getter_self(EddyVM *vm, Value *args, int nargs) {
  if (nargs < 1 || !IS_RANGE(args[0])) {
    vm_raise(vm, vm->exc.TypeError, "descriptor requires a 'range' object");
    return NULL;
  }
  return AS_RANGE(args[0]);
}

/* range.start */
static bool range_start(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  (void)kwnames;
  ObjRange *range = getter_self(vm, args, nargs);
  if (range) *result = range->start;
  return range != NULL;
}

/* range.stop */
static bool range_stop(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  (void)kwnames;
  ObjRange *range = getter_self(vm, args, nargs);
  if (range) *result = range->stop;
  return range != NULL;
}

/* range.step */
static bool range_step(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  (void)kwnames;
  ObjRange *range = getter_self(vm, args, nargs);
  if (range) *result = range->step;
  return range != NULL;
}

static const MethodSpec COUNT = {OBJ_RANGE, "range", "count", 1, 1, false};
static const MethodSpec INDEX = {OBJ_RANGE, "range", "index", 1, 1, false};

/* range.count(x) */
static bool range_count(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!container_method(vm, &COUNT, args, nargs, kwnames)) return false;
  ObjRange *range = AS_RANGE(args[0]);
  if (exact_int(vm, args[1])) {
    bool found;
    if (!int_position(vm, range, args[1], &found, NULL)) return false;
    *result = INT_VAL(found);
    return true;
  }
  int64_t count, pos;
  if (!scan(vm, range, args[1], false, &count, &pos)) return false;
  *result = INT_VAL(count);
  return true;
}

/* range.index(x) */
static bool range_index(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!container_method(vm, &INDEX, args, nargs, kwnames)) return false;
  ObjRange *range = AS_RANGE(args[0]);
  if (exact_int(vm, args[1])) {
    bool found;
    if (!int_position(vm, range, args[1], &found, result)) return false;
    return found || container_not_in(vm, args[1], "range");
  }
  int64_t count, pos;
  if (!scan(vm, range, args[1], true, &count, &pos)) return false;
  if (count == 0) {
    return vm_raise(vm, vm->exc.ValueError,
                    "sequence.index(x): x not in sequence");
  }
  *result = INT_VAL(pos);
  return true;
}

static const MethodSpec REVERSED = {OBJ_RANGE, "range", "__reversed__",
                                    0,         0,       false};

/* range.__reversed__() */
static bool range_reversed(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (!container_method(vm, &REVERSED, args, nargs, kwnames)) return false;
  return range_iter(vm, AS_RANGE(args[0]), true, result);
}

bool range_install(EddyVM *vm) {
  ObjClass *cls = vm->types.range;
  cls->ops = &range_ops;
  cls->construct = range_construct;
  cls->allows_subclass = false;
  return container_getter(vm, cls, "start", range_start) &&
         container_getter(vm, cls, "stop", range_stop) &&
         container_getter(vm, cls, "step", range_step) &&
         native_method(vm, cls, "count", range_count) &&
         native_method(vm, cls, "index", range_index) &&
         native_method(vm, cls, "__reversed__", range_reversed) &&
         native_method(vm, cls, "__iter__", container_iter_method);
}
