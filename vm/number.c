/* number.c: arithmetic, comparison, hashing and rounding of numbers.
 *
 * Each operation dispatches once on the kinds of its operands: two ints
 * (bools read as ints) run the int algorithms, anything with a float runs
 * the float ones after converting the other operand. Int operations try
 * int64 first and redo the operation in GMP when the result does not fit,
 * which keeps the common case free of allocation. The float algorithms
 * are those of CPython's Objects/floatobject.c (fmod-based floor division
 * and modulo, the special cases of pow), and int / int is CPython's
 * correctly rounded long_true_divide, so results agree to the last bit.
 */
#include "vm/number.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/gc.h"
#include "vm/obj_int.h"
#include "vm/unicode.h"

/* ---- errors ----------------------------------------------------------- */

static bool raise_zero(EddyVM *vm, const char *message) {
  return vm_raise(vm, vm->exc.ZeroDivisionError, "%s", message);
}

static bool raise_int_float_overflow(EddyVM *vm) {
  return vm_raise(vm, vm->exc.OverflowError,
                  "int too large to convert to float");
}

/* ---- conversions ------------------------------------------------------ */

/* The correctly rounded double nearest to [z] (ties to even), as
 * CPython's PyLong_AsDouble; false when it overflows. */
static bool mpz_to_double(const mpz_t z, double *out) {
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= DBL_MANT_DIG) {
    *out = mpz_get_d(z); /* exact */
    return true;
  }
  if (bits > DBL_MAX_EXP) return false;
  /* Keep 55 bits: 53, a rounding bit, and a sticky bit for the rest. */
  size_t shift = bits - (DBL_MANT_DIG + 2);
  mpz_t top;
  mpz_init(top);
  mpz_tdiv_q_2exp(top, z, shift);
  mpz_abs(top, top);
  uint64_t m = mpz_get_ui(top) | (mpz_scan1(z, 0) < shift);
  mpz_clear(top);
  uint64_t low = m & 3;
  m >>= 2;
  if (low == 3 || (low == 2 && (m & 1))) m++;
  double d = ldexp((double)m, (int)shift + 2);
  if (isinf(d)) return false;
  *out = mpz_sgn(z) < 0 ? -d : d;
  return true;
}

bool number_to_double(EddyVM *vm, Value v, double *out) {
  if (IS_FLOAT(v)) {
    *out = AS_FLOAT(v);
  } else if (IS_SMALLINT_LIKE(v)) {
    *out = (double)AS_SMALLINT(v); /* rounds to nearest even */
  } else if (!mpz_to_double(AS_BIGINT(v)->value, out)) {
    return raise_int_float_overflow(vm);
  }
  return true;
}

bool number_float_to_int(EddyVM *vm, double d, Value *out) {
  if (isnan(d)) {
    return vm_raise(vm, vm->exc.ValueError,
                    "cannot convert float NaN to integer");
  }
  if (isinf(d)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "cannot convert float infinity to integer");
  }
  double t = trunc(d);
  if (t >= -0x1p63 && t < 0x1p63) {
    *out = INT_VAL((int64_t)t);
    return true;
  }
  mpz_t z;
  mpz_init_set_d(z, t); /* exact: t is integral */
  *out = int_take_mpz(vm, z);
  return !IS_UNDEF(*out);
}

bool number_new_pair(EddyVM *vm, Value a, Value b, Value *out) {
  gc_push_root(vm, a);
  gc_push_root(vm, b);
  ObjTuple *pair = (ObjTuple *)gc_new_object(
      vm, sizeof(ObjTuple) + 2 * sizeof(Value), OBJ_TUPLE, vm->types.tuple);
  gc_pop_roots(vm, 2);
  if (!pair) return false;
  pair->hash = -1;
  pair->length = 2;
  pair->items[0] = a;
  pair->items[1] = b;
  *out = OBJ_VAL(pair);
  return true;
}

bool number_ascii_text(const char *text, size_t len, ByteBuf *out) {
  size_t i = 0;
  while (i < len) {
    uint32_t cp;
    i += unicode_decode(text + i, len - i, &cp);
    char c = (char)cp;
    if (cp >= 127) {
      int digit = unicode_decimal_value(cp);
      c = unicode_isspace(cp) ? ' ' : digit >= 0 ? (char)('0' + digit) : '?';
    }
    if (!buf_putc(out, c)) return false;
    if (c == '?' && cp >= 127) break;
  }
  return true;
}

/* ---- hashing ---------------------------------------------------------- */

/* Applies [negative] to the reduced magnitude [x] and avoids -1, which
 * CPython reserves for errors. */
static int64_t signed_hash(uint64_t x, bool negative) {
  int64_t h = negative ? -(int64_t)x : (int64_t)x;
  return h == -1 ? -2 : h;
}

