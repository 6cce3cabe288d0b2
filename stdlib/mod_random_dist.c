/* mod_random_dist.c: the Random methods CPython writes in Python (see
 * mod_random.h).
 *
 * Each method follows random.py (3.11) statement for statement: the same
 * draws from the generator in the same order, and the same arithmetic on
 * the same Python objects (through the VM's operators, so ints stay
 * exact and a float argument gives a float), so that for a given seed
 * every result is CPython's. Their argument errors read like those of
 * Python methods ("Random.randint() missing 1 required positional
 * argument: 'b'").
 *
 * Difference: randrange's DeprecationWarning for integral floats
 * (randrange(1.0, 3)) is not printed; the call behaves as in CPython.
 */
#include <math.h>
#include <string.h>

#include "stdlib/mod_common.h"
#include "stdlib/mod_random.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_range.h"
#include "vm/obj_str.h"

/* ---- helpers ------------------------------------------------------------- */

/* Binds a method's arguments to [sig] and finds its generator. */
static RandomState *bind(EddyVM *vm, const PySignature *sig, Value *args,
                         int nargs, ObjTuple *kwnames, Value *v) {
  if (!mod_bind_args(vm, sig, args, nargs, kwnames, v)) return NULL;
  return random_state_of(vm, v[0], strchr(sig->name, '.') + 1);
}

/* [*out] = [a] [op] [b] with Python's operators. */
static bool arith(EddyVM *vm, BinOpKind op, Value a, Value b, Value *out) {
  return mod_arith(vm, op, a, b, out);
}

/* [*out] = [a] < [b] (or another comparison [op]) as a C bool. */
static bool compare(EddyVM *vm, CompareOp op, Value a, Value b, bool *out) {
  Value r;
  return value_compare(vm, op, a, b, &r) && value_truthy(vm, r, out);
}

/* [*out] = float(random()) as a Value. */
static Value next_float(RandomState *rs) {
  return FLOAT_VAL(random_next_double(rs));
}

/* Appends str([v]) to [buf]; false after raising. */
static bool put_str(EddyVM *vm, ByteBuf *buf, Value v) {
  return value_str(vm, v, buf);
}

/* math.sqrt of the number [v]. */
static bool sqrt_of(EddyVM *vm, Value v, double *out) {
  double d;
  if (!mod_to_double(vm, v, &d)) return false;
  if (d < 0.0) return vm_raise(vm, vm->exc.ValueError, "math domain error");
  *out = sqrt(d);
  return true;
}

/* ---- randrange and randint ------------------------------------------------
 */

/* [*out] = operator.index([v]), or int([v]) when that equals [v] (an
 * integral float); ValueError [message] for other floats. */
static bool int_arg(EddyVM *vm, Value v, const char *message, Value *out) {
  if (mod_to_index(vm, v, out)) return true;
  if (!container_catch(vm, vm->exc.TypeError)) return false;
  Value arg = v;
  if (!vm_call(vm, OBJ_VAL(vm->types.int_), &arg, 1, NULL, out)) return false;
  bool same = false;
  if (!value_eq(vm, *out, v, &same)) return false;
  if (same) return true;
  return vm_raise(vm, vm->exc.ValueError, "%s", message);
}

/* Raises "empty range for randrange() (start, stop, width)". */
static bool empty_range(EddyVM *vm, Value start, Value stop, Value width) {
  ByteBuf buf;
  buf_init(&buf);
  bool ok = buf_puts(&buf, "(") && put_str(vm, &buf, start) &&
            buf_puts(&buf, ", ") && put_str(vm, &buf, stop) &&
            buf_puts(&buf, ", ") && put_str(vm, &buf, width) &&
            buf_puts(&buf, ")");
  if (ok) {
    vm_raise(vm, vm->exc.ValueError, "empty range for randrange() %s",
             buf.data);
  }
  buf_free(&buf);
  return false;
}

/* [*out] = [start] + [step] * _randbelow(n) with n the number of values
 * in range(start, stop, step) (ints); [width] is stop - start. The
 * arguments are rooted by the caller. */
