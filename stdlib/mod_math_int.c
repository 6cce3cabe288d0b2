/* mod_math_int.c: the math module, functions of integers (see mod_math.h).
 *
 * gcd, lcm, isqrt, factorial, comb and perm compute on GMP integers; the
 * results are exact, so only the argument handling and the errors need to
 * follow CPython. Results that would be larger than Eddy builds ints
 * (INT_MAX_BITS) raise MemoryError before GMP is asked for them.
 */
#include <math.h>

#include "stdlib/mod_common.h"
#include "stdlib/mod_math.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"

/* ---- GMP helpers ------------------------------------------------------ */

/* [*out] = the int of [z], which is cleared in every case. */
static bool take_result(EddyVM *vm, mpz_t z, Value *out) {
  *out = int_take_mpz(vm, z);
  return !IS_UNDEF(*out);
}

/* operator.index([v]) as a fresh mpz in [z] (initialised here; the caller
 * clears it when this returns true). */
static bool index_mpz(EddyVM *vm, Value v, mpz_t z) {
  Value i;
  if (!mod_to_index(vm, v, &i)) return false;
  mpz_init(z);
  int_to_mpz(i, z);
  return true;
}

/* Raises MemoryError when a result of about [bits] bits is too large to
 * build. */
static bool check_size(EddyVM *vm, double bits) {
  if (bits < (double)INT_MAX_BITS) return true;
  return vm_raise_memory(vm);
}

/* ---- gcd and lcm -------------------------------------------------------- */

/* Reduces the arguments of gcd ([is_gcd]) or lcm with CPython's order of
 * conversions: every argument is converted even once the result is
 * settled (1 for gcd, 0 for lcm). */
static bool reduce_ints(EddyVM *vm, Value *args, int nargs, bool is_gcd,
                        Value *result) {
  mpz_t acc, x;
  if (!index_mpz(vm, args[0], acc)) return false;
  mpz_abs(acc, acc);
  for (int i = 1; i < nargs; i++) {
    if (!index_mpz(vm, args[i], x)) {
      mpz_clear(acc);
      return false;
    }
    bool settled = is_gcd ? mpz_cmp_ui(acc, 1) == 0 : mpz_sgn(acc) == 0;
    if (!settled && is_gcd)
      mpz_gcd(acc, acc, x);
    else if (!settled)
      mpz_lcm(acc, acc, x);
    mpz_clear(x);
  }
  return take_result(vm, acc, result);
}

/* gcd(*integers) */
static bool math_gcd(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  if (!native_no_kwargs(vm, "math.gcd", kwnames)) return false;
  if (nargs == 0) {
    *result = INT_VAL(0);
    return true;
  }
  return reduce_ints(vm, args, nargs, true, result);
}

/* lcm(*integers) */
static bool math_lcm(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  if (!native_no_kwargs(vm, "math.lcm", kwnames)) return false;
  if (nargs == 0) {
    *result = INT_VAL(1);
    return true;
  }
  return reduce_ints(vm, args, nargs, false, result);
}

/* ---- isqrt and factorial ------------------------------------------------- */

/* isqrt(n, /): the integer part of the square root. */
static bool math_isqrt(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  mpz_t n;
  if (!native_no_kwargs(vm, "math.isqrt", kwnames) ||
      !native_check_count(vm, "math.isqrt", nargs, 1, 1) ||
      !index_mpz(vm, args[0], n)) {
    return false;
  }
  if (mpz_sgn(n) < 0) {
    mpz_clear(n);
    return vm_raise(vm, vm->exc.ValueError,
                    "isqrt() argument must be nonnegative");
  }
  mpz_sqrt(n, n);
  return take_result(vm, n, result);
}

/* Bits in n! (Stirling), for the size check. */
static double factorial_bits(double n) {
  return n < 2 ? 1 : n * (log2(n) - 1.4426950408889634) + 64;
}

/* n! for the non-negative int64 [n]. */
static bool factorial_of(EddyVM *vm, int64_t n, Value *result) {
  if (!check_size(vm, factorial_bits((double)n))) return false;
  mpz_t z;
  mpz_init(z);
  mpz_fac_ui(z, (unsigned long)n);
  return take_result(vm, z, result);
}

/* The argument of factorial, with CPython's errors. */
static bool factorial_arg(EddyVM *vm, Value v, int64_t *n) {
  Value i;
  if (!mod_to_index(vm, v, &i)) return false;
  if (IS_BIGINT(i) && int_sign(i) > 0) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "factorial() argument should not exceed %lld",
                    (long long)INT64_MAX);
  }
  if (IS_BIGINT(i) || AS_SMALLINT(i) < 0) {
    return vm_raise(vm, vm->exc.ValueError,
                    "factorial() not defined for negative values");
  }
  *n = AS_SMALLINT(i);
  return true;
}

/* factorial(n, /) */
static bool math_factorial(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  int64_t n;
  return native_no_kwargs(vm, "math.factorial", kwnames) &&
         native_check_count(vm, "math.factorial", nargs, 1, 1) &&
         factorial_arg(vm, args[0], &n) && factorial_of(vm, n, result);
}

/* ---- comb and perm --------------------------------------------------------
 */

/* [out] = n * (n-1) * ... * (n-count+1), by halves so that the big
 * multiplications are balanced. */
static void falling_product(mpz_t out, const mpz_t n, unsigned long count) {
  if (count <= 16) {
    mpz_set_ui(out, 1);
    mpz_t f;
    mpz_init_set(f, n);
    for (unsigned long i = 0; i < count; i++) {
      mpz_mul(out, out, f);
      mpz_sub_ui(f, f, 1);
    }
    mpz_clear(f);
    return;
  }
  unsigned long half = count / 2;
  mpz_t right, rest;
  mpz_init(right);
  mpz_init(rest);
  falling_product(out, n, half);
  mpz_sub_ui(rest, n, half);
  falling_product(right, rest, count - half);
  mpz_mul(out, out, right);
  mpz_clear(right);
  mpz_clear(rest);
}