int64_t number_hash_int(Value v) {
  if (IS_BIGINT(v)) {
    const mpz_t *z = &AS_BIGINT(v)->value;
    uint64_t x = mpz_tdiv_ui(*z, NUMBER_HASH_MODULUS);
    return signed_hash(x, mpz_sgn(*z) < 0);
  }
  int64_t i = AS_SMALLINT(v);
  uint64_t mag = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
  return signed_hash(mag % NUMBER_HASH_MODULUS, i < 0);
}

int64_t number_hash_float(double d) {
  if (isinf(d)) return d > 0 ? NUMBER_HASH_INF : -NUMBER_HASH_INF;
  if (isnan(d)) return 0;
  int e;
  double m = frexp(d, &e);
  bool negative = m < 0;
  if (negative) m = -m;
  /* CPython's _Py_HashDouble: 28 bits of mantissa at a time. */
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & NUMBER_HASH_MODULUS) | x >> (NUMBER_HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= NUMBER_HASH_MODULUS) x -= NUMBER_HASH_MODULUS;
  }
  e = e >= 0 ? e % NUMBER_HASH_BITS
             : NUMBER_HASH_BITS - 1 - ((-1 - e) % NUMBER_HASH_BITS);
  x = ((x << e) & NUMBER_HASH_MODULUS) | x >> (NUMBER_HASH_BITS - e);
  return signed_hash(x, negative);
}

int64_t number_hash(Value v) {
  return IS_FLOAT(v) ? number_hash_float(AS_FLOAT(v)) : number_hash_int(v);
}

/* ---- comparison ------------------------------------------------------- */

/* -1, 0 or 1 as the int [n] is below, equal to or above the finite or
 * infinite (never nan) float [d], computed exactly. */
static int compare_int_float(Value n, double d) {
  if (isinf(d)) return d > 0 ? -1 : 1;
  double f = floor(d);
  int c;
  if (IS_SMALLINT_LIKE(n)) {
    if (f >= 0x1p63) return -1;
    if (f < -0x1p63) return 1;
    int64_t i = AS_SMALLINT(n), fi = (int64_t)f;
    c = (i > fi) - (i < fi);
  } else {
    mpz_t fz;
    mpz_init_set_d(fz, f);
    c = mpz_cmp(AS_BIGINT(n)->value, fz);
    mpz_clear(fz);
    c = (c > 0) - (c < 0);
  }
  /* n == floor(d) < d means n < d. */
  return c != 0 ? c : d > f ? -1 : 0;
}

/* -1, 0 or 1 comparing two ints. */
static int compare_ints(Value a, Value b) {
  if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b)) {
    int64_t x = AS_SMALLINT(a), y = AS_SMALLINT(b);
    return (x > y) - (x < y);
  }
  /* A bigint lies outside int64, so its sign decides against a small. */
  if (!IS_BIGINT(a)) return -int_sign(b);
  if (!IS_BIGINT(b)) return int_sign(a);
  int c = mpz_cmp(AS_BIGINT(a)->value, AS_BIGINT(b)->value);
  return (c > 0) - (c < 0);
}

/* The truth of "[c] [op] 0" for a three-way result [c]. */
static bool apply_compare(CompareOp op, int c) {
  switch (op) {
  case COMPARE_EQ: return c == 0;
  case COMPARE_NE: return c != 0;
  case COMPARE_LT: return c < 0;
  case COMPARE_LE: return c <= 0;
  case COMPARE_GT: return c > 0;
  case COMPARE_GE: return c >= 0;
  }
  return false;
}

/* [a] [op] [b] for numbers, of which at least one is a float. */
static bool compare_with_float(CompareOp op, Value a, Value b) {
  if (IS_FLOAT(a) && IS_FLOAT(b)) {
    double x = AS_FLOAT(a), y = AS_FLOAT(b);
    if (isnan(x) || isnan(y)) return op == COMPARE_NE;
    return apply_compare(op, (x > y) - (x < y));
  }
  double d = IS_FLOAT(a) ? AS_FLOAT(a) : AS_FLOAT(b);
  if (isnan(d)) return op == COMPARE_NE;
  int c = IS_FLOAT(a) ? -compare_int_float(b, d) : compare_int_float(a, d);
  return apply_compare(op, c);
}

bool number_compare(EddyVM *vm, CompareOp op, Value a, Value b, bool *out,
                    bool *handled) {
  (void)vm;
  *handled = IS_NUMBER(a) && IS_NUMBER(b);
  if (!*handled) return true;
  if (IS_FLOAT(a) || IS_FLOAT(b)) {
    *out = compare_with_float(op, a, b);
  } else {
    *out = apply_compare(op, compare_ints(a, b));
  }
  return true;
}