static bool stepped(EddyVM *vm, RandomState *rs, Value start, Value width,
                    Value step, Value *out) {
  Value n, r;
  int sign = int_sign(step);
  if (sign == 0) {
    return vm_raise(vm, vm->exc.ValueError, "zero step for randrange()");
  }
  if (!arith(vm, BINOP_ADD, width, step, &n) ||
      !arith(vm, BINOP_ADD, n, INT_VAL(sign > 0 ? -1 : 1), &n) ||
      !arith(vm, BINOP_FLOORDIV, n, step, &n)) {
    return false;
  }
  if (int_sign(n) <= 0) {
    return vm_raise(vm, vm->exc.ValueError, "empty range for randrange()");
  }
  gc_push_root(vm, n);
  bool ok = random_below(vm, rs, n, &r);
  gc_push_root(vm, ok ? r : NONE_VAL);
  ok = ok && arith(vm, BINOP_MULT, step, r, &r) &&
       arith(vm, BINOP_ADD, start, r, out);
  gc_pop_roots(vm, 2);
  return ok;
}

/* randrange once start is converted to the int [istart] (rooted). */
static bool randrange_from(EddyVM *vm, RandomState *rs, Value istart,
                           Value stop, Value step, Value *out) {
  Value istop, istep = INT_VAL(1), width, r;
  if (!int_arg(vm, stop, "non-integer stop for randrange()", &istop)) {
    return false;
  }
  gc_push_root(vm, istop);
  bool ok = arith(vm, BINOP_SUB, istop, istart, &width);
  gc_push_root(vm, ok ? width : NONE_VAL);
  ok = ok && (IS_UNDEF(step) ||
              int_arg(vm, step, "non-integer step for randrange()", &istep));
  gc_push_root(vm, istep);
  if (ok && !(IS_INT(istep) && AS_INT(istep) == 1)) {
    ok = stepped(vm, rs, istart, width, istep, out);
  } else if (ok && int_sign(width) <= 0) {
    ok = empty_range(vm, istart, istop, width);
  } else if (ok) {
    ok =
        random_below(vm, rs, width, &r) && arith(vm, BINOP_ADD, istart, r, out);
  }
  gc_pop_roots(vm, 3);
  return ok;
}

/* randrange(start, stop, step) once the arguments are bound ([stop] and
 * [step] UNDEF when omitted). */
static bool randrange(EddyVM *vm, RandomState *rs, Value start, Value stop,
                      Value step, Value *out) {
  Value istart;
  if (!int_arg(vm, start, "non-integer arg 1 for randrange()", &istart)) {
    return false;
  }
  if (IS_UNDEF(stop) || IS_NONE(stop)) {
    if (!IS_UNDEF(step) && !(IS_INT(step) && AS_INT(step) == 1)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "Missing a non-None stop argument");
    }
    if (int_sign(istart) > 0) return random_below(vm, rs, istart, out);
    return vm_raise(vm, vm->exc.ValueError, "empty range for randrange()");
  }
  gc_push_root(vm, istart);
  bool ok = randrange_from(vm, rs, istart, stop, step, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* randrange(start, stop=None, step=1) */
static bool random_randrange(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "start", "stop", "step"};
  static const PySignature sig = {"Random.randrange", params, 4, 4, 2};
  Value v[4];
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  return rs && randrange(vm, rs, v[1], v[2], v[3], result);
}

/* randint(a, b): randrange(a, b + 1). */
static bool random_randint(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "a", "b"};
  static const PySignature sig = {"Random.randint", params, 3, 3, 3};
  Value v[3], stop;
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  return rs && arith(vm, BINOP_ADD, v[2], INT_VAL(1), &stop) &&
         randrange(vm, rs, v[1], stop, UNDEF_VAL, result);
}

/* ---- choice and shuffle -----------------------------------------------------
 */

/* choice(seq) */
static bool random_choice(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  static const char *const params[] = {"self", "seq"};
  static const PySignature sig = {"Random.choice", params, 2, 2, 2};
  Value v[2];
  int64_t n;
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  if (!rs || !value_len(vm, v[1], &n)) return false;
  if (n == 0) {
    return vm_raise(vm, vm->exc.IndexError,
                    "Cannot choose from an empty sequence");
  }
  int64_t i = (int64_t)random_below64(rs, (uint64_t)n);
  return value_getitem(vm, v[1], INT_VAL(i), result);
}

