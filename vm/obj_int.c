/* obj_int.c: the int and bool classes, big integers and int <-> text.
 *
 * Big integers are ObjBigInt objects wrapping a GMP mpz_t. A result is
 * computed in a local mpz_t and then handed to int_take_mpz, which either
 * returns an immediate (when it fits in int64) or moves the limbs into a
 * new object, so a collection triggered by the allocation never sees a
 * half-built value. The limbs are counted in the heap size, as gc.c does
 * when it sweeps.
 */
#include "vm/obj_int.h"

#include <inttypes.h>
#include <string.h>

#include "vm/boxed.h"
#include "vm/container.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/protocol.h"
#include "vm/text_repr.h"
#include "vm/unicode.h"

/* ---- big integers ----------------------------------------------------- */

/* GMP's signed long is Eddy's int64 on every platform Eddy supports. */
_Static_assert(sizeof(long) == sizeof(int64_t), "long must be 64 bits");

/* True when [v] fits in int64. */
static bool mpz_fits_int64(const mpz_t v) { return mpz_fits_slong_p(v); }

Value int_take_mpz(EddyVM *vm, mpz_t v) {
  if (mpz_fits_int64(v)) {
    Value small = INT_VAL((int64_t)mpz_get_si(v));
    mpz_clear(v);
    return small;
  }
  ObjBigInt *big = (ObjBigInt *)gc_new_object(vm, sizeof(ObjBigInt),
                                              OBJ_BIGINT, vm->types.int_);
  if (!big) {
    mpz_clear(v);
    return UNDEF_VAL;
  }
  /* Move the limbs: the struct copy transfers ownership of [v]'s data. */
  big->value[0] = v[0];
  vm->bytes_allocated += (size_t)big->value->_mp_alloc * sizeof(mp_limb_t);
  return OBJ_VAL(big);
}

Value int_from_mpz(EddyVM *vm, const mpz_t v) {
  if (mpz_fits_int64(v)) return INT_VAL((int64_t)mpz_get_si(v));
  mpz_t copy;
  mpz_init_set(copy, v);
  return int_take_mpz(vm, copy);
}

bool int_to_mpz(Value v, mpz_t out) {
  v = value_unbox(v);
  if (IS_SMALLINT_LIKE(v)) {
    mpz_set_si(out, (long)AS_SMALLINT(v));
    return true;
  }
  if (IS_BIGINT(v)) {
    mpz_set(out, AS_BIGINT(v)->value);
    return true;
  }
  return false;
}

bool int_to_int64(EddyVM *vm, Value v, int64_t *out) {
  v = value_unbox(v);
  if (IS_SMALLINT_LIKE(v)) {
    *out = AS_SMALLINT(v);
    return true;
  }
  if (IS_BIGINT(v)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C long");
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "'%s' object cannot be interpreted as an integer",
                  vm_type_name(vm, v));
}

int int_sign(Value v) {
  if (IS_BIGINT(v)) return mpz_sgn(AS_BIGINT(v)->value);
  int64_t i = AS_SMALLINT(v);
  return (i > 0) - (i < 0);
}

uint64_t int_bit_length(Value v) {
  if (IS_BIGINT(v)) return mpz_sizeinbase(AS_BIGINT(v)->value, 2);
  int64_t i = AS_SMALLINT(v);
  if (i == 0) return 0;
  uint64_t mag = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
  return 64 - (uint64_t)__builtin_clzll(mag);
}

/* ---- parsing ---------------------------------------------------------- */

/* Outcomes of parsing digits. */
typedef enum {
  PARSE_OK,      /* a valid int */
  PARSE_INVALID, /* not an int literal in the base */
  PARSE_TOO_LONG /* more decimal digits than INT_MAX_STR_DIGITS */
} ParseStatus;

/* Python's Py_ISSPACE: ASCII whitespace. */
static bool is_ascii_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The value of the digit [c] in bases up to 36, or 99. */
static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* Reads a base prefix at [s] ("0x", "0o", "0b") matching [*base] (or
 * choosing it when [*base] is 0); returns the characters to skip. Sets
 * [*zero_only] for a base-0 literal with a leading zero and no prefix,
 * which is valid only when it is zero. */