bool number_eq(Value a, Value b) {
  if (!IS_NUMBER(a) || !IS_NUMBER(b)) return false;
  if (IS_FLOAT(a) || IS_FLOAT(b)) return compare_with_float(COMPARE_EQ, a, b);
  return compare_ints(a, b) == 0;
}

/* ---- float arithmetic ------------------------------------------------- */

/* x % y for floats: the result takes the sign of [y] (float_rem). */
static double float_mod(double x, double y) {
  double mod = fmod(x, y);
  if (mod) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = copysign(0.0, y);
  }
  return mod;
}

/* x // y for floats, exactly as CPython's _float_div_mod computes it. */
static double float_floordiv(double x, double y, double *mod_out) {
  double mod = fmod(x, y);
  double div = (x - mod) / y;
  if (mod) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, y);
  }
  double floordiv;
  if (div) {
    floordiv = floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, x / y);
  }
  if (mod_out) *mod_out = mod;
  return floordiv;
}

/* True for a double that is an odd integer. */
static bool is_odd_integer(double d) { return fmod(fabs(d), 2.0) == 1.0; }

/* x ** y where pow() is well defined: x > 0, x != 1, y finite and
 * nonzero; [negate] flips the result. Reports ERANGE as CPython does. */
static bool float_pow_finite(EddyVM *vm, double x, double y, bool negate,
                             double *out) {
  errno = 0;
  double r = pow(x, y);
  if (errno == 0 && isinf(r)) errno = ERANGE;
  else if (errno == ERANGE && r == 0.0) errno = 0;
  if (errno != 0) {
    return vm_raise(vm, errno == ERANGE ? vm->exc.OverflowError
                                        : vm->exc.ValueError,
                    "(%d, '%s')", errno, strerror(errno));
  }
  *out = negate ? -r : r;
  return true;
}

/* x ** y for a zero or infinite x or an infinite y (float_pow's special
 * cases); returns false in [*done] when none applies. */
static bool float_pow_special(EddyVM *vm, double x, double y, double *out,
                              bool *done) {
  *done = true;
  if (isinf(y)) {
    double ax = fabs(x);
    *out = ax == 1.0 ? 1.0 : (y > 0.0) == (ax > 1.0) ? fabs(y) : 0.0;
  } else if (isinf(x)) {
    bool odd = is_odd_integer(y);
    *out = y > 0.0 ? (odd ? x : fabs(x)) : (odd ? copysign(0.0, x) : 0.0);
  } else if (x == 0.0) {
    if (y < 0.0) {
      return raise_zero(vm, "0.0 cannot be raised to a negative power");
    }
    *out = is_odd_integer(y) ? x : 0.0;
  } else {
    *done = false;
  }
  return true;
}

/* x ** y for floats (CPython's float_pow). */
static bool float_pow(EddyVM *vm, double x, double y, double *out) {
  if (y == 0) {
    *out = 1.0;
    return true;
  }
  if (isnan(x) || isnan(y)) {
    *out = isnan(x) ? x : x == 1.0 ? 1.0 : y;
    return true;
  }
  bool done;
  if (!float_pow_special(vm, x, y, out, &done)) return false;
  if (done) return true;
  bool negate = false;
  if (x < 0.0) {
    if (y != floor(y)) {
      return vm_raise(vm, vm->exc.ValueError,
                      "complex numbers are not supported by Eddy");
    }
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) {
    *out = negate ? -1.0 : 1.0;
    return true;
  }
  return float_pow_finite(vm, x, y, negate, out);
}

/* [*out] = [x] [op] [y] for floats. */
static bool float_binary(EddyVM *vm, BinOpKind op, double x, double y,
                         double *out) {
  switch (op) {
  case BINOP_ADD: *out = x + y; return true;
  case BINOP_SUB: *out = x - y; return true;
  case BINOP_MULT: *out = x * y; return true;
  case BINOP_DIV:
    if (y == 0.0) return raise_zero(vm, "float division by zero");
    *out = x / y;
    return true;
  case BINOP_MOD:
    if (y == 0.0) return raise_zero(vm, "float modulo");
    *out = float_mod(x, y);
    return true;
  case BINOP_FLOORDIV:
    if (y == 0.0) return raise_zero(vm, "float floor division by zero");
    *out = float_floordiv(x, y, NULL);
    return true;
  case BINOP_POW: return float_pow(vm, x, y, out);
  default: UNREACHABLE();
  }
}

/* True for the operators floats support. */
static bool float_supports(BinOpKind op) {
  return op == BINOP_ADD || op == BINOP_SUB || op == BINOP_MULT ||
         op == BINOP_DIV || op == BINOP_MOD || op == BINOP_FLOORDIV ||
         op == BINOP_POW;
}