/* Swaps x[i] and x[j] as `x[i], x[j] = x[j], x[i]` does. */
static bool swap_items(EddyVM *vm, Value x, int64_t i, int64_t j) {
  if (container_is_exact(x, vm->types.list)) {
    ObjList *list = AS_LIST(x);
    Value t = list->items[i];
    list->items[i] = list->items[j];
    list->items[j] = t;
    return true;
  }
  Value a, b;
  if (!value_getitem(vm, x, INT_VAL(j), &a)) return false;
  gc_push_root(vm, a);
  bool ok = value_getitem(vm, x, INT_VAL(i), &b);
  gc_push_root(vm, ok ? b : NONE_VAL);
  ok = ok && value_setitem(vm, x, INT_VAL(i), a) &&
       value_setitem(vm, x, INT_VAL(j), b);
  gc_pop_roots(vm, 2);
  return ok;
}

/* shuffle(x): Fisher-Yates from the end, as random.py. */
static bool random_shuffle(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "x"};
  static const PySignature sig = {"Random.shuffle", params, 2, 2, 2};
  Value v[2];
  int64_t n;
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  if (!rs || !value_len(vm, v[1], &n)) return false;
  for (int64_t i = n - 1; i >= 1; i--) {
    int64_t j = (int64_t)random_below64(rs, (uint64_t)i + 1);
    if (!swap_items(vm, v[1], i, j)) return false;
  }
  *result = NONE_VAL;
  return true;
}

/* ---- bisect and accumulate
 * ---------------------------------------------------- */

/* [*out] = bisect.bisect_right([a], [x], [lo], [hi]) on any sequence. */
static bool bisect_right(EddyVM *vm, Value a, Value x, int64_t lo, int64_t hi,
                         int64_t *out) {
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    Value item;
    bool less = false;
    if (!value_getitem(vm, a, INT_VAL(mid), &item)) return false;
    gc_push_root(vm, item);
    bool ok = value_less(vm, x, item, &less);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
    if (less)
      hi = mid;
    else
      lo = mid + 1;
  }
  *out = lo;
  return true;
}

/* [*out] = list(itertools.accumulate([iterable])). */
static bool accumulate(EddyVM *vm, Value iterable, Value *out) {
  if (!value_to_list(vm, iterable, out)) return false;
  ObjList *list = AS_LIST(*out);
  gc_push_root(vm, *out);
  bool ok = true;
  for (size_t i = 1; ok && i < list->length; i++) {
    Value sum;
    ok = arith(vm, BINOP_ADD, list->items[i - 1], list->items[i], &sum);
    if (ok) list->items[i] = sum;
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- sample -----------------------------------------------------------------
 */

/* True when [v] is a collections.abc.Sequence among Eddy's types. */
static bool is_sequence(Value v) {
  return IS_LIST(v) || IS_TUPLE(v) || IS_STR(v) || IS_RANGE(v) || IS_BYTES(v);
}

/* A set of int64 (the indices sample has taken), open addressing. */
typedef struct IndexSet {
  int64_t *slots; /* -1 for empty */
  size_t mask;    /* slots - 1 (a power of two minus one) */
} IndexSet;

/* Adds [j] to [set]; returns false when it was there already. */
static bool index_set_add(IndexSet *set, int64_t j) {
  size_t i = (size_t)j * 0x9E3779B97F4A7C15ULL;
  for (;; i++) {
    int64_t *slot = &set->slots[i & set->mask];
    if (*slot == j) return false;
    if (*slot < 0) {
      *slot = j;
      return true;
    }
  }
}

/* The pool of sample(): the population copied, drawn from without
 * replacement by moving the last unchosen item into each vacancy. */
static bool sample_pool(EddyVM *vm, RandomState *rs, Value population,
                        int64_t n, ObjList *result) {
  Value pool;
  if (!value_to_list(vm, population, &pool)) return false;
  gc_push_root(vm, pool);
  ObjList *p = AS_LIST(pool);
  for (size_t i = 0; i < result->length; i++) {
    int64_t j = (int64_t)random_below64(rs, (uint64_t)(n - (int64_t)i));
    result->items[i] = p->items[j];
    p->items[j] = p->items[n - (int64_t)i - 1];
  }
  gc_pop_roots(vm, 1);
  return true;
}

/* sample() from a large population: indices drawn again while taken. */
static bool sample_set(EddyVM *vm, RandomState *rs, Value population, int64_t n,
                       ObjList *result) {
  size_t cap = 16;
  while (cap < 2 * result->length + 2) cap *= 2;
  IndexSet set = {malloc(cap * sizeof(int64_t)), cap - 1};
  if (!set.slots) return vm_raise_memory(vm);
  memset(set.slots, 0xff, cap * sizeof(int64_t));
  bool ok = true;
  for (size_t i = 0; ok && i < result->length; i++) {
    int64_t j = (int64_t)random_below64(rs, (uint64_t)n);
    while (!index_set_add(&set, j))
      j = (int64_t)random_below64(rs, (uint64_t)n);
    Value item;
    ok = value_getitem(vm, population, INT_VAL(j), &item);
    if (ok) result->items[i] = item;
  }
  free(set.slots);
  return ok;
}

/* Checks 0 <= k <= n and that k is an int, as sample's statements do. */
static bool sample_size(EddyVM *vm, Value k, int64_t n, int64_t *out) {
  bool low, high = false;
  if (!compare(vm, COMPARE_LE, INT_VAL(0), k, &low) ||
      (low && !compare(vm, COMPARE_LE, k, INT_VAL(n), &high))) {
    return false;
  }
  if (!low || !high) {
    return vm_raise(vm, vm->exc.ValueError,
                    "Sample larger than population or is negative");
  }
  if (!IS_ANY_INT(k)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "can't multiply sequence by non-int of type '%s'",
                    vm_type_name(vm, k));
  }
  *out = AS_SMALLINT(k);
  return true;
}

/* The population size up to which sample() copies the population
 * instead of keeping a set of taken indices. */
static int64_t pool_limit(int64_t k) {
  int64_t setsize = 21;
  if (k > 5) {
    double e = ceil(log((double)(k * 3)) / log(4.0));
    setsize = e >= 31 ? INT64_MAX : setsize + ((int64_t)1 << (2 * (int)e));
  }
  return setsize;
}

/* sample(population, k) without counts. */
static bool sample(EddyVM *vm, RandomState *rs, Value population, Value kv,
                   Value *out) {
  int64_t n = 0, k = 0;
  if (!is_sequence(population)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "Population must be a sequence.  For dicts or sets, use "
                    "sorted(d).");
  }
  if (!value_len(vm, population, &n) || !sample_size(vm, kv, n, &k)) {
    return false;
  }
  ObjList *result = list_new(vm, (size_t)k);
  if (!result) return false;
  for (int64_t i = 0; i < k; i++) result->items[i] = NONE_VAL;
  result->length = (size_t)k;
  gc_push_root(vm, OBJ_VAL(result));
  bool ok = n <= pool_limit(k) ? sample_pool(vm, rs, population, n, result)
                               : sample_set(vm, rs, population, n, result);
  gc_pop_roots(vm, 1);
  if (ok) *out = OBJ_VAL(result);
  return ok;
}

