/* obj_float.c: the float class: constructor, text parsing, methods.
 *
 * Parsing validates the text against CPython's float grammar first and
 * only then hands the digits to strtod, since strtod alone would accept
 * more (hexadecimal floats, "infinit", leading junk) than float() does.
 */
#include "vm/obj_float.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/boxed.h"
#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/text_repr.h"

/* ---- parsing ---------------------------------------------------------- */

/* Python's Py_ISSPACE: ASCII whitespace. */
static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copies [s] into [out] (room for [n] + 1 bytes) without underscores,
 * accepting them only between two digits as CPython's
 * _Py_string_to_number_with_underscores does; returns the length, or
 * (size_t)-1 when one is misplaced. */
static size_t drop_underscores(const char *s, size_t n, char *out) {
  char prev = '\0';
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '_' ? !is_digit(prev) : prev == '_' && !is_digit(c)) {
      return (size_t)-1;
    }
    if (c != '_') out[len++] = c;
    prev = c;
  }
  out[len] = '\0';
  return prev == '_' ? (size_t)-1 : len;
}

/* Compares the start of [s] with the lower-case [word], ignoring case. */
static bool has_word(const char *s, size_t n, const char *word) {
  size_t len = strlen(word);
  if (n != len) return false;
  for (size_t i = 0; i < len; i++) {
    if ((s[i] | 0x20) != word[i]) return false;
  }
  return true;
}

/* Skips a run of digits of [s] from [*i]; returns how many. */
static size_t skip_digits(const char *s, size_t n, size_t *i) {
  size_t start = *i;
  while (*i < n && is_digit(s[*i])) (*i)++;
  return *i - start;
}

/* True when the [n] ASCII characters at [s] are one float literal:
 * sign? (inf | infinity | nan | digits [. digits] [exponent]). */
static bool valid_float_text(const char *s, size_t n) {
  size_t i = 0;
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  if (has_word(s + i, n - i, "inf") || has_word(s + i, n - i, "infinity") ||
      has_word(s + i, n - i, "nan")) {
    return true;
  }
  size_t digits = skip_digits(s, n, &i);
  if (i < n && s[i] == '.') {
    i++;
    digits += skip_digits(s, n, &i);
  }
  if (digits == 0) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    if (skip_digits(s, n, &i) == 0) return false;
  }
  return i == n;
}

/* Parses the ASCII [s] (already rewritten from Unicode) into [*out];
 * false when it is not a float literal or ([*nomem]) memory ran out. */
static bool parse_ascii_float(const char *s, size_t n, double *out,
                              bool *nomem) {
  while (n > 0 && is_space(*s)) s++, n--;
  while (n > 0 && is_space(s[n - 1])) n--;
  char *clean = malloc(n + 1);
  if (!clean) {
    *nomem = true;
    return false;
  }
  size_t len = drop_underscores(s, n, clean);
  bool ok = len != (size_t)-1 && valid_float_text(clean, len);
  if (ok) *out = strtod(clean, NULL);
  free(clean);
  return ok;
}

/* Raises float()'s ValueError showing the repr made by [repr_fn] of the
 * original [text]. */
static bool raise_float_error(EddyVM *vm, const char *text, size_t len,
                              bool (*repr_fn)(ByteBuf *, const char *,
                                              size_t)) {
  ByteBuf shown;
  buf_init(&shown);
  if (!repr_fn(&shown, text, len)) {
    buf_free(&shown);
    return vm_raise_memory(vm);
  }
  vm_raise(vm, vm->exc.ValueError, "could not convert string to float: %s",
           shown.data);
  buf_free(&shown);
  return false;
}

bool float_from_string(EddyVM *vm, const char *text, size_t len,
                       double *out) {
  ByteBuf ascii;
  buf_init(&ascii);
  if (!number_ascii_text(text, len, &ascii)) {
    buf_free(&ascii);
    return vm_raise_memory(vm);
  }
  bool nomem = false;
  bool ok = parse_ascii_float(ascii.data ? ascii.data : "", ascii.len, out,
                              &nomem);
  buf_free(&ascii);
  if (ok) return true;
  if (nomem) return vm_raise_memory(vm);
  return raise_float_error(vm, text, len, text_repr_str);
}