/* [a] [op] [b] computed on the two numbers converted to floats. */
static bool as_float_binary(EddyVM *vm, BinOpKind op, Value a, Value b,
                            Value *out) {
  double x = 0.0, y = 0.0, r = 0.0;
  if (!number_to_double(vm, a, &x) || !number_to_double(vm, b, &y) ||
      !float_binary(vm, op, x, y, &r)) {
    return false;
  }
  *out = FLOAT_VAL(r);
  return true;
}

/* [a] [op] [b] where one operand is a float: converts the other. Shifts
 * and bitwise operators are not handled. */
static bool mixed_binary(EddyVM *vm, BinOpKind op, Value a, Value b,
                         Value *out, bool *handled) {
  *handled = float_supports(op);
  return !*handled || as_float_binary(vm, op, a, b, out);
}

/* ---- int true division ------------------------------------------------ */

/* Rounds the quotient [q] (with [extra] bits below the 53 kept and the
 * [inexact] flag for anything lost) to 53 bits, half to even. */
static uint64_t round_quotient(uint64_t q, int extra, bool inexact) {
  uint64_t mask = (uint64_t)1 << (extra - 1);
  uint64_t low = q | inexact;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  return low & ~(2 * mask - 1);
}

/* |a| / |b| correctly rounded, for b != 0 and a != 0: CPython's
 * long_true_divide. False when the result overflows. */
static bool mpz_true_div(const mpz_t a, const mpz_t b, double *out) {
  int64_t diff = (int64_t)mpz_sizeinbase(a, 2) - (int64_t)mpz_sizeinbase(b, 2);
  if (diff > DBL_MAX_EXP) return false;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = 0.0;
    return true;
  }
  int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  mpz_t x, r;
  mpz_inits(x, r, NULL);
  bool inexact = false;
  if (shift <= 0) {
    mpz_mul_2exp(x, a, (mp_bitcnt_t)-shift);
  } else {
    mpz_tdiv_q_2exp(x, a, (mp_bitcnt_t)shift);
    inexact = mpz_scan1(a, 0) < (mp_bitcnt_t)shift;
  }
  mpz_abs(x, x);
  mpz_tdiv_qr(x, r, x, b);
  inexact |= mpz_sgn(r) != 0;
  int64_t x_bits = (int64_t)mpz_sizeinbase(x, 2);
  int64_t floor_bits = DBL_MIN_EXP - shift;
  int extra = (int)((x_bits > floor_bits ? x_bits : floor_bits) - DBL_MANT_DIG);
  double dx = (double)round_quotient(mpz_get_ui(x), extra, inexact);
  mpz_clears(x, r, NULL);
  if (shift + x_bits >= DBL_MAX_EXP &&
      (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits))) {
    return false;
  }
  *out = ldexp(dx, (int)shift);
  return true;
}

/* int / int: exact operands below 2**53 divide as doubles, others go
 * through mpz_true_div. */
static bool int_true_div(EddyVM *vm, Value a, Value b, Value *out) {
  if (int_sign(b) == 0) return raise_zero(vm, "division by zero");
  if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b)) {
    int64_t x = AS_SMALLINT(a), y = AS_SMALLINT(b);
    int64_t limit = (int64_t)1 << DBL_MANT_DIG;
    if (x >= -limit && x <= limit && y >= -limit && y <= limit) {
      *out = FLOAT_VAL((double)x / (double)y);
      return true;
    }
  }
  bool negative = (int_sign(a) < 0) != (int_sign(b) < 0);
  double d = 0.0;
  bool ok = true;
  if (int_sign(a) != 0) {
    mpz_t x, y;
    mpz_inits(x, y, NULL);
    int_to_mpz(a, x);
    int_to_mpz(b, y);
    mpz_abs(x, x);
    mpz_abs(y, y);
    ok = mpz_true_div(x, y, &d);
    mpz_clears(x, y, NULL);
  }
  if (!ok) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "integer division result too large for a float");
  }
  *out = FLOAT_VAL(negative ? -d : d);
  return true;
}

/* ---- int arithmetic on int64 ------------------------------------------ */

/* Floor division and modulo of int64s, for y != 0 and not MIN / -1. */
static void floor_divmod(int64_t x, int64_t y, int64_t *q, int64_t *r) {
  *q = x / y;
  *r = x % y;
  if (*r != 0 && ((*r < 0) != (y < 0))) {
    *q -= 1;
    *r += y;
  }
}

/* x ** y for int64s and y >= 0; false when an intermediate overflows. */
static bool small_pow(int64_t x, int64_t y, int64_t *out) {
  int64_t result = 1, base = x;
  while (y > 0) {
    if ((y & 1) && __builtin_mul_overflow(result, base, &result)) return false;
    y >>= 1;
    if (y > 0 && __builtin_mul_overflow(base, base, &base)) return false;
  }
  *out = result;
  return true;
}