static size_t read_prefix(const char *s, size_t n, int *base,
                          bool *zero_only) {
  char p = n >= 2 && s[0] == '0' ? (char)(s[1] | 0x20) : 0;
  if (*base == 0) {
    if (n == 0 || s[0] != '0') *base = 10;
    else if (p == 'x') *base = 16;
    else if (p == 'o') *base = 8;
    else if (p == 'b') *base = 2;
    else {
      *zero_only = true;
      *base = 10;
    }
  }
  if ((*base == 16 && p == 'x') || (*base == 8 && p == 'o') ||
      (*base == 2 && p == 'b')) {
    return n >= 3 && s[2] == '_' ? 3 : 2; /* one underscore may follow */
  }
  return 0;
}

/* Copies the digits of [s] into [digits] without underscores, stopping
 * at the first character that is neither; returns the characters read,
 * or (size_t)-1 when the underscores are misplaced. */
static size_t collect_digits(const char *s, size_t n, int base,
                             ByteBuf *digits, bool *nomem) {
  size_t i = 0;
  char prev = '_'; /* so a leading underscore is an error */
  for (; i < n; i++) {
    if (s[i] == '_') {
      if (prev == '_') return (size_t)-1;
    } else if (digit_value(s[i]) < base) {
      if (!buf_putc(digits, s[i])) *nomem = true;
    } else {
      break;
    }
    prev = s[i];
  }
  return prev == '_' && i > 0 ? (size_t)-1 : i;
}

/* Parses the ASCII [s] as int(s, base) into [out]; [*ndigits] gets the
 * digit count for the too-long message. */
static ParseStatus parse_ascii(const char *s, size_t n, int base, mpz_t out,
                               size_t *ndigits, bool *nomem) {
  size_t i = 0;
  while (i < n && is_ascii_space(s[i])) i++;
  bool negative = i < n && s[i] == '-';
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  bool zero_only = false;
  i += read_prefix(s + i, n - i, &base, &zero_only);
  ByteBuf digits;
  buf_init(&digits);
  size_t used = collect_digits(s + i, n - i, base, &digits, nomem);
  ParseStatus status = PARSE_INVALID;
  if (used != (size_t)-1 && digits.len > 0 && !*nomem) {
    i += used;
    *ndigits = digits.len;
    if ((base & (base - 1)) != 0 && digits.len > INT_MAX_STR_DIGITS) {
      status = PARSE_TOO_LONG;
    } else {
      while (i < n && is_ascii_space(s[i])) i++;
      mpz_set_str(out, digits.data, base);
      bool ok = i == n && !(zero_only && mpz_sgn(out) != 0);
      if (negative) mpz_neg(out, out);
      status = ok ? PARSE_OK : PARSE_INVALID;
    }
  }
  buf_free(&digits);
  return status;
}

