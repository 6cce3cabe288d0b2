/* builtins_iter.c: the built-in functions that consume an iterable.
 *
 * min, max, sum, sorted, any and all. Each walks its iterable with
 * iter()/next() (container_each for the simple ones), so it works on any
 * iterable, generators and user classes included, and stops at the first
 * exception.
 *
 * Values produced during the walk (the current item, its key, the best so
 * far, the running sum) live only in C locals while key functions and
 * __add__/__lt__ methods run and allocate, so they sit in slots of the
 * temporary-root stack that the loop overwrites as it goes.
 */
#include <string.h>

/* protocol.h first: container.h uses its CompareOp */
#include "vm/protocol.h"

#include "stdlib/builtins_internal.h"
#include "vm/container.h"
#include "vm/native.h"
#include "vm/obj_str.h"

/* ---- min and max ------------------------------------------------------ */

/* The temporary-root slots of a min()/max() call, from Extreme.slot. */
enum {
  EXT_ITER,     /* the iterator */
  EXT_ITEM,     /* the current item */
  EXT_KEY,      /* its key */
  EXT_BEST,     /* the best item so far, or UNDEF */
  EXT_BEST_KEY, /* its key */
  EXT_CMP,      /* the result of the last comparison */
  EXT_SLOTS
};

/* The state of one min() or max() call. */
typedef struct Extreme {
  const char *name; /* "min" or "max", for messages */
  CompareOp op;     /* COMPARE_LT for min, COMPARE_GT for max */
  Value key;        /* the key function, or UNDEF */
  Value dflt;       /* the default, or UNDEF */
  int slot;         /* the first of EXT_SLOTS temporary-root slots */
} Extreme;

/* The value rooted in slot [which] of [e]. */
static Value ext_get(EddyVM *vm, const Extreme *e, int which) {
  return vm->temp_roots[e->slot + which];
}

/* Roots [v] in slot [which] of [e]. */
static void ext_set(EddyVM *vm, const Extreme *e, int which, Value v) {
  builtins_root_set(vm, e->slot + which, v);
}

/* Reads min/max's keyword arguments (key, default) into [e]. */
static bool extreme_keywords(EddyVM *vm, Extreme *e, Value *args, int nargs,
                             ObjTuple *kwnames) {
  e->key = UNDEF_VAL;
  e->dflt = UNDEF_VAL;
  for (size_t i = 0; kwnames && i < kwnames->length; i++) {
    ObjStr *key = AS_STR(kwnames->items[i]);
    Value v = args[nargs + (int)i];
    if (str_equal_cstr(key, "key")) {
      e->key = IS_NONE(v) ? UNDEF_VAL : v;
    } else if (str_equal_cstr(key, "default")) {
      e->dflt = v;
    } else {
      return builtins_bad_keyword(vm, key, e->name);
    }
  }
  return true;
}

/* Offers [item] to [e]: computes its key and keeps both when the key
 * beats the best so far (item OP best, as CPython compares them). */
static bool extreme_offer(EddyVM *vm, Extreme *e, Value item) {
  ext_set(vm, e, EXT_ITEM, item);
  Value key = item;
  if (!IS_UNDEF(e->key) && !vm_call(vm, e->key, &item, 1, NULL, &key)) {
    return false;
  }
  ext_set(vm, e, EXT_KEY, key);
  bool better = IS_UNDEF(ext_get(vm, e, EXT_BEST));
  if (!better) {
    Value cmp;
    if (!value_compare(vm, e->op, key, ext_get(vm, e, EXT_BEST_KEY), &cmp)) {
      return false;
    }
    ext_set(vm, e, EXT_CMP, cmp);
    if (!value_truthy(vm, cmp, &better)) return false;
  }
  if (better) {
    ext_set(vm, e, EXT_BEST, item);
    ext_set(vm, e, EXT_BEST_KEY, key);
  }
  return true;
}

