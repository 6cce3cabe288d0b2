/* mod_math.c: the math module, functions of floats (see mod_math.h).
 *
 * Errors follow CPython's rules for wrapping libm: a NaN result from a
 * non-NaN argument is "math domain error" (ValueError); an infinite result
 * from a finite argument is "math range error" (OverflowError) for
 * functions that can overflow (exp, cosh, ...) and a domain error for the
 * others (a singularity such as log(0)); errno set by libm is checked the
 * same way, ignoring ERANGE for results below 1.5 in magnitude
 * (underflow).
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "stdlib/mod_common.h"
#include "stdlib/mod_math.h"
#include "stdlib/modules.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_int.h"
#include "vm/obj_tuple.h"

/* The constants, as the C library spells them in double precision. */
#define MATH_PI 3.141592653589793238462643383279502884
#define MATH_E 2.718281828459045235360287471352662498

/* ---- argument checks and errors --------------------------------------- */

/* Checks a call of a one-argument function shown as [name] ("math.sqrt"). */
static bool one_arg(EddyVM *vm, const char *name, int nargs,
                    ObjTuple *kwnames) {
  return native_no_kwargs(vm, name, kwnames) &&
         native_check_count(vm, name, nargs, 1, 1);
}

/* Checks a call of a two-argument function: keywords are refused with
 * the module prefix ("math.pow() takes no keyword arguments"), the count
 * without it ("pow expected 2 arguments, got 1"). */
static bool two_args(EddyVM *vm, const char *name, int nargs,
                     ObjTuple *kwnames) {
  char full[32];
  snprintf(full, sizeof full, "math.%s", name);
  return native_no_kwargs(vm, full, kwnames) &&
         native_check_count(vm, name, nargs, 2, 2);
}

/* Raises ValueError "math domain error". Always false. */
static bool domain_error(EddyVM *vm) {
  return vm_raise(vm, vm->exc.ValueError, "math domain error");
}

/* Raises OverflowError "math range error". Always false. */
static bool range_error(EddyVM *vm) {
  return vm_raise(vm, vm->exc.OverflowError, "math range error");
}

/* Checks the errno value [err] that libm left with the result [r]:
 * false after raising, true when [r] stands. */
static bool check_errno(EddyVM *vm, int err, double r) {
  if (err == 0) return true;
  if (err == EDOM) return domain_error(vm);
  if (err == ERANGE) return fabs(r) < 1.5 ? true : range_error(vm);
  return vm_raise(vm, vm->exc.ValueError, "%s", strerror(err));
}

/* Stores the float [d] in [*result]; always true. */
static bool float_result(Value *result, double d) {
  *result = FLOAT_VAL(d);
  return true;
}

/* ---- one-argument functions ---------------------------------------------- */

/* [*out] = [func]([x]) with CPython's checks; [can_overflow] says whether
 * an infinite result from a finite argument is an overflow. */
static bool apply_1(EddyVM *vm, Value x, double (*func)(double),
                    bool can_overflow, double *out) {
  double d;
  if (!mod_to_double(vm, x, &d)) return false;
  errno = 0;
  double r = func(d);
  int err = errno;
  if (isnan(r) && !isnan(d)) return domain_error(vm);
  if (isinf(r) && isfinite(d)) {
    return can_overflow ? range_error(vm) : domain_error(vm);
  }
  if (isfinite(r) && !check_errno(vm, err, r)) return false;
  *out = r;
  return true;
}

/* A one-argument libm function wrapped as CPython's math_1. */
static bool math_1(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                   const char *name, double (*func)(double), bool can_overflow,
                   Value *result) {
  double r;
  if (!one_arg(vm, name, nargs, kwnames) ||
      !apply_1(vm, args[0], func, can_overflow, &r)) {
    return false;
  }
  return float_result(result, r);
}

/* A one-argument function known to set errno (CPython's math_1a). */
static bool math_1a(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                    const char *name, double (*func)(double), Value *result) {
  double d;
  if (!one_arg(vm, name, nargs, kwnames) || !mod_to_double(vm, args[0], &d)) {
    return false;
  }
  errno = 0;
  double r = func(d);
  if (!check_errno(vm, errno, r)) return false;
  return float_result(result, r);
}