/* Raises the ValueError of int() for [status] given the repr [shown]. */
static bool raise_parse_error(EddyVM *vm, ParseStatus status, int base,
                              const char *shown, size_t ndigits) {
  if (status == PARSE_TOO_LONG) {
    return vm_raise(vm, vm->exc.ValueError,
                    "Exceeds the limit (%d digits) for integer string "
                    "conversion: value has %zu digits; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    INT_MAX_STR_DIGITS, ndigits);
  }
  return vm_raise(vm, vm->exc.ValueError,
                  "invalid literal for int() with base %d: %s", base, shown);
}

/* Parses the ASCII [ascii] into [*out]; on failure raises with the repr
 * that [repr_fn] makes of the original [text]. */
static bool parse_to_value(EddyVM *vm, const char *ascii, size_t ascii_len,
                           const char *text, size_t len, int base,
                           bool (*repr_fn)(ByteBuf *, const char *, size_t),
                           Value *out) {
  mpz_t z;
  mpz_init(z);
  size_t ndigits = 0;
  bool nomem = false;
  ParseStatus status = parse_ascii(ascii, ascii_len, base, z, &ndigits,
                                   &nomem);
  if (nomem) {
    mpz_clear(z);
    return vm_raise_memory(vm);
  }
  if (status == PARSE_OK) {
    *out = int_take_mpz(vm, z);
    return !IS_UNDEF(*out);
  }
  mpz_clear(z);
  ByteBuf shown;
  buf_init(&shown);
  if (!repr_fn(&shown, text, len)) {
    buf_free(&shown);
    return vm_raise_memory(vm);
  }
  raise_parse_error(vm, status, base, shown.data, ndigits);
  buf_free(&shown);
  return false;
}

bool int_from_string(EddyVM *vm, const char *text, size_t len, int base,
                     Value *out) {
  ByteBuf ascii;
  buf_init(&ascii);
  if (!number_ascii_text(text, len, &ascii)) {
    buf_free(&ascii);
    return vm_raise_memory(vm);
  }
  bool ok = parse_to_value(vm, ascii.data ? ascii.data : "", ascii.len, text,
                           len, base, text_repr_str, out);
  buf_free(&ascii);
  return ok;
}

/* int(b'...', base): bytes are parsed as they are, without the Unicode
 * rewriting, and shown as bytes in the error. */
static bool int_from_bytes_text(EddyVM *vm, const char *data, size_t len,
                                int base, Value *out) {
  return parse_to_value(vm, data, len, data, len, base, text_repr_bytes,
                        out);
}

/* ---- text ------------------------------------------------------------- */

/* Raises CPython's error for int -> decimal text past the limit. */
static bool raise_too_many_digits(EddyVM *vm) {
  return vm_raise(vm, vm->exc.ValueError,
                  "Exceeds the limit (%d digits) for integer string "
                  "conversion; use sys.set_int_max_str_digits() to "
                  "increase the limit",
                  INT_MAX_STR_DIGITS);
}

bool int_repr(EddyVM *vm, Value v, ByteBuf *out) {
  if (!IS_BIGINT(v)) {
    if (!buf_printf(out, "%" PRId64, AS_SMALLINT(v))) {
      return vm_raise_memory(vm);
    }
    return true;
  }
  const mpz_t *z = &AS_BIGINT(v)->value;
  size_t size = mpz_sizeinbase(*z, 10);
  if (size > INT_MAX_STR_DIGITS + 1) return raise_too_many_digits(vm);
  char *text = malloc(size + 2);
  if (!text) return vm_raise_memory(vm);
  mpz_get_str(text, 10, *z);
  size_t len = strlen(text);
  bool ok = len - (text[0] == '-') <= INT_MAX_STR_DIGITS
                ? buf_append(out, text, len) || vm_raise_memory(vm)
                : raise_too_many_digits(vm);
  free(text);
  return ok;
}

/* The prefix Python writes before digits in [base]. */
static const char *base_prefix(int base) {
  return base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
}

bool int_format_base(EddyVM *vm, Value v, int base, bool prefix,
                     ByteBuf *out) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool negative = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  char *text = malloc(mpz_sizeinbase(z, base) + 2);
  if (!text) {
    mpz_clear(z);
    return vm_raise_memory(vm);
  }
  mpz_get_str(text, base, z);
  mpz_clear(z);
  bool ok = (!negative || buf_putc(out, '-')) &&
            (!prefix || buf_puts(out, base_prefix(base))) &&
            buf_puts(out, text);
  free(text);
  return ok || vm_raise_memory(vm);
}

/* ---- TypeOps ---------------------------------------------------------- */

static bool int_ops_repr(EddyVM *vm, Value v, ByteBuf *out) {
  return int_repr(vm, v, out);
}

static bool int_ops_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = number_hash_int(v);
  return true;
}

static bool int_ops_eq(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = number_eq(a, b);
  return true;
}

static bool int_ops_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  *out = int_sign(v) != 0;
  return true;
}

static const TypeOps int_ops = {
    .repr = int_ops_repr,
    .hash = int_ops_hash,
    .eq = int_ops_eq,
    .truth = int_ops_truth,
};