/* float(b'...'): the bytes are parsed as they are and shown as bytes. */
static bool float_from_bytes(EddyVM *vm, const ObjBytes *bytes, double *out) {
  bool nomem = false;
  if (memchr(bytes->data, '\0', bytes->length) == NULL &&
      parse_ascii_float(bytes->data, bytes->length, out, &nomem)) {
    return true;
  }
  if (nomem) return vm_raise_memory(vm);
  return raise_float_error(vm, bytes->data, bytes->length, text_repr_bytes);
}

/* ---- the constructor -------------------------------------------------- */

/* float(x) for an object whose class defines __float__ or __index__. */
static bool float_from_dunder(EddyVM *vm, Value x, double *out) {
  ObjClass *cls = vm_class_of(vm, x);
  Value method = IS_OBJ(x) ? class_lookup(cls, vm->str.float_) : UNDEF_VAL;
  Value result;
  if (!IS_UNDEF(method)) {
    if (!vm_call(vm, method, &x, 1, NULL, &result)) return false;
    if (IS_FLOAT(result)) {
      *out = AS_FLOAT(result);
      return true;
    }
    return vm_raise(vm, vm->exc.TypeError,
                    "%s.__float__ returned non-float (type %s)",
                    cls->name->chars, vm_type_name(vm, result));
  }
  method = IS_OBJ(x) ? class_lookup(cls, vm->str.index) : UNDEF_VAL;
  if (!IS_UNDEF(method)) {
    if (!vm_call(vm, method, &x, 1, NULL, &result)) return false;
    if (IS_ANY_INT(result)) return number_to_double(vm, result, out);
    return vm_raise(vm, vm->exc.TypeError,
                    "__index__ returned non-int (type %s)",
                    vm_type_name(vm, result));
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "float() argument must be a string or a real number, "
                  "not '%s'",
                  vm_type_name(vm, x));
}

bool float_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  if (!native_no_kwargs(vm, "float", kwnames) ||
      !native_check_count(vm, "float", nargs - 1, 0, 1)) {
    return false;
  }
  double d = 0.0;
  bool ok = true;
  if (nargs == 2) {
    Value x = value_unbox(args[1]);
    if (IS_NUMBER(x)) ok = number_to_double(vm, x, &d);
    else if (IS_STR(x)) {
      ok = float_from_string(vm, AS_STR(x)->chars, AS_STR(x)->length, &d);
    } else if (IS_BYTES(x)) ok = float_from_bytes(vm, AS_BYTES(x), &d);
    else ok = float_from_dunder(vm, x, &d);
  }
  if (ok) *result = FLOAT_VAL(d);
  return ok;
}

/* ---- TypeOps ---------------------------------------------------------- */

static bool float_ops_repr(EddyVM *vm, Value v, ByteBuf *out) {
  return text_repr_float(out, AS_FLOAT(v)) || vm_raise_memory(vm);
}

static bool float_ops_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = number_hash_float(AS_FLOAT(v));
  return true;
}

static bool float_ops_eq(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = number_eq(a, b);
  return true;
}

static bool float_ops_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = AS_FLOAT(v) != 0.0; /* nan is true */
  return true;
}

static const TypeOps float_ops = {
    .repr = float_ops_repr,
    .hash = float_ops_hash,
    .eq = float_ops_eq,
    .truth = float_ops_truth,
};

/* ---- methods ---------------------------------------------------------- */

/* Checks that a float method [name] got a float receiver and no other
 * argument. */
static bool check_self(EddyVM *vm, const char *name, Value *args, int nargs,
                       ObjTuple *kwnames) {
  if (nargs >= 1) args[0] = value_unbox(args[0]); /* a subclass */
  if (nargs < 1 || !IS_FLOAT(args[0])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor '%s' for 'float' objects doesn't apply to a "
                    "'%s' object",
                    name, nargs < 1 ? "NoneType" : vm_type_name(vm, args[0]));
  }
  char fname[64];
  snprintf(fname, sizeof fname, "float.%s", name);
  return native_no_kwargs(vm, fname, kwnames) &&
         native_check_count(vm, fname, nargs - 1, 0, 0);
}