/* x << y for int64s and y >= 0; false when the result needs more bits. */
static bool small_lshift(int64_t x, int64_t y, int64_t *out) {
  if (x == 0) {
    *out = 0;
    return true;
  }
  if (y >= 63) return false;
  int64_t r = (int64_t)((uint64_t)x << y);
  if ((r >> y) != x) return false;
  *out = r;
  return true;
}

/* [*r] = [x] [op] [y] for int64s whose checks (zero divisors, negative
 * shifts and exponents) are done; false when the result needs GMP. */
static bool small_binary(BinOpKind op, int64_t x, int64_t y, int64_t *r) {
  int64_t q, m;
  switch (op) {
  case BINOP_ADD: return !__builtin_add_overflow(x, y, r);
  case BINOP_SUB: return !__builtin_sub_overflow(x, y, r);
  case BINOP_MULT: return !__builtin_mul_overflow(x, y, r);
  case BINOP_FLOORDIV:
  case BINOP_MOD:
    if (y == -1 && x == INT64_MIN) {
      *r = 0;
      return op == BINOP_MOD;
    }
    floor_divmod(x, y, &q, &m);
    *r = op == BINOP_FLOORDIV ? q : m;
    return true;
  case BINOP_POW: return small_pow(x, y, r);
  case BINOP_LSHIFT: return small_lshift(x, y, r);
  case BINOP_RSHIFT: *r = y >= 63 ? (x < 0 ? -1 : 0) : x >> y; return true;
  case BINOP_BITAND: *r = x & y; return true;
  case BINOP_BITOR: *r = x | y; return true;
  case BINOP_BITXOR: *r = x ^ y; return true;
  default: UNREACHABLE();
  }
}

/* ---- int arithmetic in GMP -------------------------------------------- */

static bool raise_too_big(EddyVM *vm) { return vm_raise_memory(vm); }

/* [r] = [x] ** [y] for y >= 0, refusing results past INT_MAX_BITS. */
static bool mpz_power(EddyVM *vm, const mpz_t x, const mpz_t y, mpz_t r) {
  if (mpz_cmpabs_ui(x, 1) <= 0) {
    /* 0, 1 and -1 stay small for any exponent. */
    bool odd = mpz_odd_p(y);
    if (mpz_sgn(x) == 0) mpz_set_ui(r, mpz_sgn(y) == 0 ? 1 : 0);
    else mpz_set_si(r, mpz_sgn(x) < 0 && odd ? -1 : 1);
    return true;
  }
  /* The result has about y * log2|x| bits. */
  long exp2;
  double mant = fabs(mpz_get_d_2exp(&exp2, x));
  if (!mpz_fits_ulong_p(y) ||
      (double)mpz_get_ui(y) * ((double)exp2 + log2(mant)) > INT_MAX_BITS) {
    return raise_too_big(vm);
  }
  mpz_pow_ui(r, x, mpz_get_ui(y));
  return true;
}

/* [r] = [x] << [y] or [x] >> [y] for y >= 0. */
static bool mpz_shift(EddyVM *vm, bool left, const mpz_t x, const mpz_t y,
                      mpz_t r) {
  if (mpz_sgn(x) == 0) {
    mpz_set_ui(r, 0);
    return true;
  }
  uint64_t bits = mpz_sizeinbase(x, 2);
  bool huge = !mpz_fits_ulong_p(y);
  if (left) {
    if (huge || mpz_get_ui(y) + bits > INT_MAX_BITS) return raise_too_big(vm);
    mpz_mul_2exp(r, x, mpz_get_ui(y));
  } else if (huge || mpz_get_ui(y) >= bits) {
    mpz_set_si(r, mpz_sgn(x) < 0 ? -1 : 0);
  } else {
    mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));
  }
  return true;
}

/* [r] = [x] [op] [y] in GMP, the checks on [y] already done. */
static bool mpz_binary(EddyVM *vm, BinOpKind op, const mpz_t x,
                       const mpz_t y, mpz_t r) {
  uint64_t bits = mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2);
  switch (op) {
  case BINOP_ADD: mpz_add(r, x, y); return true;
  case BINOP_SUB: mpz_sub(r, x, y); return true;
  case BINOP_MULT:
    if (bits > INT_MAX_BITS) return raise_too_big(vm);
    mpz_mul(r, x, y);
    return true;
  case BINOP_FLOORDIV: mpz_fdiv_q(r, x, y); return true;
  case BINOP_MOD: mpz_fdiv_r(r, x, y); return true;
  case BINOP_POW: return mpz_power(vm, x, y, r);
  case BINOP_LSHIFT: return mpz_shift(vm, true, x, y, r);
  case BINOP_RSHIFT: return mpz_shift(vm, false, x, y, r);
  case BINOP_BITAND: mpz_and(r, x, y); return true;
  case BINOP_BITOR: mpz_ior(r, x, y); return true;
  case BINOP_BITXOR: mpz_xor(r, x, y); return true;
  default: UNREACHABLE();
  }
}