static bool bool_ops_repr(EddyVM *vm, Value v, ByteBuf *out) {
  bool ok = buf_puts(out, AS_SMALLINT(v) ? "True" : "False");
  return ok || vm_raise_memory(vm);
}

static const TypeOps bool_ops = {
    .repr = bool_ops_repr,
    .hash = int_ops_hash,
    .eq = int_ops_eq,
    .truth = int_ops_truth,
};

/* ---- the constructor -------------------------------------------------- */

/* Calls the special method [name] of [v]'s class when it has one, storing
 * its result in [*out]; [*found] tells whether it did. */
static bool call_dunder(EddyVM *vm, Value v, ObjStr *name, Value *out,
                        bool *found) {
  *found = false;
  if (!IS_OBJ(v) || !name) return true;
  Value method = class_lookup(vm_class_of(vm, v), name);
  if (IS_UNDEF(method)) return true;
  *found = true;
  return vm_call(vm, method, &v, 1, NULL, out);
}

/* int(x) for an object with __int__ or __index__. */
static bool int_from_dunder(EddyVM *vm, Value x, Value *out) {
  ObjStr *names[2] = {vm->str.int_, vm->str.index};
  const char *shown[2] = {"__int__", "__index__"};
  for (int i = 0; i < 2; i++) {
    bool found;
    if (!call_dunder(vm, x, names[i], out, &found)) return false;
    if (!found) continue;
    if (IS_ANY_INT(*out)) {
      if (IS_BOOL(*out)) *out = INT_VAL(AS_BOOL(*out));
      return true;
    }
    return vm_raise(vm, vm->exc.TypeError, "%s returned non-int (type %s)",
                    shown[i], vm_type_name(vm, *out));
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "int() argument must be a string, a bytes-like object or "
                  "a real number, not '%s'",
                  vm_type_name(vm, x));
}

/* int(x) with no base. */
static bool int_from_value(EddyVM *vm, Value x, Value *out) {
  x = value_unbox(x);
  if (IS_BOOL(x)) {
    *out = INT_VAL(AS_BOOL(x));
    return true;
  }
  if (IS_ANY_INT(x)) {
    *out = x;
    return true;
  }
  if (IS_FLOAT(x)) return number_float_to_int(vm, AS_FLOAT(x), out);
  if (IS_STR(x)) {
    return int_from_string(vm, AS_STR(x)->chars, AS_STR(x)->length, 10, out);
  }
  if (IS_BYTES(x)) {
    return int_from_bytes_text(vm, AS_BYTES(x)->data, AS_BYTES(x)->length, 10,
                               out);
  }
  return int_from_dunder(vm, x, out);
}

/* Reads int()'s [base] argument into [*base]. */
static bool read_base(EddyVM *vm, Value v, int *base) {
  if (!IS_ANY_INT(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object cannot be interpreted as an integer",
                    vm_type_name(vm, v));
  }
  int64_t b = IS_BIGINT(v) ? -1 : AS_SMALLINT(v);
  if (b == 1 || b < 0 || b > 36) {
    return vm_raise(vm, vm->exc.ValueError,
                    "int() base must be >= 2 and <= 36, or 0");
  }
  *base = (int)b;
  return true;
}

bool int_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                   Value *result) {
  static const char *const names[] = {"x", "base"};
  Value params[2];
  if (!native_parse_args(vm, "int", args + 1, nargs - 1, kwnames, names, 2, 0,
                         1, params)) {
    return false;
  }
  Value x = params[0], base_arg = params[1];
  if (IS_UNDEF(base_arg)) {
    if (IS_UNDEF(x)) {
      *result = INT_VAL(0);
      return true;
    }
    return int_from_value(vm, x, result);
  }
  if (IS_UNDEF(x)) {
    return vm_raise(vm, vm->exc.TypeError, "int() missing string argument");
  }
  int base = 10;
  if (!read_base(vm, base_arg, &base)) return false;
  if (IS_STR(x)) {
    return int_from_string(vm, AS_STR(x)->chars, AS_STR(x)->length, base,
                           result);
  }
  if (IS_BYTES(x)) {
    return int_from_bytes_text(vm, AS_BYTES(x)->data, AS_BYTES(x)->length,
                               base, result);
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "int() can't convert non-string with explicit base");
}