/* Offers every item of the iterable [src] to [e]. */
static bool extreme_walk(EddyVM *vm, Extreme *e, Value src) {
  Value it;
  if (!value_iter(vm, src, &it)) return false;
  ext_set(vm, e, EXT_ITER, it);
  for (;;) {
    Value item;
    bool done = false;
    if (!value_next(vm, it, &item, &done)) return false;
    if (done) return true;
    if (!extreme_offer(vm, e, item)) return false;
  }
}

/* Runs min() or max() over the positional arguments [args] (one
 * iterable, or several values). */
static bool extreme_run(EddyVM *vm, Extreme *e, Value *args, int nargs,
                        Value *result) {
  e->slot = builtins_root(vm, UNDEF_VAL);
  for (int i = 1; i < EXT_SLOTS; i++) gc_push_root(vm, UNDEF_VAL);
  bool ok = true;
  if (nargs == 1) {
    ok = extreme_walk(vm, e, args[0]);
  } else {
    for (int i = 0; ok && i < nargs; i++) ok = extreme_offer(vm, e, args[i]);
  }
  Value best = ext_get(vm, e, EXT_BEST);
  gc_pop_roots(vm, EXT_SLOTS);
  if (!ok) return false;
  if (!IS_UNDEF(best)) {
    *result = best;
    return true;
  }
  if (!IS_UNDEF(e->dflt)) {
    *result = e->dflt;
    return true;
  }
  return vm_raise(vm, vm->exc.ValueError, "%s() arg is an empty sequence",
                  e->name);
}

/* min() and max(): checks the call as CPython's min_max does. */
static bool min_max(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                    Value *result, const char *name, CompareOp op) {
  Extreme e = {.name = name, .op = op};
  if (nargs == 0) {
    return vm_raise(vm, vm->exc.TypeError,
                    "%s expected at least 1 argument, got 0", name);
  }
  if (!extreme_keywords(vm, &e, args, nargs, kwnames)) return false;
  if (nargs > 1 && !IS_UNDEF(e.dflt)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "Cannot specify a default for %s() with multiple "
                    "positional arguments",
                    name);
  }
  return extreme_run(vm, &e, args, nargs, result);
}

/* min(iterable, *[, default, key]) or min(a, b, *args[, key]) */
static bool builtin_min(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return min_max(vm, args, nargs, kwnames, result, "min", COMPARE_LT);
}

/* max(iterable, *[, default, key]) or max(a, b, *args[, key]) */
static bool builtin_max(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return min_max(vm, args, nargs, kwnames, result, "max", COMPARE_GT);
}

/* ---- sum ----------------------------------------------------------------- */

/* Adds [item] to the running sum [*acc], with fast paths for int + int
 * (when it does not overflow) and float + float. */
static bool sum_add(EddyVM *vm, Value *acc, Value item) {
  if (IS_INT(*acc) && IS_INT(item)) {
    int64_t r;
    if (!__builtin_add_overflow(AS_INT(*acc), AS_INT(item), &r)) {
      *acc = INT_VAL(r);
      return true;
    }
  } else if (IS_FLOAT(*acc) && IS_FLOAT(item)) {
    *acc = FLOAT_VAL(AS_FLOAT(*acc) + AS_FLOAT(item));
    return true;
  }
  return vm_binary_op(vm, BINOP_ADD, *acc, item, acc);
}

/* Reads sum()'s arguments: sum(iterable, /, start=0), with CPython's
 * messages, which count keyword arguments with the positional ones. */