/* float.conjugate(): self. */
static bool float_conjugate_method(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "conjugate", args, nargs, kwnames)) return false;
  *result = args[0];
  return true;
}

/* The getter float.real: self. */
static bool float_real_getter(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "real", args, nargs, kwnames)) return false;
  *result = args[0];
  return true;
}

/* The getter float.imag: always 0.0. */
static bool float_imag_getter(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "imag", args, nargs, kwnames)) return false;
  *result = FLOAT_VAL(0.0);
  return true;
}

/* float.is_integer(): finite and without a fractional part. */
static bool float_is_integer_method(EddyVM *vm, Value *args, int nargs,
                                    ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "is_integer", args, nargs, kwnames)) return false;
  double d = AS_FLOAT(args[0]);
  *result = BOOL_VAL(isfinite(d) && floor(d) == d);
  return true;
}

/* float.as_integer_ratio(): the exact value as a fraction in lowest
 * terms with a positive denominator (a power of two). */
static bool float_ratio_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "as_integer_ratio", args, nargs, kwnames)) return false;
  double d = AS_FLOAT(args[0]);
  if (isinf(d)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "cannot convert Infinity to integer ratio");
  }
  if (isnan(d)) {
    return vm_raise(vm, vm->exc.ValueError,
                    "cannot convert NaN to integer ratio");
  }
  int e;
  double m = frexp(d, &e);
  for (int i = 0; i < 300 && m != floor(m); i++) {
    m *= 2.0;
    e--;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
  else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
  Value n = int_take_mpz(vm, num);
  if (IS_UNDEF(n)) {
    mpz_clear(den);
    return false;
  }
  gc_push_root(vm, n);
  Value q = int_take_mpz(vm, den);
  bool ok = !IS_UNDEF(q) && number_new_pair(vm, n, q, result);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Appends float.hex() of the finite nonzero [d]: "0x1.8000000000000p+1",
 * as CPython's float_hex lays it out. */
static bool put_hex(ByteBuf *out, double d) {
  static const char hex[] = "0123456789abcdef";
  int e;
  double m = frexp(fabs(d), &e);
  int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
  m = ldexp(m, shift);
  e -= shift;
  char digits[32];
  int n = 0;
  digits[n++] = hex[(int)m];
  m -= (int)m;
  digits[n++] = '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
    m *= 16.0;
    digits[n++] = hex[(int)m];
    m -= (int)m;
  }
  digits[n] = '\0';
  return buf_printf(out, "%s0x%sp%c%d", d < 0 ? "-" : "", digits,
                    e < 0 ? '-' : '+', e < 0 ? -e : e);
}

/* float.hex(): the exact value in hexadecimal. */
static bool float_hex_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "hex", args, nargs, kwnames)) return false;
  double d = AS_FLOAT(args[0]);
  ByteBuf out;
  buf_init(&out);
  bool ok;
  if (!isfinite(d)) ok = text_repr_float(&out, d);
  else if (d == 0.0) ok = buf_puts(&out, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
  else ok = put_hex(&out, d);
  ObjStr *str = ok ? str_from_buf(vm, &out) : NULL;
  buf_free(&out);
  if (!ok) return vm_raise_memory(vm);
  if (!str) return false;
  *result = OBJ_VAL(str);
  return true;
}

/* ---- installation ----------------------------------------------------- */

bool float_install(EddyVM *vm) {
  ObjClass *cls = vm->types.float_;
  cls->ops = &float_ops;
  cls->construct = float_construct;
  return native_method(vm, cls, "is_integer", float_is_integer_method) &&
         native_method(vm, cls, "as_integer_ratio", float_ratio_method) &&
         native_method(vm, cls, "hex", float_hex_method) &&
         native_method(vm, cls, "conjugate", float_conjugate_method) &&
         container_getter(vm, cls, "real", float_real_getter) &&
         container_getter(vm, cls, "imag", float_imag_getter);
}