/* bool(x=False, /) */
static bool bool_construct(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "bool", kwnames) ||
      !native_check_count(vm, "bool", nargs - 1, 0, 1)) {
    return false;
  }
  bool truth = false;
  if (nargs == 2 && !value_truthy(vm, args[1], &truth)) return false;
  *result = BOOL_VAL(truth);
  return true;
}

/* ---- methods ---------------------------------------------------------- */

/* Checks that a method of int was called on an int and with no other
 * arguments. */
static bool check_self(EddyVM *vm, const char *name, Value *args, int nargs,
                       ObjTuple *kwnames, bool no_args) {
  if (nargs >= 1) args[0] = value_unbox(args[0]); /* a subclass */
  if (nargs < 1 || !IS_ANY_INT(args[0])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor '%s' for 'int' objects doesn't apply to a "
                    "'%s' object",
                    name, nargs < 1 ? "NoneType" : vm_type_name(vm, args[0]));
  }
  if (!no_args) return true;
  char fname[64];
  snprintf(fname, sizeof fname, "int.%s", name);
  return native_no_kwargs(vm, fname, kwnames) &&
         native_check_count(vm, fname, nargs - 1, 0, 0);
}

/* int.bit_length(): bits needed for abs(self). */
static bool int_bit_length_method(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "bit_length", args, nargs, kwnames, true)) return false;
  *result = INT_VAL((int64_t)int_bit_length(args[0]));
  return true;
}

/* int.bit_count(): ones in the binary form of abs(self). */
static bool int_bit_count_method(EddyVM *vm, Value *args, int nargs,
                                 ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "bit_count", args, nargs, kwnames, true)) return false;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(args[0], z);
  mpz_abs(z, z);
  *result = INT_VAL((int64_t)mpz_popcount(z));
  mpz_clear(z);
  return true;
}

/* int.as_integer_ratio(): (self, 1). */
static bool int_ratio_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "as_integer_ratio", args, nargs, kwnames, true)) {
    return false;
  }
  Value self = IS_BOOL(args[0]) ? INT_VAL(AS_BOOL(args[0])) : args[0];
  return number_new_pair(vm, self, INT_VAL(1), result);
}

/* [v] as a plain int: bool's numeric attributes are ints. */
static Value plain_int(Value v) {
  return IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
}

/* int.conjugate(): self as an int (the complex conjugate of a real). */
static bool int_self_method(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "conjugate", args, nargs, kwnames, true)) return false;
  *result = plain_int(args[0]);
  return true;
}

/* The getters int.real and int.numerator: self as an int. */
static bool int_real_getter(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "real", args, nargs, kwnames, false)) return false;
  *result = plain_int(args[0]);
  return true;
}

/* The getter int.imag: always 0. */
static bool int_imag_getter(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "imag", args, nargs, kwnames, false)) return false;
  *result = INT_VAL(0);
  return true;
}

/* The getter int.denominator: always 1. */
static bool int_denominator_getter(EddyVM *vm, Value *args, int nargs,
                                   ObjTuple *kwnames, Value *result) {
  if (!check_self(vm, "denominator", args, nargs, kwnames, false))
    return false;
  *result = INT_VAL(1);
  return true;
}

/* Reads the byteorder argument of to_bytes/from_bytes: [*big] is true
 * for 'big' (the default). */
static bool read_byteorder(EddyVM *vm, const char *fname, Value v,
                           bool *big) {
  *big = true;
  if (IS_UNDEF(v)) return true;
  if (!IS_STR(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "%s() argument 'byteorder' must be str, not %s", fname,
                    vm_type_name(vm, v));
  }
  if (strcmp(AS_STR(v)->chars, "big") == 0) return true;
  if (strcmp(AS_STR(v)->chars, "little") == 0) {
    *big = false;
    return true;
  }
  return vm_raise(vm, vm->exc.ValueError,
                  "byteorder must be either 'little' or 'big'");
}