static bool sum_args(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *start) {
  int nkw = kwnames ? (int)kwnames->length : 0;
  if (nargs + nkw > 2) {
    return vm_raise(vm, vm->exc.TypeError,
                    "sum() takes at most 2 arguments (%d given)", nargs + nkw);
  }
  if (nargs < 1) {
    return vm_raise(vm, vm->exc.TypeError,
                    "sum() takes at least 1 positional argument (0 given)");
  }
  *start = nargs == 2 ? args[1] : INT_VAL(0);
  if (nkw == 1) {
    ObjStr *key = AS_STR(kwnames->items[0]);
    if (!str_equal_cstr(key, "start")) {
      return builtins_bad_keyword(vm, key, "sum");
    }
    *start = args[nargs];
  }
  if (IS_STR(*start)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (IS_BYTES(*start)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  return true;
}

/* Adds one item to the sum rooted in the slot [*ctx]. */
static bool sum_item(EddyVM *vm, Value item, void *ctx) {
  int slot = *(int *)ctx;
  Value acc = vm->temp_roots[slot];
  if (!sum_add(vm, &acc, item)) return false;
  builtins_root_set(vm, slot, acc);
  return true;
}

/* sum(iterable, /, start=0) */
static bool builtin_sum(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  Value start;
  if (!sum_args(vm, args, nargs, kwnames, &start)) return false;
  int slot = builtins_root(vm, start);
  bool ok = container_each(vm, args[0], sum_item, &slot);
  *result = vm->temp_roots[slot];
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- sorted ---------------------------------------------------------- */

/* Calls the sort method of the list [list] with the keyword arguments
 * named by [kwnames] whose values are at [kwargs]. */
static bool call_sort(EddyVM *vm, Value list, Value *kwargs,
                      ObjTuple *kwnames) {
  ObjStr *sort_name = str_intern_cstr(vm, "sort");
  if (!sort_name) return false;
  Value sort, ignored;
  if (!value_getattr(vm, list, sort_name, &sort)) return false;
  gc_push_root(vm, sort);
  bool ok = vm_call(vm, sort, kwargs, 0, kwnames, &ignored);
  gc_pop_roots(vm, 1);
  return ok;
}

bool builtins_sort_list(EddyVM *vm, Value list) {
  return call_sort(vm, list, NULL, NULL);
}

/* sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by
 * calling its sort method with the keyword arguments, as CPython does
 * (so a bad keyword reads "... is an invalid keyword argument for
 * sort()"). */
static bool builtin_sorted(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (nargs != 1) {
    return vm_raise(vm, vm->exc.TypeError, "sorted expected 1 argument, got %d",
                    nargs);
  }
  Value list;
  if (!value_to_list(vm, args[0], &list)) return false;
  gc_push_root(vm, list);
  bool ok = call_sort(vm, list, args + 1, kwnames);
  gc_pop_roots(vm, 1);
  if (ok) *result = list;
  return ok;
}

/* ---- any and all ------------------------------------------------------ */

/* any(iterable) when [want] is true, all(iterable) when false: stops at
 * the first item whose truth is [want]. */
static bool any_all(EddyVM *vm, Value iterable, bool want, Value *result) {
  Value it;
  if (!value_iter(vm, iterable, &it)) return false;
  gc_push_root(vm, it);
  bool ok = true, found = false;
  while (ok && !found) {
    Value item;
    bool done = false, truth;
    ok = value_next(vm, it, &item, &done);
    if (!ok || done) break;
    gc_push_root(vm, item);
    ok = value_truthy(vm, item, &truth);
    gc_pop_roots(vm, 1);
    found = ok && truth == want;
  }
  gc_pop_roots(vm, 1);
  if (ok) *result = BOOL_VAL(found == want);
  return ok;
}

/* any(iterable) */
static bool builtin_any(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!builtins_positional(vm, "any", nargs, kwnames, 1, 1)) return false;
  return any_all(vm, args[0], true, result);
}

/* all(iterable) */
static bool builtin_all(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!builtins_positional(vm, "all", nargs, kwnames, 1, 1)) return false;
  return any_all(vm, args[0], false, result);
}

static const BuiltinDef iter_builtins[] = {
    {"min", builtin_min},       {"max", builtin_max}, {"sum", builtin_sum},
    {"sorted", builtin_sorted}, {"any", builtin_any}, {"all", builtin_all},
};

bool builtins_iter_install(EddyVM *vm) {
  return builtins_define_all(vm, iter_builtins,
                             sizeof iter_builtins / sizeof iter_builtins[0]);
}