/* Replaces each selection s in [selections] by population[bisect(cum, s)]. */
static bool pick_counted(EddyVM *vm, Value population, Value cum,
                         ObjList *selections) {
  int64_t hi = (int64_t)AS_LIST(cum)->length;
  for (size_t i = 0; i < selections->length; i++) {
    int64_t at;
    Value item;
    if (!bisect_right(vm, cum, selections->items[i], 0, hi, &at) ||
        !value_getitem(vm, population, INT_VAL(at), &item)) {
      return false;
    }
    selections->items[i] = item;
  }
  return true;
}

/* sample(population, k, counts=counts): sampling range(total) and
 * mapping each choice through the cumulative counts. */
static bool sample_counted(EddyVM *vm, RandomState *rs, Value population,
                           Value k, Value counts, Value *out) {
  int64_t n;
  Value cum;
  if (!value_len(vm, population, &n) || !accumulate(vm, counts, &cum)) {
    return false;
  }
  gc_push_root(vm, cum);
  ObjList *c = AS_LIST(cum);
  bool ok = true;
  if ((int64_t)c->length != n) {
    ok = vm_raise(vm, vm->exc.ValueError,
                  "The number of counts does not match the population");
  } else if (c->length == 0) {
    ok = vm_raise(vm, vm->exc.IndexError, "pop from empty list");
  }
  Value total = ok ? c->items[--c->length] : NONE_VAL;
  gc_push_root(vm, total); /* no longer held by the list */
  if (ok && !IS_ANY_INT(total)) {
    ok = vm_raise(vm, vm->exc.TypeError, "Counts must be integers");
  } else if (ok && int_sign(total) <= 0) {
    ok = vm_raise(vm, vm->exc.ValueError,
                  "Total of counts must be greater than zero");
  }
  ObjRange *range = ok ? range_new(vm, INT_VAL(0), total, INT_VAL(1)) : NULL;
  gc_push_root(vm, range ? OBJ_VAL(range) : NONE_VAL);
  Value selections;
  ok = range && sample(vm, rs, OBJ_VAL(range), k, &selections);
  if (ok) {
    gc_push_root(vm, selections);
    ok = pick_counted(vm, population, cum, AS_LIST(selections));
    gc_pop_roots(vm, 1);
    *out = selections;
  }
  gc_pop_roots(vm, 3);
  return ok;
}