/* Parses (first, byteorder, *, signed) for to_bytes/from_bytes. */
static bool parse_bytes_args(EddyVM *vm, const char *fname, Value *args,
                             int nargs, ObjTuple *kwnames, Value *first,
                             bool *big, bool *is_signed) {
  static const char *const names[] = {"length", "byteorder", "signed"};
  static const char *const from_names[] = {"bytes", "byteorder", "signed"};
  if (nargs > 2) {
    return vm_raise(vm, vm->exc.TypeError,
                    "%s() takes at most 2 positional arguments (%d given)",
                    fname, nargs);
  }
  Value params[3];
  bool to = fname[0] == 't';
  if (!native_parse_args(vm, fname, args, nargs, kwnames,
                         to ? names : from_names, 3, to ? 0 : 1, 0,
                         params) ||
      !read_byteorder(vm, fname, params[1], big)) {
    return false;
  }
  *first = params[0];
  *is_signed = false;
  return IS_UNDEF(params[2]) || value_truthy(vm, params[2], is_signed);
}

/* A new bytes object of [len] zero bytes. */
static ObjBytes *new_bytes(EddyVM *vm, size_t len) {
  if (len > INT_MAX_BITS / 8) {
    vm_raise_memory(vm);
    return NULL;
  }
  ObjBytes *bytes = (ObjBytes *)gc_new_object(
      vm, sizeof(ObjBytes) + len + 1, OBJ_BYTES, vm->types.bytes);
  if (!bytes) return NULL;
  bytes->length = len;
  bytes->hash = -1;
  return bytes;
}

/* Checks that [z] fits in [len] bytes and makes it non-negative (two's
 * complement); raises CPython's OverflowError otherwise. */
static bool fit_bytes(EddyVM *vm, mpz_t z, int64_t len, bool is_signed) {
  if (!is_signed && mpz_sgn(z) < 0) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "can't convert negative int to unsigned");
  }
  uint64_t bits = (uint64_t)len * 8;
  bool fits;
  if (!is_signed) {
    fits = mpz_sgn(z) == 0 || mpz_sizeinbase(z, 2) <= bits;
  } else if (mpz_sgn(z) >= 0) {
    fits = mpz_sgn(z) == 0 || mpz_sizeinbase(z, 2) < bits;
  } else {
    mpz_t m;
    mpz_init(m);
    mpz_add_ui(m, z, 1); /* -2**(bits-1) <= z  <=>  |z+1| < 2**(bits-1) */
    fits = bits > 0 && (mpz_sgn(m) == 0 || mpz_sizeinbase(m, 2) < bits);
    mpz_clear(m);
  }
  if (!fits) return vm_raise(vm, vm->exc.OverflowError, "int too big to convert");
  if (mpz_sgn(z) < 0) {
    mpz_t mod;
    mpz_init_set_ui(mod, 1);
    mpz_mul_2exp(mod, mod, bits);
    mpz_add(z, z, mod);
    mpz_clear(mod);
  }
  return true;
}