/* Defines math_NAME calling math_1 on the libm function FUNC. */
#define MATH_FUNC1(name, func, can_overflow)                                   \
  static bool math_##name(EddyVM *vm, Value *args, int nargs,                  \
                          ObjTuple *kwnames, Value *result) {                  \
    return math_1(vm, args, nargs, kwnames, "math." #name, func, can_overflow, \
                  result);                                                     \
  }

MATH_FUNC1(acos, acos, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1(log1p, log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(tanh, tanh, false)
#undef MATH_FUNC1

/* erf(x, /) */
static bool math_erf(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  return math_1a(vm, args, nargs, kwnames, "math.erf", erf, result);
}

/* erfc(x, /) */
static bool math_erfc(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return math_1a(vm, args, nargs, kwnames, "math.erfc", erfc, result);
}

/* ---- two-argument functions ------------------------------------------------
 */

/* Reads the two float arguments of a two-argument function [name]. */
static bool two_doubles(EddyVM *vm, const char *name, Value *args, int nargs,
                        ObjTuple *kwnames, double *x, double *y) {
  return two_args(vm, name, nargs, kwnames) && mod_to_double(vm, args[0], x) &&
         mod_to_double(vm, args[1], y);
}

/* A two-argument function wrapped as CPython's math_2: NaN from non-NaN
 * arguments is a domain error, infinity from finite ones an overflow. */
static bool math_2(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                   const char *name, double (*func)(double, double),
                   Value *result) {
  double x, y;
  if (!two_doubles(vm, name, args, nargs, kwnames, &x, &y)) return false;
  double r = func(x, y);
  int err = 0;
  if (isnan(r))
    err = !isnan(x) && !isnan(y) ? EDOM : 0;
  else if (isinf(r))
    err = isfinite(x) && isfinite(y) ? ERANGE : 0;
  if (!check_errno(vm, err, r)) return false;
  return float_result(result, r);
}

/* atan2 with the special values settled before libm sees them. */
static double atan2_special(double y, double x) {
  if (isnan(x) || isnan(y)) return NAN;
  if (isinf(y)) {
    if (isinf(x)) {
      return copysign(copysign(1.0, x) == 1.0 ? 0.25 * MATH_PI : 0.75 * MATH_PI,
                      y);
    }
    return copysign(0.5 * MATH_PI, y);
  }
  if (isinf(x) || y == 0.0) {
    return copysign(copysign(1.0, x) == 1.0 ? 0.0 : MATH_PI, y);
  }
  return atan2(y, x);
}

/* IEEE 754 remainder of finite [x] and [y]: x - n*y for the nearest n,
 * ties to even; always exact. */
static double remainder_finite(double x, double y) {
  if (y == 0.0) return NAN;
  double absx = fabs(x), absy = fabs(y);
  double m = fmod(absx, absy);
  double c = absy - m; /* compared with m instead of 0.5 * absy, which
                          may not be representable */
  double r;
  if (m < c)
    r = m;
  else if (m > c)
    r = -c;
  else
    r = m - 2.0 * fmod(0.5 * (absx - m), absy); /* exact tie */
  return copysign(1.0, x) * r;
}

/* math.remainder's function, with the special values. */
static double remainder_special(double x, double y) {
  if (isfinite(x) && isfinite(y)) return remainder_finite(x, y);
  if (isnan(x)) return x;
  if (isnan(y)) return y;
  if (isinf(x)) return NAN;
  return x; /* y is infinite */
}

/* atan2(y, x, /) */
static bool math_atan2(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return math_2(vm, args, nargs, kwnames, "atan2", atan2_special, result);
}

/* copysign(x, y, /) */
static bool math_copysign(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  return math_2(vm, args, nargs, kwnames, "copysign", copysign, result);
}

/* remainder(x, y, /) */
static bool math_remainder(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  return math_2(vm, args, nargs, kwnames, "remainder", remainder_special,
                result);
}

/* nextafter(x, y, /) */
static bool math_nextafter(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  double x, y;
  if (!two_doubles(vm, "nextafter", args, nargs, kwnames, &x, &y)) return false;
  return float_result(result, nextafter(x, y));
}

/* fmod(x, y, /): x for an infinite y and finite x. */
static bool math_fmod(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  double x, y;
  if (!two_doubles(vm, "fmod", args, nargs, kwnames, &x, &y)) return false;
  if (isinf(y) && isfinite(x)) return float_result(result, x);
  double r = fmod(x, y);
  int err = isnan(r) && !isnan(x) && !isnan(y) ? EDOM : 0;
  if (!check_errno(vm, err, r)) return false;
  return float_result(result, r);
}

/* x ** y when x or y is infinite or NaN, as C99 Annex F defines it. */
static double pow_special(double x, double y) {
  if (isnan(x)) return y == 0.0 ? 1.0 : x;
  if (isnan(y)) return x == 1.0 ? 1.0 : y;
  if (isinf(x)) {
    bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
    if (y > 0.0) return odd_y ? x : fabs(x);
    if (y == 0.0) return 1.0;
    return odd_y ? copysign(0.0, x) : 0.0;
  }
  if (fabs(x) == 1.0) return 1.0; /* y is infinite */
  if (y > 0.0 && fabs(x) > 1.0) return y;
  if (y < 0.0 && fabs(x) < 1.0) return -y;
  return 0.0;
}

/* pow(x, y, /): always floats; 0.0 ** -1 is a domain error, overflow a
 * range error. */
static bool math_pow(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  double x, y;
  if (!two_doubles(vm, "pow", args, nargs, kwnames, &x, &y)) return false;
  if (!isfinite(x) || !isfinite(y))
    return float_result(result, pow_special(x, y));
  double r = pow(x, y);
  int err = 0;
  if (isnan(r))
    err = EDOM;
  else if (isinf(r))
    err = x == 0.0 ? EDOM : ERANGE;
  if (!check_errno(vm, err, r)) return false;
  return float_result(result, r);
}

/* ---- logarithms ------------------------------------------------------------
 */

/* log with the special values settled: EDOM for zero and negatives. */
static double log_special(double x) {
  if (isfinite(x)) {
    if (x > 0.0) return log(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

/* log2, as log_special. */
static double log2_special(double x) {
  if (isfinite(x)) {
    if (x > 0.0) return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

/* log10, as log_special. */
static double log10_special(double x) {
  if (isfinite(x)) {
    if (x > 0.0) return log10(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

/* Splits the positive big int [v] into a mantissa in [0.5, 1), correctly
 * rounded to 53 bits (ties to even), and a power of two in [*exp]. */
static double big_frexp(Value v, int64_t *exp) {
  mpz_t z, top;
  mpz_init(z);
  mpz_init(top);
  int_to_mpz(v, z);
  size_t bits = mpz_sizeinbase(z, 2);
  size_t shift = bits > 55 ? bits - 55 : 0;
  mpz_tdiv_q_2exp(top, z, shift);
  /* 55 bits plus a sticky bit for what was shifted out round correctly
   * in the one conversion to double below. */
  uint64_t m = mpz_get_ui(top) | (mpz_scan1(z, 0) < shift ? 1u : 0u);
  mpz_clear(z);
  mpz_clear(top);
  int e;
  double frac = frexp((double)m, &e);
  *exp = (int64_t)e + (int64_t)shift;
  return frac;
}

/* [*out] = [func]([x]) for log, log2 or log10, where an int argument of
 * any size works: a huge int is split as m * 2**e. */
static bool log_helper(EddyVM *vm, Value x, double (*func)(double),
                       double *out) {
  if (!IS_ANY_INT(x)) return apply_1(vm, x, func, false, out);
  if (int_sign(x) <= 0) return domain_error(vm);
  double d;
  if (number_to_double(vm, x, &d)) {
    *out = func(d);
    return true;
  }
  if (!container_catch(vm, vm->exc.OverflowError)) return false;
  int64_t e;
  double m = big_frexp(x, &e);
  *out = func(m) + func(2.0) * (double)e;
  return true;
}

/* log(x[, base]) */
static bool math_log(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  if (!native_no_kwargs(vm, "log", kwnames)) return false;
  if (nargs < 1 || nargs > 2) {
    return vm_raise(vm, vm->exc.TypeError,
                    "math.log requires 1 to 2 arguments");
  }
  double num, den;
  if (!log_helper(vm, args[0], log_special, &num)) return false;
  if (nargs == 1) return float_result(result, num);
  if (!log_helper(vm, args[1], log_special, &den)) return false;
  if (den == 0.0) {
    return vm_raise(vm, vm->exc.ZeroDivisionError, "float division by zero");
  }
  return float_result(result, num / den);
}

/* log2(x, /) */
static bool math_log2(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  double r;
  if (!one_arg(vm, "math.log2", nargs, kwnames) ||
      !log_helper(vm, args[0], log2_special, &r)) {
    return false;
  }
  return float_result(result, r);
}

/* log10(x, /) */
static bool math_log10(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  double r;
  if (!one_arg(vm, "math.log10", nargs, kwnames) ||
      !log_helper(vm, args[0], log10_special, &r)) {
    return false;
  }
  return float_result(result, r);
}

/* ---- rounding to ints ------------------------------------------------------
 */

/* The int [v] itself (a bool as 0 or 1), as int.__floor__ and its kin
 * return it. */
static Value int_itself(Value v) {
  return IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
}

/* floor or ceil of [x] ([up] for ceil): ints as they are, floats through
 * [round], other objects through their __floor__/__ceil__ or their float
 * value. */
static bool round_to_int(EddyVM *vm, Value x, bool up, Value *result) {
  double (*round)(double) = up ? ceil : floor;
  if (IS_FLOAT(x)) return number_float_to_int(vm, round(AS_FLOAT(x)), result);
  if (IS_ANY_INT(x)) {
    *result = int_itself(x);
    return true;
  }
  Value method;
  if (!mod_special_method(vm, x, up ? "__ceil__" : "__floor__", &method)) {
    return false;
  }
  if (!IS_UNDEF(method)) return vm_call(vm, method, &x, 1, NULL, result);
  double d;
  return mod_to_double(vm, x, &d) && number_float_to_int(vm, round(d), result);
}

/* floor(x, /) */
static bool math_floor(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return one_arg(vm, "math.floor", nargs, kwnames) &&
         round_to_int(vm, args[0], false, result);
}

/* ceil(x, /) */
static bool math_ceil(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return one_arg(vm, "math.ceil", nargs, kwnames) &&
         round_to_int(vm, args[0], true, result);
}

/* trunc(x, /): through __trunc__ for objects other than numbers. */
static bool math_trunc(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!one_arg(vm, "math.trunc", nargs, kwnames)) return false;
  Value x = args[0];
  if (IS_FLOAT(x)) return number_float_to_int(vm, AS_FLOAT(x), result);
  if (IS_ANY_INT(x)) {
    *result = int_itself(x);
    return true;
  }
  Value method;
  if (!mod_special_method(vm, x, "__trunc__", &method)) return false;
  if (IS_UNDEF(method)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "type %s doesn't define __trunc__ method",
                    vm_type_name(vm, x));
  }
  return vm_call(vm, method, &x, 1, NULL, result);
}

/* ---- vector norms: hypot and dist ---------------------------------------- */

/* Splits [x] (|x| < 1) into a high half of 26 bits and the rest, exactly
 * (Veltkamp-Dekker), so that squares are computed without loss. */
static void split_half(double x, double *hi, double *lo) {
  const double t27 = 134217729.0; /* 2**27 + 1 */
  double t = x * t27;
  *hi = t - (t - x);
  *lo = x - *hi;
}

/* Adds [x] to the running sum [*csum] (|csum| >= |x|) keeping the lost
 * low part in [*frac] (Neumaier's compensated summation). */
static void add_compensated(double *csum, double *frac, double x) {
  double old = *csum;
  *csum += x;
  *frac += (old - *csum) + x;
}

/* sqrt(sum(x*x for x in vec)) for [n] finite values whose largest
 * magnitude is [max] (> 0), scaled by a power of two into [0.5, 1): the
 * squares are summed exactly in halves, and the square root gets one
 * differential correction. This is CPython 3.11's algorithm, so results
 * agree to the last bit. */
static double norm_scaled(size_t n, const double *vec, double max) {
  int max_e;
  frexp(max, &max_e);
  double scale = ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, hi, lo;
  for (size_t i = 0; i < n; i++) {
    split_half(vec[i] * scale, &hi, &lo);
    add_compensated(&csum, &frac1, hi * hi);
    add_compensated(&csum, &frac2, 2.0 * hi * lo);
    frac3 += lo * lo;
  }
  double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  split_half(h, &hi, &lo);
  add_compensated(&csum, &frac1, -hi * hi);
  add_compensated(&csum, &frac2, -2.0 * hi * lo);
  add_compensated(&csum, &frac3, -lo * lo);
  double x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

/* The Euclidean norm of the [n] magnitudes [vec]: [max] is the largest,
 * [found_nan] tells whether one is a NaN. */
static double vector_norm(size_t n, const double *vec, double max,
                          bool found_nan) {
  if (isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  frexp(max, &max_e);
  if (max_e >= -1023) return norm_scaled(n, vec, max);
  /* Subnormal maximum: the scale would overflow, divide by max instead. */
  double csum = 1.0, frac = 0.0;
  for (size_t i = 0; i < n; i++) {
    double x = vec[i] / max;
    add_compensated(&csum, &frac, x * x);
  }
  return max * sqrt(csum - 1.0 + frac);
}

/* Records the magnitude [x] as vec[i], tracking the maximum and NaNs. */
static void norm_entry(double *vec, size_t i, double x, double *max,
                       bool *found_nan) {
  vec[i] = x;
  *found_nan |= isnan(x) != 0;
  if (x > *max) *max = x;
}

/* hypot(*coordinates) */
static bool math_hypot(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!native_no_kwargs(vm, "math.hypot", kwnames)) return false;
  double *vec = malloc(sizeof(double) * (size_t)(nargs > 0 ? nargs : 1));
  if (!vec) return vm_raise_memory(vm);
  double max = 0.0;
  bool found_nan = false;
  for (int i = 0; i < nargs; i++) {
    double x;
    if (!mod_to_double(vm, args[i], &x)) {
      free(vec);
      return false;
    }
    norm_entry(vec, (size_t)i, fabs(x), &max, &found_nan);
  }
  double r = vector_norm((size_t)nargs, vec, max, found_nan);
  free(vec);
  return float_result(result, r);
}

/* Fills [vec] with |p[i] - q[i]| for the two tuples [p] and [q]. */
static bool dist_diffs(EddyVM *vm, ObjTuple *p, ObjTuple *q, double *vec,
                       double *max, bool *found_nan) {
  for (size_t i = 0; i < p->length; i++) {
    double px, qx;
    if (!mod_to_double(vm, p->items[i], &px) ||
        !mod_to_double(vm, q->items[i], &qx)) {
      return false;
    }
    norm_entry(vec, i, fabs(px - qx), max, found_nan);
  }
  return true;
}

/* dist(p, q, /): the points may be any iterables of numbers. */
static bool math_dist(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  Value p, q;
  if (!two_args(vm, "dist", nargs, kwnames) ||
      !tuple_from_iterable(vm, args[0], &p)) {
    return false;
  }
  gc_push_root(vm, p);
  bool ok = tuple_from_iterable(vm, args[1], &q);
  gc_push_root(vm, ok ? q : NONE_VAL);
  if (ok && AS_TUPLE(p)->length != AS_TUPLE(q)->length) {
    ok = vm_raise(vm, vm->exc.ValueError,
                  "both points must have the same number of dimensions");
  }
  size_t n = ok ? AS_TUPLE(p)->length : 0;
  double *vec = ok ? malloc(sizeof(double) * (n ? n : 1)) : NULL;
  if (ok && !vec) ok = vm_raise_memory(vm);
  double max = 0.0;
  bool found_nan = false;
  ok = ok && dist_diffs(vm, AS_TUPLE(p), AS_TUPLE(q), vec, &max, &found_nan);
  if (ok) *result = FLOAT_VAL(vector_norm(n, vec, max, found_nan));
  free(vec);
  gc_pop_roots(vm, 2);
  return ok;
}

/* ---- fsum -----------------------------------------------------------------
 */

/* The partial sums of fsum: non-overlapping doubles of increasing
 * magnitude whose exact sum is the exact sum of the items so far. */
typedef struct Partials {
  double *p;      /* the partials, malloc'd */
  size_t n;       /* partials in use */
  size_t cap;     /* partials allocated */
  double special; /* sum of the infinities and NaNs met */
  double inf_sum; /* sum of the infinities alone (NaN for inf + -inf) */
} Partials;

/* Adds [x] to [ps] (Shewchuk's algorithm as CPython's msum): false, and
 * [*overflow] set, when the sum of finite items overflows; false alone
 * when memory runs out. */
static bool partials_add(Partials *ps, double x, bool *overflow) {
  double xsave = x;
  size_t i = 0;
  for (size_t j = 0; j < ps->n; j++) {
    double y = ps->p[j];
    if (fabs(x) < fabs(y)) {
      double t = x;
      x = y;
      y = t;
    }
    volatile double hi = x + y;
    volatile double yr = hi - x;
    volatile double lo = y - yr;
    if (lo != 0.0) ps->p[i++] = lo;
    x = hi;
  }
  ps->n = i;
  if (x == 0.0) return true;
  if (!isfinite(x)) {
    if (isfinite(xsave)) {
      *overflow = true;
      return false;
    }
    if (isinf(xsave)) ps->inf_sum += xsave;
    ps->special += xsave;
    ps->n = 0;
    return true;
  }
  if (ps->n == ps->cap) {
    size_t cap = ps->cap ? 2 * ps->cap : 32;
    double *p = realloc(ps->p, cap * sizeof(double));
    if (!p) return false;
    ps->p = p;
    ps->cap = cap;
  }
  ps->p[ps->n++] = x;
  return true;
}

/* The correctly rounded sum of the partials [ps] (ties to even, also
 * across several partials). */
static double partials_sum(const Partials *ps) {
  size_t n = ps->n;
  if (n == 0) return 0.0;
  volatile double hi = ps->p[--n], lo = 0.0, yr;
  while (n > 0) {
    double x = hi, y = ps->p[--n];
    hi = x + y;
    yr = hi - x;
    lo = y - yr;
    if (lo != 0.0) break;
  }
  if (n > 0 &&
      ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
    double y = lo * 2.0;
    double x = hi + y;
    yr = x - hi;
    if (y == yr) hi = x;
  }
  return hi;
}

/* Feeds every item of the iterator [it] to [ps]. */
static bool fsum_items(EddyVM *vm, Value it, Partials *ps) {
  for (;;) {
    Value item;
    bool done = false, overflow = false;
    if (!value_next(vm, it, &item, &done)) return false;
    if (done) return true;
    double x;
    gc_push_root(vm, item); /* __float__ may run */
    bool ok = mod_to_double(vm, item, &x);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
    if (partials_add(ps, x, &overflow)) continue;
    if (!overflow) return vm_raise_memory(vm);
    return vm_raise(vm, vm->exc.OverflowError, "intermediate overflow in fsum");
  }
}

/* fsum(seq, /): the exact sum of floats, correctly rounded. */
static bool math_fsum(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  Value it;
  if (!one_arg(vm, "math.fsum", nargs, kwnames) ||
      !value_iter(vm, args[0], &it)) {
    return false;
  }
  gc_push_root(vm, it);
  Partials ps = {NULL, 0, 0, 0.0, 0.0};
  bool ok = fsum_items(vm, it, &ps);
  gc_pop_roots(vm, 1);
  double sum = ps.special;
  if (ok && ps.special != 0.0 && isnan(ps.inf_sum)) {
    ok = vm_raise(vm, vm->exc.ValueError, "-inf + inf in fsum");
  } else if (ok && ps.special == 0.0) {
    sum = partials_sum(&ps);
  }
  free(ps.p);
  return ok && float_result(result, sum);
}

/* ---- float anatomy
 * ----------------------------------------------------------- */

/* Reads the one float argument of the function [name]. */
static bool one_double(EddyVM *vm, const char *name, Value *args, int nargs,
                       ObjTuple *kwnames, double *x) {
  return one_arg(vm, name, nargs, kwnames) && mod_to_double(vm, args[0], x);
}

/* Stores the tuple ([a], [b]) in [*result]. */
static bool pair_result(EddyVM *vm, Value a, Value b, Value *result) {
  return number_new_pair(vm, a, b, result);
}

/* modf(x, /): (fractional part, integral part), both with x's sign. */
static bool math_modf(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  double x, ip;
  if (!one_double(vm, "math.modf", args, nargs, kwnames, &x)) return false;
  if (isinf(x)) {
    return pair_result(vm, FLOAT_VAL(copysign(0.0, x)), FLOAT_VAL(x), result);
  }
  if (isnan(x)) return pair_result(vm, FLOAT_VAL(x), FLOAT_VAL(x), result);
  double frac = modf(x, &ip);
  return pair_result(vm, FLOAT_VAL(frac), FLOAT_VAL(ip), result);
}

/* frexp(x, /): (m, e) with x == m * 2**e and 0.5 <= |m| < 1. */
static bool math_frexp(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  double x;
  if (!one_double(vm, "math.frexp", args, nargs, kwnames, &x)) return false;
  int e = 0;
  if (isfinite(x) && x != 0.0) x = frexp(x, &e);
  return pair_result(vm, FLOAT_VAL(x), INT_VAL(e), result);
}

/* ldexp(x, i, /): x * 2**i; exponents beyond the int range saturate. */
static bool math_ldexp(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  double x;
  if (!two_args(vm, "ldexp", nargs, kwnames) ||
      !mod_to_double(vm, args[0], &x)) {
    return false;
  }
  if (!IS_ANY_INT(args[1])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "Expected an int as second argument to ldexp.");
  }
  int64_t exp = IS_BIGINT(args[1])
                    ? (int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX)
                    : AS_SMALLINT(args[1]);
  double r;
  int err = 0;
  if (x == 0.0 || !isfinite(x))
    r = x;
  else if (exp > INT32_MAX) {
    r = copysign(HUGE_VAL, x);
    err = ERANGE;
  } else if (exp < INT32_MIN)
    r = copysign(0.0, x);
  else {
    r = ldexp(x, (int)exp);
    if (isinf(r)) err = ERANGE;
  }
  if (!check_errno(vm, err, r)) return false;
  return float_result(result, r);
}

/* ulp(x, /): the value of the least significant bit of x. */
static bool math_ulp(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  double x;
  if (!one_double(vm, "math.ulp", args, nargs, kwnames, &x)) return false;
  if (isnan(x)) return float_result(result, x);
  x = fabs(x);
  if (isinf(x)) return float_result(result, x);
  double up = nextafter(x, HUGE_VAL);
  if (isinf(up)) return float_result(result, x - nextafter(x, -HUGE_VAL));
  return float_result(result, up - x);
}

/* degrees(x, /) */
static bool math_degrees(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  static const double rad_to_deg = 180.0 / MATH_PI;
  double x;
  if (!one_double(vm, "math.degrees", args, nargs, kwnames, &x)) return false;
  return float_result(result, x * rad_to_deg);
}

/* radians(x, /) */
static bool math_radians(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  static const double deg_to_rad = MATH_PI / 180.0;
  double x;
  if (!one_double(vm, "math.radians", args, nargs, kwnames, &x)) return false;
  return float_result(result, x * deg_to_rad);
}

/* isfinite(x, /) */
static bool math_isfinite(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  double x;
  if (!one_double(vm, "math.isfinite", args, nargs, kwnames, &x)) return false;
  *result = BOOL_VAL(isfinite(x) != 0);
  return true;
}

/* isnan(x, /) */
static bool math_isnan(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  double x;
  if (!one_double(vm, "math.isnan", args, nargs, kwnames, &x)) return false;
  *result = BOOL_VAL(isnan(x) != 0);
  return true;
}

/* isinf(x, /) */
static bool math_isinf(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  double x;
  if (!one_double(vm, "math.isinf", args, nargs, kwnames, &x)) return false;
  *result = BOOL_VAL(isinf(x) != 0);
  return true;
}

/* The test of isclose on floats (Boost's "weak" test). */
static bool close_enough(double a, double b, double rel_tol, double abs_tol) {
  if (a == b) return true;
  if (isinf(a) || isinf(b)) return false;
  double diff = fabs(b - a);
  return diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) ||
         diff <= abs_tol;
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static bool math_isclose(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
  if (nargs > 2) {
    return vm_raise(vm, vm->exc.TypeError,
                    "isclose() takes exactly 2 positional arguments (%d "
                    "given)",
                    nargs);
  }
  Value v[4];
  if (!native_parse_args(vm, "isclose", args, nargs, kwnames, names, 4, 2, 0,
                         v)) {
    return false;
  }
  double d[4] = {0.0, 0.0, 1e-09, 0.0};
  for (int i = 0; i < 4; i++) {
    if (!IS_UNDEF(v[i]) && !mod_to_double(vm, v[i], &d[i])) return false;
  }
  if (d[2] < 0.0 || d[3] < 0.0) {
    return vm_raise(vm, vm->exc.ValueError, "tolerances must be non-negative");
  }
  *result = BOOL_VAL(close_enough(d[0], d[1], d[2], d[3]));
  return true;
}

/* ---- the module ------------------------------------------------------------
 */

static const ModuleFunction math_functions[] = {
    {"acos", math_acos},
    {"acosh", math_acosh},
    {"asin", math_asin},
    {"asinh", math_asinh},
    {"atan", math_atan},
    {"atan2", math_atan2},
    {"atanh", math_atanh},
    {"cbrt", math_cbrt},
    {"ceil", math_ceil},
    {"copysign", math_copysign},
    {"cos", math_cos},
    {"cosh", math_cosh},
    {"degrees", math_degrees},
    {"dist", math_dist},
    {"erf", math_erf},
    {"erfc", math_erfc},
    {"exp", math_exp},
    {"exp2", math_exp2},
    {"expm1", math_expm1},
    {"fabs", math_fabs},
    {"floor", math_floor},
    {"fmod", math_fmod},
    {"frexp", math_frexp},
    {"fsum", math_fsum},
    {"hypot", math_hypot},
    {"isclose", math_isclose},
    {"isfinite", math_isfinite},
    {"isinf", math_isinf},
    {"isnan", math_isnan},
    {"ldexp", math_ldexp},
    {"log", math_log},
    {"log10", math_log10},
    {"log1p", math_log1p},
    {"log2", math_log2},
    {"modf", math_modf},
    {"nextafter", math_nextafter},
    {"pow", math_pow},
    {"radians", math_radians},
    {"remainder", math_remainder},
    {"sin", math_sin},
    {"sinh", math_sinh},
    {"sqrt", math_sqrt},
    {"tan", math_tan},
    {"tanh", math_tanh},
    {"trunc", math_trunc},
    {"ulp", math_ulp},
};

bool mod_math_init(EddyVM *vm, ObjModule *module) {
  return mod_define_functions(vm, module, math_functions,
                              sizeof math_functions /
                                  sizeof math_functions[0]) &&
         math_int_define(vm, module) &&
         mod_set_value(vm, module, "pi", FLOAT_VAL(MATH_PI)) &&
         mod_set_value(vm, module, "e", FLOAT_VAL(MATH_E)) &&
         mod_set_value(vm, module, "tau", FLOAT_VAL(2.0 * MATH_PI)) &&
         mod_set_value(vm, module, "inf", FLOAT_VAL(HUGE_VAL)) &&
         mod_set_value(vm, module, "nan", FLOAT_VAL(NAN));
}