/* [a] [op] [b] for ints in GMP, normalising the result. */
static bool big_binary(EddyVM *vm, BinOpKind op, Value a, Value b,
                       Value *out) {
  mpz_t x, y, r;
  mpz_inits(x, y, r, NULL);
  int_to_mpz(a, x);
  int_to_mpz(b, y);
  bool ok = mpz_binary(vm, op, x, y, r);
  mpz_clears(x, y, NULL);
  if (!ok) {
    mpz_clear(r);
    return false;
  }
  *out = int_take_mpz(vm, r);
  return !IS_UNDEF(*out);
}

/* Checks an int operation's right operand: zero divisors, negative shift
 * counts. */
static bool check_int_operand(EddyVM *vm, BinOpKind op, Value b) {
  int sign = int_sign(b);
  if (op == BINOP_FLOORDIV && sign == 0) {
    return raise_zero(vm, "integer division or modulo by zero");
  }
  if (op == BINOP_MOD && sign == 0) {
    return raise_zero(vm, "integer modulo by zero");
  }
  if ((op == BINOP_LSHIFT || op == BINOP_RSHIFT) && sign < 0) {
    return vm_raise(vm, vm->exc.ValueError, "negative shift count");
  }
  return true;
}

/* [a] [op] [b] for two ints (or bools). */
static bool int_binary(EddyVM *vm, BinOpKind op, Value a, Value b,
                       Value *out) {
  if (op == BINOP_DIV) return int_true_div(vm, a, b, out);
  if (op == BINOP_POW && int_sign(b) < 0) {
    return as_float_binary(vm, op, a, b, out); /* 2 ** -1 == 0.5 */
  }
  if (!check_int_operand(vm, op, b)) return false;
  bool bitwise = op == BINOP_BITAND || op == BINOP_BITOR || op == BINOP_BITXOR;
  int64_t r;
  if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b) &&
      small_binary(op, AS_SMALLINT(a), AS_SMALLINT(b), &r)) {
    /* True & False is a bool: bitwise operations keep bools bools. */
    *out = bitwise && IS_BOOL(a) && IS_BOOL(b) ? BOOL_VAL(r != 0)
                                               : INT_VAL(r);
    return true;
  }
  return big_binary(vm, op, a, b, out);
}

bool number_binary(EddyVM *vm, BinOpKind op, Value a, Value b, Value *out,
                   bool *handled) {
  *handled = IS_NUMBER(a) && IS_NUMBER(b) && op != BINOP_MATMULT;
  if (!*handled) return true;
  if (IS_FLOAT(a) || IS_FLOAT(b)) {
    return mixed_binary(vm, op, a, b, out, handled);
  }
  return int_binary(vm, op, a, b, out);
}

/* ---- unary operations ------------------------------------------------- */