/* Writes [z] (0 <= z < 256**len) as [len] bytes into the zeroed [data]. */
static void export_bytes(const mpz_t z, char *data, size_t len, bool big) {
  if (mpz_sgn(z) == 0) return;
  size_t need = (mpz_sizeinbase(z, 2) + 7) / 8;
  size_t count = 0;
  mpz_export(big ? data + len - need : data, &count, big ? 1 : -1, 1, 0, 0,
             z);
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static bool int_to_bytes_method(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  Value length_arg;
  bool big, is_signed;
  int64_t len = 1;
  if (!check_self(vm, "to_bytes", args, nargs, kwnames, false) ||
      !parse_bytes_args(vm, "to_bytes", args + 1, nargs - 1, kwnames,
                        &length_arg, &big, &is_signed) ||
      (!IS_UNDEF(length_arg) && !int_to_int64(vm, length_arg, &len))) {
    return false;
  }
  if (len < 0) {
    return vm_raise(vm, vm->exc.ValueError,
                    "length argument must be non-negative");
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(args[0], z);
  ObjBytes *bytes = NULL;
  if (fit_bytes(vm, z, len, is_signed)) bytes = new_bytes(vm, (size_t)len);
  if (bytes) export_bytes(z, bytes->data, (size_t)len, big);
  mpz_clear(z);
  if (!bytes) return false;
  *result = OBJ_VAL(bytes);
  return true;
}

/* The bytes of from_bytes' argument [v]: a bytes object, or an iterable
 * of ints in range(256) copied into [buf]. */
static bool bytes_of(EddyVM *vm, Value v, ByteBuf *buf) {
  if (IS_BYTES(v)) {
    return buf_append(buf, AS_BYTES(v)->data, AS_BYTES(v)->length) ||
           vm_raise_memory(vm);
  }
  if (IS_NUMBER(v) || IS_STR(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "cannot convert '%s' object to bytes",
                    vm_type_name(vm, v));
  }
  Value list;
  if (!value_to_list(vm, v, &list)) return false;
  ObjList *items = AS_LIST(list);
  for (size_t i = 0; i < items->length; i++) {
    int64_t byte;
    Value item = items->items[i];
    if (!IS_ANY_INT(item)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      vm_type_name(vm, item));
    }
    if (IS_BIGINT(item) || (byte = AS_SMALLINT(item)) < 0 || byte > 255) {
      return vm_raise(vm, vm->exc.ValueError,
                      "bytes must be in range(0, 256)");
    }
    if (!buf_putc(buf, (char)byte)) return vm_raise_memory(vm);
  }
  return true;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a
 * classmethod: args[0] is the class. */
static bool int_from_bytes_method(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  bool as_bool = IS_CLASS(args[0]) && AS_CLASS(args[0]) == vm->types.bool_;
  args++;
  nargs--;
  Value source;
  bool big, is_signed;
  if (!parse_bytes_args(vm, "from_bytes", args, nargs, kwnames, &source,
                        &big, &is_signed)) {
    return false;
  }
  ByteBuf data;
  buf_init(&data);
  if (!bytes_of(vm, source, &data)) {
    buf_free(&data);
    return false;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, data.len, big ? 1 : -1, 1, 0, 0, data.data);
  unsigned char top = data.len ? (unsigned char)data.data[big ? 0 : data.len - 1]
                               : 0;
  if (is_signed && (top & 0x80)) {
    mpz_t mod;
    mpz_init_set_ui(mod, 1);
    mpz_mul_2exp(mod, mod, data.len * 8);
    mpz_sub(z, z, mod);
    mpz_clear(mod);
  }
  buf_free(&data);
  if (as_bool) { /* bool.from_bytes calls bool() on the int */
    *result = BOOL_VAL(mpz_sgn(z) != 0);
    mpz_clear(z);
    return true;
  }
  *result = int_take_mpz(vm, z);
  return !IS_UNDEF(*result);
}

/* ---- installation ----------------------------------------------------- */

bool int_install(EddyVM *vm) {
  ObjClass *cls = vm->types.int_;
  cls->ops = &int_ops;
  cls->construct = int_construct;
  return native_method(vm, cls, "bit_length", int_bit_length_method) &&
         native_method(vm, cls, "bit_count", int_bit_count_method) &&
         native_method(vm, cls, "to_bytes", int_to_bytes_method) &&
         container_classmethod(vm, cls, "from_bytes", int_from_bytes_method) &&
         native_method(vm, cls, "as_integer_ratio", int_ratio_method) &&
         native_method(vm, cls, "conjugate", int_self_method) &&
         container_getter(vm, cls, "real", int_real_getter) &&
         container_getter(vm, cls, "imag", int_imag_getter) &&
         container_getter(vm, cls, "numerator", int_real_getter) &&
         container_getter(vm, cls, "denominator", int_denominator_getter);
}

bool bool_install(EddyVM *vm) {
  vm->types.bool_->ops = &bool_ops;
  vm->types.bool_->construct = bool_construct;
  return true;
}