/* sample(population, k, *, counts=None) */
static bool random_sample(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  static const char *const params[] = {"self", "population", "k", "counts"};
  static const PySignature sig = {"Random.sample", params, 4, 3, 3};
  Value v[4];
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  if (!rs) return false;
  if (!IS_UNDEF(v[3]) && !IS_NONE(v[3])) {
    if (!is_sequence(v[1])) {
      return vm_raise(vm, vm->exc.TypeError,
                      "Population must be a sequence.  For dicts or sets, "
                      "use sorted(d).");
    }
    return sample_counted(vm, rs, v[1], v[2], v[3], result);
  }
  return sample(vm, rs, v[1], v[2], result);
}

/* ---- choices
 * ------------------------------------------------------------------ */

/* The count k of choices(): an int (itertools.repeat's argument). */
static bool choices_count(EddyVM *vm, Value k, int64_t *out) {
  if (IS_UNDEF(k)) {
    *out = 1;
    return true;
  }
  return container_int_arg(vm, k, out);
}

/* choices without weights: population[floor(random() * n)]. */
static bool choices_plain(EddyVM *vm, RandomState *rs, Value population,
                          int64_t n, int64_t k, ObjList *result) {
  for (int64_t i = 0; i < k; i++) {
    Value at, item;
    double r = random_next_double(rs) * (double)n;
    if (!number_float_to_int(vm, floor(r), &at) ||
        !value_getitem(vm, population, at, &item) ||
        !list_append(vm, result, item)) {
      return false;
    }
  }
  return true;
}

/* The cumulative weights from weights= (accumulated) or cum_weights=. */
static bool cumulative(EddyVM *vm, Value weights, Value cum_weights,
                       Value *out) {
  if (!IS_NONE(cum_weights)) {
    if (!IS_NONE(weights)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "Cannot specify both weights and cumulative weights");
    }
    *out = cum_weights;
    return true;
  }
  if (accumulate(vm, weights, out)) return true;
  if (!IS_ANY_INT(weights) || !container_catch(vm, vm->exc.TypeError)) {
    return false;
  }
  ByteBuf text;
  buf_init(&text);
  if (value_repr(vm, weights, &text)) {
    vm_raise(vm, vm->exc.TypeError,
             "The number of choices must be a keyword argument: k=%s",
             text.data);
  }
  buf_free(&text);
  return false;
}

/* The total of the cumulative weights [cum] (n of them): its last value
 * plus 0.0, checked positive and finite. */
static bool weights_total(EddyVM *vm, Value cum, int64_t n, Value *total) {
  int64_t len;
  if (!value_len(vm, cum, &len)) return false;
  if (len != n) {
    return vm_raise(vm, vm->exc.ValueError,
                    "The number of weights does not match the population");
  }
  bool bad;
  double d;
  if (!value_getitem(vm, cum, INT_VAL(-1), total) ||
      !arith(vm, BINOP_ADD, *total, FLOAT_VAL(0.0), total) ||
      !compare(vm, COMPARE_LE, *total, FLOAT_VAL(0.0), &bad)) {
    return false;
  }
  if (bad) {
    return vm_raise(vm, vm->exc.ValueError,
                    "Total of weights must be greater than zero");
  }
  if (!mod_to_double(vm, *total, &d)) return false;
  if (!isfinite(d)) {
    return vm_raise(vm, vm->exc.ValueError, "Total of weights must be finite");
  }
  return true;
}

/* choices with cumulative weights [cum]: population[bisect(cum,
 * random() * total, 0, n - 1)]. */
static bool choices_weighted(EddyVM *vm, RandomState *rs, Value population,
                             Value cum, Value total, int64_t n, int64_t k,
                             ObjList *result) {
  for (int64_t i = 0; i < k; i++) {
    Value x, item;
    int64_t at;
    if (!arith(vm, BINOP_MULT, next_float(rs), total, &x) ||
        !bisect_right(vm, cum, x, 0, n - 1, &at) ||
        !value_getitem(vm, population, INT_VAL(at), &item) ||
        !list_append(vm, result, item)) {
      return false;
    }
  }
  return true;
}