/* -[v] for an int. */
static bool int_negate(EddyVM *vm, Value v, Value *out) {
  if (IS_SMALLINT_LIKE(v) && AS_SMALLINT(v) != INT64_MIN) {
    *out = INT_VAL(-AS_SMALLINT(v));
    return true;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  mpz_neg(z, z);
  *out = int_take_mpz(vm, z);
  return !IS_UNDEF(*out);
}

/* ~[v] for an int: -v - 1. */
static bool int_invert(EddyVM *vm, Value v, Value *out) {
  if (IS_SMALLINT_LIKE(v)) {
    *out = INT_VAL(~AS_SMALLINT(v));
    return true;
  }
  mpz_t z;
  mpz_init(z);
  mpz_com(z, AS_BIGINT(v)->value);
  *out = int_take_mpz(vm, z);
  return !IS_UNDEF(*out);
}

bool number_unary(EddyVM *vm, UnaryOpKind op, Value v, Value *out,
                  bool *handled) {
  *handled = IS_NUMBER(v) && op != UNARY_NOT;
  if (!*handled) return true;
  if (IS_FLOAT(v)) {
    if (op == UNARY_INVERT) {
      return vm_raise(vm, vm->exc.TypeError,
                      "bad operand type for unary ~: 'float'");
    }
    *out = op == UNARY_USUB ? FLOAT_VAL(-AS_FLOAT(v)) : v;
    return true;
  }
  switch (op) {
  case UNARY_USUB: return int_negate(vm, v, out);
  case UNARY_INVERT: return int_invert(vm, v, out);
  default:
    *out = IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
    return true;
  }
}

bool number_abs(EddyVM *vm, Value v, Value *out) {
  if (IS_FLOAT(v)) {
    *out = FLOAT_VAL(fabs(AS_FLOAT(v)));
    return true;
  }
  if (int_sign(v) < 0) return int_negate(vm, v, out);
  *out = IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
  return true;
}

/* ---- divmod and three-argument pow ------------------------------------ */

/* divmod of two ints, the divisor nonzero. */
static bool int_divmod(EddyVM *vm, Value a, Value b, Value *q, Value *r) {
  if (IS_SMALLINT_LIKE(a) && IS_SMALLINT_LIKE(b) &&
      !(AS_SMALLINT(a) == INT64_MIN && AS_SMALLINT(b) == -1)) {
    int64_t qi, ri;
    floor_divmod(AS_SMALLINT(a), AS_SMALLINT(b), &qi, &ri);
    *q = INT_VAL(qi);
    *r = INT_VAL(ri);
    return true;
  }
  mpz_t x, y, zq, zr;
  mpz_inits(x, y, zq, zr, NULL);
  int_to_mpz(a, x);
  int_to_mpz(b, y);
  mpz_fdiv_qr(zq, zr, x, y);
  mpz_clears(x, y, NULL);
  *q = int_take_mpz(vm, zq);
  if (IS_UNDEF(*q)) {
    mpz_clear(zr);
    return false;
  }
  gc_push_root(vm, *q);
  *r = int_take_mpz(vm, zr);
  gc_pop_roots(vm, 1);
  return !IS_UNDEF(*r);
}

bool number_divmod(EddyVM *vm, Value a, Value b, Value *out, bool *handled) {
  *handled = IS_NUMBER(a) && IS_NUMBER(b);
  if (!*handled) return true;
  Value q, r;
  if (!IS_FLOAT(a) && !IS_FLOAT(b)) {
    if (int_sign(b) == 0) {
      return raise_zero(vm, "integer division or modulo by zero");
    }
    if (!int_divmod(vm, a, b, &q, &r)) return false;
    return number_new_pair(vm, q, r, out);
  }
  double x = 0.0, y = 0.0, mod = 0.0;
  if (!number_to_double(vm, a, &x) || !number_to_double(vm, b, &y)) {
    return false;
  }
  if (y == 0.0) return raise_zero(vm, "float divmod()");
  double div = float_floordiv(x, y, &mod);
  return number_new_pair(vm, FLOAT_VAL(div), FLOAT_VAL(mod), out);
}

/* base ** exp % mod in GMP for mod != 0, CPython's rules for signs: the
 * result has the sign of [mod]. */
static bool mpz_pow3(EddyVM *vm, mpz_t base, mpz_t exp, mpz_t mod, mpz_t r) {
  bool negative_mod = mpz_sgn(mod) < 0;
  mpz_abs(mod, mod);
  if (mpz_sgn(exp) < 0) {
    if (!mpz_invert(base, base, mod)) {
      return vm_raise(vm, vm->exc.ValueError,
                      "base is not invertible for the given modulus");
    }
    mpz_neg(exp, exp);
  }
  mpz_powm(r, base, exp, mod);
  if (negative_mod && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
  return true;
}

bool number_pow3(EddyVM *vm, Value base, Value exp, Value mod, Value *out) {
  if (!IS_ANY_INT(base) || !IS_ANY_INT(exp) || !IS_ANY_INT(mod)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "pow() 3rd argument not allowed unless all arguments "
                    "are integers");
  }
  if (int_sign(mod) == 0) {
    return vm_raise(vm, vm->exc.ValueError, "pow() 3rd argument cannot be 0");
  }
  mpz_t b, e, m, r;
  mpz_inits(b, e, m, r, NULL);
  int_to_mpz(base, b);
  int_to_mpz(exp, e);
  int_to_mpz(mod, m);
  /* mod 1 is 0 even when the base has no inverse, as in CPython. */
  bool ok = mpz_cmpabs_ui(m, 1) == 0 || mpz_pow3(vm, b, e, m, r);
  mpz_clears(b, e, m, NULL);
  if (!ok) {
    mpz_clear(r);
    return false;
  }
  *out = int_take_mpz(vm, r);
  return !IS_UNDEF(*out);
}

/* ---- round() ---------------------------------------------------------- */

/* [q] = [num] / [den] rounded half to even, for den > 0. */
static void div_round_half_even(mpz_t q, const mpz_t num, const mpz_t den) {
  mpz_t rem;
  mpz_init(rem);
  mpz_fdiv_qr(q, rem, num, den);
  mpz_mul_2exp(rem, rem, 1);
  int c = mpz_cmp(rem, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_clear(rem);
}

/* round([x], [ndigits]) for an int and a negative [ndigits]: to the
 * nearest multiple of 10**-ndigits, ties to even. */
static bool round_int(EddyVM *vm, Value x, Value ndigits, Value *out) {
  uint64_t digits = (uint64_t)(int_bit_length(x) * 0.30103) + 1;
  uint64_t k = 0;
  if (IS_BIGINT(ndigits) ||
      (k = (uint64_t)0 - (uint64_t)AS_SMALLINT(ndigits)) > digits) {
    *out = INT_VAL(0); /* 10**k > 2*|x|: everything rounds to zero */
    return true;
  }
  mpz_t z, p, q;
  mpz_inits(z, p, q, NULL);
  int_to_mpz(x, z);
  mpz_ui_pow_ui(p, 10, (unsigned long)k);
  div_round_half_even(q, z, p);
  mpz_mul(q, q, p);
  mpz_clears(z, p, NULL);
  *out = int_take_mpz(vm, q);
  return !IS_UNDEF(*out);
}

/* The exact value of the finite, nonzero |[d]| * 10**[ndigits] as the
 * fraction [num] / [den]. */
static void scaled_fraction(double d, int ndigits, mpz_t num, mpz_t den) {
  int e;
  double m = frexp(fabs(d), &e);
  mpz_set_d(num, ldexp(m, DBL_MANT_DIG)); /* an exact integer */
  mpz_set_ui(den, 1);
  e -= DBL_MANT_DIG;
  if (e >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
  else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
  mpz_t p;
  mpz_init(p);
  mpz_ui_pow_ui(p, 10, (unsigned long)abs(ndigits));
  if (ndigits >= 0) mpz_mul(num, num, p);
  else mpz_mul(den, den, p);
  mpz_clear(p);
}

/* round([d], [ndigits]) for a finite float: the exact value rounded half
 * to even at the decimal position, read back correctly rounded, as
 * CPython's double_round does with dtoa and strtod. */
static bool round_double(EddyVM *vm, double d, int ndigits, double *out) {
  mpz_t num, den, q;
  mpz_inits(num, den, q, NULL);
  if (d != 0.0) scaled_fraction(d, ndigits, num, den);
  else mpz_set_ui(den, 1);
  div_round_half_even(q, num, den);
  size_t size = mpz_sizeinbase(q, 10) + 32;
  char *text = malloc(size);
  if (!text) {
    mpz_clears(num, den, q, NULL);
    return vm_raise_memory(vm);
  }
  int len = snprintf(text, size, "%s", signbit(d) ? "-" : "");
  mpz_get_str(text + len, 10, q);
  len = (int)strlen(text);
  snprintf(text + len, size - (size_t)len, "e%d", -ndigits);
  *out = strtod(text, NULL);
  free(text);
  mpz_clears(num, den, q, NULL);
  if (isinf(*out)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "rounded value too large to represent");
  }
  return true;
}

/* round([d]) to an int, ties to even. */
static bool round_float_to_int(EddyVM *vm, double d, Value *out) {
  double rounded = round(d);
  if (fabs(d - rounded) == 0.5) rounded = 2.0 * round(d / 2.0);
  return number_float_to_int(vm, rounded, out);
}

/* round([d], [ndigits]) for a float and an int [ndigits]. */
static bool round_float(EddyVM *vm, double d, Value ndigits, Value *out) {
  /* Beyond these, every double rounds to itself or to zero. */
  const int64_t max_digits = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  const int64_t min_digits = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
  int64_t n = IS_BIGINT(ndigits) ? (int_sign(ndigits) > 0 ? INT64_MAX
                                                          : INT64_MIN)
                                 : AS_SMALLINT(ndigits);
  double r = d;
  if (!isfinite(d) || n > max_digits) r = d;
  else if (n < min_digits) r = 0.0 * d;
  else if (!round_double(vm, d, (int)n, &r)) return false;
  *out = FLOAT_VAL(r);
  return true;
}

bool number_round(EddyVM *vm, Value x, Value ndigits, Value *out) {
  if (IS_UNDEF(ndigits) || IS_NONE(ndigits)) {
    if (IS_FLOAT(x)) return round_float_to_int(vm, AS_FLOAT(x), out);
    *out = IS_BOOL(x) ? INT_VAL(AS_BOOL(x)) : x;
    return true;
  }
  if (!IS_ANY_INT(ndigits)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object cannot be interpreted as an integer",
                    vm_type_name(vm, ndigits));
  }
  if (IS_FLOAT(x)) return round_float(vm, AS_FLOAT(x), ndigits, out);
  if (int_sign(ndigits) >= 0) {
    *out = IS_BOOL(x) ? INT_VAL(AS_BOOL(x)) : x;
    return true;
  }
  return round_int(vm, x, ndigits, out);
}