/* Reads n and k of comb and perm: both ints, neither negative. */
static bool comb_args(EddyVM *vm, Value *args, mpz_t n, mpz_t k) {
  if (!index_mpz(vm, args[0], n)) return false;
  if (!index_mpz(vm, args[1], k)) {
    mpz_clear(n);
    return false;
  }
  const char *bad = mpz_sgn(n) < 0   ? "n must be a non-negative integer"
                    : mpz_sgn(k) < 0 ? "k must be a non-negative integer"
                                     : NULL;
  if (!bad) return true;
  mpz_clear(n);
  mpz_clear(k);
  return vm_raise(vm, vm->exc.ValueError, "%s", bad);
}

/* comb or perm ([is_comb]) of n and k once read: 0 when k > n. */
static bool comb_compute(EddyVM *vm, mpz_t n, mpz_t k, bool is_comb,
                         Value *result) {
  mpz_t z;
  mpz_init(z);
  if (mpz_cmp(n, k) < 0) return take_result(vm, z, result);
  if (is_comb) {
    mpz_sub(z, n, k);
    if (mpz_cmp(z, k) < 0) mpz_set(k, z); /* k = min(k, n - k) */
  }
  if (!mpz_fits_slong_p(k)) {
    mpz_clear(z);
    return vm_raise(vm, vm->exc.OverflowError, "%s must not exceed %lld",
                    is_comb ? "min(n - k, k)" : "k", (long long)INT64_MAX);
  }
  unsigned long kk = mpz_get_ui(k);
  double nbits = (double)mpz_sizeinbase(n, 2);
  if (!check_size(vm, (double)kk * nbits)) {
    mpz_clear(z);
    return false;
  }
  if (is_comb)
    mpz_bin_ui(z, n, kk);
  else
    falling_product(z, n, kk);
  return take_result(vm, z, result);
}

/* comb(n, k, /) or perm(n, k, /). */
static bool comb_or_perm(EddyVM *vm, Value *args, bool is_comb, Value *result) {
  mpz_t n, k;
  if (!comb_args(vm, args, n, k)) return false;
  bool ok = comb_compute(vm, n, k, is_comb, result);
  mpz_clear(n);
  mpz_clear(k);
  return ok;
}

/* comb(n, k, /) */
static bool math_comb(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return native_no_kwargs(vm, "math.comb", kwnames) &&
         native_check_count(vm, "comb", nargs, 2, 2) &&
         comb_or_perm(vm, args, true, result);
}

/* perm(n, k=None, /): n! when k is None. */
static bool math_perm(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  if (!native_no_kwargs(vm, "math.perm", kwnames) ||
      !native_check_count(vm, "perm", nargs, 1, 2)) {
    return false;
  }
  if (nargs == 1 || IS_NONE(args[1])) {
    int64_t n;
    return factorial_arg(vm, args[0], &n) && factorial_of(vm, n, result);
  }
  return comb_or_perm(vm, args, false, result);
}

/* ---- prod ------------------------------------------------------------------
 */

/* Checks prod's arguments: one positional, then only start=. */
static bool prod_args(EddyVM *vm, int nargs, ObjTuple *kwnames, Value *args,
                      Value *start) {
  size_t nkw = kwnames ? kwnames->length : 0;
  if (nargs != 1) {
    return vm_raise(vm, vm->exc.TypeError,
                    "prod() takes exactly 1 positional argument (%d given)",
                    nargs);
  }
  if (nkw > 1) {
    return vm_raise(vm, vm->exc.TypeError,
                    "prod() takes at most 2 arguments (%zu given)", nkw + 1);
  }
  *start = INT_VAL(1);
  if (nkw == 0) return true;
  ObjStr *key = AS_STR(kwnames->items[0]);
  if (!str_equal_cstr(key, "start")) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' is an invalid keyword argument for prod()",
                    key->chars);
  }
  *start = args[1];
  return true;
}

/* prod(iterable, /, *, start=1): start * item * item ... */
static bool math_prod(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  Value acc, it;
  if (!prod_args(vm, nargs, kwnames, args, &acc) ||
      !value_iter(vm, args[0], &it)) {
    return false;
  }
  gc_push_root(vm, it);
  gc_push_root(vm, acc);
  int slot = vm->temp_root_count - 1;
  bool ok = true;
  for (;;) {
    Value item;
    bool done = false;
    ok = value_next(vm, it, &item, &done);
    if (!ok || done) break;
    gc_push_root(vm, item);
    ok = mod_arith(vm, BINOP_MULT, acc, item, &acc);
    gc_pop_roots(vm, 1);
    if (!ok) break;
    vm->temp_roots[slot] = acc;
  }
  gc_pop_roots(vm, 2);
  if (ok) *result = acc;
  return ok;
}

/* ---- the functions --------------------------------------------------------
 */

static const ModuleFunction math_int_functions[] = {
    {"comb", math_comb}, {"factorial", math_factorial},
    {"gcd", math_gcd},   {"isqrt", math_isqrt},
    {"lcm", math_lcm},   {"perm", math_perm},
    {"prod", math_prod},
};

bool math_int_define(EddyVM *vm, ObjModule *module) {
  return mod_define_functions(vm, module, math_int_functions,
                              sizeof math_int_functions /
                                  sizeof math_int_functions[0]);
}