/* Runs choices() into [result] once the arguments are bound. */
static bool choices(EddyVM *vm, RandomState *rs, Value *v, ObjList *result) {
  int64_t n, k;
  Value weights = IS_UNDEF(v[2]) ? NONE_VAL : v[2];
  Value cum_weights = IS_UNDEF(v[3]) ? NONE_VAL : v[3];
  Value cum, total;
  if (!value_len(vm, v[1], &n)) return false;
  if (IS_NONE(weights) && IS_NONE(cum_weights)) {
    return choices_count(vm, v[4], &k) &&
           choices_plain(vm, rs, v[1], n, k, result);
  }
  if (!cumulative(vm, weights, cum_weights, &cum)) return false;
  gc_push_root(vm, cum);
  bool ok = weights_total(vm, cum, n, &total);
  gc_push_root(vm, ok ? total : NONE_VAL);
  ok = ok && choices_count(vm, v[4], &k) &&
       choices_weighted(vm, rs, v[1], cum, total, n, k, result);
  gc_pop_roots(vm, 2);
  return ok;
}

/* choices(population, weights=None, *, cum_weights=None, k=1) */
static bool random_choices(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "population", "weights",
                                       "cum_weights", "k"};
  static const PySignature sig = {"Random.choices", params, 5, 3, 2};
  Value v[5];
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  if (!rs) return false;
  ObjList *list = list_new(vm, 0);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  bool ok = choices(vm, rs, v, list);
  gc_pop_roots(vm, 1);
  if (ok) *result = OBJ_VAL(list);
  return ok;
}

/* ---- real-valued distributions
 * -------------------------------------------------- */

/* uniform(a, b): a + (b - a) * random(). */
static bool random_uniform(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "a", "b"};
  static const PySignature sig = {"Random.uniform", params, 3, 3, 3};
  Value v[3], d;
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  return rs && arith(vm, BINOP_SUB, v[2], v[1], &d) &&
         arith(vm, BINOP_MULT, d, next_float(rs), &d) &&
         arith(vm, BINOP_ADD, v[1], d, result);
}

/* The mode fraction c of triangular(): 0.5, or (mode - low) / (high -
 * low); [*degenerate] when that divides by zero. */
static bool triangle_c(EddyVM *vm, Value low, Value high, Value mode, Value *c,
                       bool *degenerate) {
  Value num, den;
  *degenerate = false;
  if (IS_NONE(mode)) {
    *c = FLOAT_VAL(0.5);
    return true;
  }
  if (!arith(vm, BINOP_SUB, mode, low, &num) ||
      !arith(vm, BINOP_SUB, high, low, &den)) {
    return false;
  }
  if (arith(vm, BINOP_DIV, num, den, c)) return true;
  *degenerate = container_catch(vm, vm->exc.ZeroDivisionError);
  return *degenerate;
}

/* triangular(low=0.0, high=1.0, mode=None) */
static bool random_triangular(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "low", "high", "mode"};
  static const PySignature sig = {"Random.triangular", params, 4, 4, 1};
  Value v[4], c, u;
  bool degenerate, flip;
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  if (!rs) return false;
  Value low = IS_UNDEF(v[1]) ? FLOAT_VAL(0.0) : v[1];
  Value high = IS_UNDEF(v[2]) ? FLOAT_VAL(1.0) : v[2];
  Value mode = IS_UNDEF(v[3]) ? NONE_VAL : v[3];
  u = next_float(rs);
  if (!triangle_c(vm, low, high, mode, &c, &degenerate)) return false;
  if (degenerate) {
    *result = low;
    return true;
  }
  if (!compare(vm, COMPARE_GT, u, c, &flip)) return false;
  if (flip) {
    Value t = low;
    u = FLOAT_VAL(1.0 - AS_FLOAT(u));
    if (!arith(vm, BINOP_SUB, FLOAT_VAL(1.0), c, &c)) return false;
    low = high;
    high = t;
  }
  Value prod, span;
  double root = 0.0;
  if (!arith(vm, BINOP_SUB, high, low, &span)) return false;
  gc_push_root(vm, span);
  bool ok = arith(vm, BINOP_MULT, u, c, &prod) && sqrt_of(vm, prod, &root) &&
            arith(vm, BINOP_MULT, span, FLOAT_VAL(root), &span) &&
            arith(vm, BINOP_ADD, low, span, result);
  gc_pop_roots(vm, 1);
  return ok;
}

/* [*out] = mu + z * sigma for the bound arguments [mu] and [sigma]
 * (0.0 and 1.0 when omitted). */
static bool scale(EddyVM *vm, double z, Value mu, Value sigma, Value *out) {
  Value t;
  mu = IS_UNDEF(mu) ? FLOAT_VAL(0.0) : mu;
  sigma = IS_UNDEF(sigma) ? FLOAT_VAL(1.0) : sigma;
  return arith(vm, BINOP_MULT, FLOAT_VAL(z), sigma, &t) &&
         arith(vm, BINOP_ADD, mu, t, out);
}

/* The z of normalvariate: Kinderman and Monahan's method. */
static double normal_z(RandomState *rs) {
  const double magic = 4 * exp(-0.5) / sqrt(2.0);
  for (;;) {
    double u1 = random_next_double(rs);
    double u2 = 1.0 - random_next_double(rs);
    double z = magic * (u1 - 0.5) / u2;
    if (z * z / 4.0 <= -log(u2)) return z;
  }
}

/* gauss(mu=0.0, sigma=1.0): Box-Muller, keeping the second value. */
static bool random_gauss(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  static const char *const params[] = {"self", "mu", "sigma"};
  static const PySignature sig = {"Random.gauss", params, 3, 3, 1};
  Value v[3];
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  if (!rs) return false;
  double z = rs->gauss_next;
  bool had = rs->has_gauss_next;
  rs->has_gauss_next = false;
  if (!had) {
    double x2pi = random_next_double(rs) * (2.0 * M_PI);
    double g2rad = sqrt(-2.0 * log(1.0 - random_next_double(rs)));
    z = cos(x2pi) * g2rad;
    rs->gauss_next = sin(x2pi) * g2rad;
    rs->has_gauss_next = true;
  }
  return scale(vm, z, v[1], v[2], result);
}

/* normalvariate(mu=0.0, sigma=1.0) */
static bool random_normalvariate(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "mu", "sigma"};
  static const PySignature sig = {"Random.normalvariate", params, 3, 3, 1};
  Value v[3];
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  return rs && scale(vm, normal_z(rs), v[1], v[2], result);
}

/* lognormvariate(mu, sigma): exp(normalvariate(mu, sigma)). */
static bool random_lognormvariate(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "mu", "sigma"};
  static const PySignature sig = {"Random.lognormvariate", params, 3, 3, 3};
  Value v[3], normal;
  double d;
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  if (!rs || !scale(vm, normal_z(rs), v[1], v[2], &normal) ||
      !mod_to_double(vm, normal, &d)) {
    return false;
  }
  double r = exp(d);
  if (isinf(r) && isfinite(d)) {
    return vm_raise(vm, vm->exc.OverflowError, "math range error");
  }
  *result = FLOAT_VAL(r);
  return true;
}

/* expovariate(lambd): -log(1.0 - random()) / lambd. */
static bool random_expovariate(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  static const char *const params[] = {"self", "lambd"};
  static const PySignature sig = {"Random.expovariate", params, 2, 2, 2};
  Value v[2];
  RandomState *rs = bind(vm, &sig, args, nargs, kwnames, v);
  if (!rs) return false;
  double x = -log(1.0 - random_next_double(rs));
  return arith(vm, BINOP_DIV, FLOAT_VAL(x), v[1], result);
}

/* ---- installation
 * ----------------------------------------------------------------- */

static const ModuleFunction dist_methods[] = {
    {"randrange", random_randrange},
    {"randint", random_randint},
    {"choice", random_choice},
    {"shuffle", random_shuffle},
    {"sample", random_sample},
    {"choices", random_choices},
    {"uniform", random_uniform},
    {"triangular", random_triangular},
    {"gauss", random_gauss},
    {"normalvariate", random_normalvariate},
    {"lognormvariate", random_lognormvariate},
    {"expovariate", random_expovariate},
};

bool random_dist_install(EddyVM *vm, ObjClass *cls) {
  size_t n = sizeof dist_methods / sizeof dist_methods[0];
  for (size_t i = 0; i < n; i++) {
    if (!native_method(vm, cls, dist_methods[i].name, dist_methods[i].fn)) {
      return false;
    }
  }
  return true;
}
