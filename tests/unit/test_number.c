/* test_number.c: int/bool/float arithmetic, comparison and hashing.
 *
 * Every expected value here was printed by CPython 3.11. Operands are
 * written as Python literals (ints in any base, floats with a point or
 * exponent) and results compared as their repr, so a failure reads like
 * a Python session.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/number.h"
#include "vm/obj_float.h"
#include "vm/obj_int.h"
#include "vm/text_repr.h"

static EddyVM *vm;

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
}

static void teardown(void) { vm_free(vm); }

TestSuite(number, .init = setup, .fini = teardown);

/* The number written as the Python literal [text]. */
static Value num(const char *text) {
  Value v;
  if (strcmp(text, "True") == 0 || strcmp(text, "False") == 0) {
    return BOOL_VAL(text[0] == 'T');
  }
  bool is_float = strpbrk(text, ".n") != NULL ||
                  (strchr(text, 'e') && !strstr(text, "0x"));
  if (is_float) {
    double d;
    cr_assert(float_from_string(vm, text, strlen(text), &d), "%s", text);
    return FLOAT_VAL(d);
  }
  cr_assert(int_from_string(vm, text, strlen(text), 0, &v), "%s", text);
  return v;
}

/* repr([v]) in a static buffer. */
static const char *show(Value v) {
  static char text[8192];
  ByteBuf buf;
  buf_init(&buf);
  bool ok = IS_BOOL(v) ? buf_puts(&buf, AS_BOOL(v) ? "True" : "False")
            : IS_FLOAT(v) ? text_repr_float(&buf, AS_FLOAT(v))
                          : int_repr(vm, v, &buf);
  cr_assert(ok);
  snprintf(text, sizeof text, "%s", buf.data);
  buf_free(&buf);
  return text;
}

/* "TypeName: message" of the pending exception, which it clears. */
static const char *take_error(void) {
  static char text[512];
  Value exc = vm->task->exception;
  cr_assert(!IS_UNDEF(exc), "no exception pending");
  ByteBuf buf;
  buf_init(&buf);
  cr_assert(exception_str(vm, exc, &buf));
  snprintf(text, sizeof text, "%s: %s", vm_type_name(vm, exc),
           buf.data ? buf.data : "");
  buf_free(&buf);
  vm->task->exception = UNDEF_VAL;
  return text;
}

/* Checks [a] [op] [b] == [expected] (a repr, or "Error: message"). */
static void check_binary(BinOpKind op, const char *a, const char *b,
                         const char *expected) {
  Value va = num(a);
  gc_push_root(vm, va);
  Value vb = num(b);
  gc_push_root(vm, vb);
  Value out;
  bool handled;
  bool ok = number_binary(vm, op, va, vb, &out, &handled);
  gc_pop_roots(vm, 2);
  cr_assert(handled);
  const char *got = ok ? show(out) : take_error();
  cr_assert_str_eq(got, expected, "%s %s %s", a, ast_binop_name(op), b);
}

/* Checks that [a] [op] [b] is an immediate exactly when it fits. */
static void check_normalised(BinOpKind op, const char *a, const char *b,
                             bool immediate) {
  Value va = num(a);
  gc_push_root(vm, va);
  Value vb = num(b);
  gc_push_root(vm, vb);
  Value out;
  bool handled;
  cr_assert(number_binary(vm, op, va, vb, &out, &handled));
  gc_pop_roots(vm, 2);
  cr_assert_eq(IS_INT(out), immediate, "%s op %s", a, b);
  cr_assert_eq(IS_BIGINT(out), !immediate, "%s op %s", a, b);
}

Test(number, promotion_at_int64_bounds) {
  check_binary(BINOP_ADD, "9223372036854775807", "1", "9223372036854775808");
  check_binary(BINOP_SUB, "-9223372036854775808", "1",
               "-9223372036854775809");
  check_binary(BINOP_MULT, "3037000500", "3037000500", "9223372037000250000");
  check_binary(BINOP_MULT, "-9223372036854775808", "-1",
               "9223372036854775808");
  check_binary(BINOP_FLOORDIV, "-9223372036854775808", "-1",
               "9223372036854775808");
  check_binary(BINOP_MOD, "-9223372036854775808", "-1", "0");
  check_binary(BINOP_LSHIFT, "1", "63", "9223372036854775808");
  check_binary(BINOP_LSHIFT, "-1", "63", "-9223372036854775808");
  check_binary(BINOP_POW, "2", "63", "9223372036854775808");
  check_binary(BINOP_POW, "-2", "63", "-9223372036854775808");
  check_binary(BINOP_MULT, "4294967296", "-2147483648",
               "-9223372036854775808");
  check_normalised(BINOP_ADD, "9223372036854775807", "1", false);
  check_normalised(BINOP_LSHIFT, "-1", "63", true);
}

Test(number, demotion_back_to_immediates) {
  check_binary(BINOP_SUB, "9223372036854775808", "1", "9223372036854775807");
  check_binary(BINOP_ADD, "-9223372036854775809", "1",
               "-9223372036854775808");
  check_normalised(BINOP_SUB, "9223372036854775808", "1", true);
  check_normalised(BINOP_ADD, "-9223372036854775809", "1", true);
  check_normalised(BINOP_FLOORDIV, "0x10000000000000000", "4", true);
  check_normalised(BINOP_BITAND, "0x1ffffffffffffffff", "0xff", true);
}

Test(number, floor_division_and_modulo_signs) {
  static const char *const table[][6] = {
      /* a, b, a // b, a % b, float(a) // b, float(a) % b */
      {"7", "2", "3", "1", "3.0", "1.0"},
      {"7", "-2", "-4", "-1", "-4.0", "-1.0"},
      {"-7", "2", "-4", "1", "-4.0", "1.0"},
      {"-7", "-2", "3", "-1", "3.0", "-1.0"},
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
    const char *const *row = table[i];
    char fa[32];
    snprintf(fa, sizeof fa, "%s.0", row[0]);
    check_binary(BINOP_FLOORDIV, row[0], row[1], row[2]);
    check_binary(BINOP_MOD, row[0], row[1], row[3]);
    check_binary(BINOP_FLOORDIV, fa, row[1], row[4]);
    check_binary(BINOP_MOD, fa, row[1], row[5]);
  }
  check_binary(BINOP_MOD, "-0.0", "5", "0.0");
  check_binary(BINOP_MOD, "0.0", "-5", "-0.0");
  check_binary(BINOP_MOD, "7.5", "-2", "-0.5");
  check_binary(BINOP_FLOORDIV, "-7.5", "2", "-4.0");
}

Test(number, division_by_zero_messages) {
  check_binary(BINOP_DIV, "1", "0", "ZeroDivisionError: division by zero");
  check_binary(BINOP_FLOORDIV, "1", "0",
               "ZeroDivisionError: integer division or modulo by zero");
  check_binary(BINOP_MOD, "1", "0",
               "ZeroDivisionError: integer modulo by zero");
  check_binary(BINOP_DIV, "1.0", "0",
               "ZeroDivisionError: float division by zero");
  check_binary(BINOP_FLOORDIV, "1.0", "0",
               "ZeroDivisionError: float floor division by zero");
  check_binary(BINOP_MOD, "1.0", "0", "ZeroDivisionError: float modulo");
  check_binary(BINOP_POW, "0", "-1",
               "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  check_binary(BINOP_POW, "10.0", "400",
               "OverflowError: (34, 'Numerical result out of range')");
  check_binary(BINOP_LSHIFT, "1", "-1", "ValueError: negative shift count");
}

/* Writes "0x[head]" followed by [zeros] zero digits into [out]. */
static void hex_with_zeros(char *out, const char *head, int zeros) {
  int n = sprintf(out, "0x%s", head);
  memset(out + n, '0', (size_t)zeros);
  out[n + zeros] = '\0';
}

Test(number, true_division_of_big_ints) {
  const char *e100 = "1" "0000000000" "0000000000" "0000000000" "0000000000"
                     "0000000000" "0000000000" "0000000000" "0000000000"
                     "0000000000" "0000000000";
  check_binary(BINOP_DIV, "0x100000000000000000001", "3",
               "4.029752732048764e+23");
  check_binary(BINOP_DIV, "-0x400000000000000000", "7",
               "-1.6865594581677303e+20");
  check_binary(BINOP_DIV, "1", e100, "1e-100");
  check_binary(BINOP_DIV, "0", "-0x1000000000000000000000", "-0.0");
  check_binary(BINOP_DIV, "0", "-5", "-0.0");
  /* 2**1024 - 2**971 rounds down to DBL_MAX; 2**1024 - 2**970 is a tie
   * that rounds to even, past the range. */
  char big[300];
  hex_with_zeros(big, "fffffffffffff8", 242);
  check_binary(BINOP_DIV, big, "1", "1.7976931348623157e+308");
  hex_with_zeros(big, "fffffffffffffc", 242);
  check_binary(BINOP_DIV, big, "1",
               "OverflowError: integer division result too large for a "
               "float");
  hex_with_zeros(big, "1", 260); /* 2**1040 */
  check_binary(BINOP_DIV, big, "1",
               "OverflowError: integer division result too large for a "
               "float");
  check_binary(BINOP_MULT, big, "1.0",
               "OverflowError: int too large to convert to float");
}

Test(number, hashes_match_cpython) {
  static const struct {
    const char *value;
    int64_t hash;
  } cases[] = {
      {"9223372036854775808", 4},      {"-9223372036854775808", -4},
      {"2305843009213693951", 0},      {"2305843009213693952", 1},
      {"1.5", 1152921504606846977},    {"-0.5", -1152921504606846976},
      {"1e100", 1822893315824342674},  {"1180591620717411303424.0", 512},
      {"0x400000000000000000", 512},   {"-1", -2},
      {"-2", -2},                      {"1000000000000000000000000000000",
                                        465258685558744706},
      {"inf", 314159},                 {"-inf", -314159},
      {"True", 1},                     {"0.0", 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    cr_assert_eq(number_hash(num(cases[i].value)), cases[i].hash, "hash(%s)",
                 cases[i].value);
  }
}

/* Checks [a] [op] [b] against [expected]. */
static void check_compare(CompareOp op, const char *a, const char *b,
                          bool expected) {
  Value va = num(a);
  gc_push_root(vm, va);
  Value vb = num(b);
  gc_pop_roots(vm, 1);
  bool out, handled;
  cr_assert(number_compare(vm, op, va, vb, &out, &handled));
  cr_assert(handled);
  cr_assert_eq(out, expected, "%s op%d %s", a, (int)op, b);
}

Test(number, int_float_comparison_is_exact) {
  check_compare(COMPARE_EQ, "9007199254740993", "9007199254740992.0", false);
  check_compare(COMPARE_GT, "9007199254740993", "9007199254740992.0", true);
  check_compare(COMPARE_EQ, "9223372036854775808", "9223372036854775808.0",
                true);
  check_compare(COMPARE_LT, "9223372036854775807", "9223372036854775808.0",
                true);
  check_compare(COMPARE_EQ, "-9223372036854775808", "-9223372036854775808.0",
                true);
  char big[300];
  hex_with_zeros(big, "1", 260); /* 2**1040 */
  check_compare(COMPARE_LT, big, "inf", true);
  check_compare(COMPARE_GT, big, "1.7976931348623157e+308", true);
  check_compare(COMPARE_NE, "1", "nan", true);
  check_compare(COMPARE_EQ, "1", "nan", false);
  check_compare(COMPARE_LT, "nan", "1", false);
  check_compare(COMPARE_GE, "nan", "nan", false);
  check_compare(COMPARE_LT, "2", "2.5", true);
  check_compare(COMPARE_GT, "-2", "-2.5", true);
  check_compare(COMPARE_EQ, "True", "1.0", true);
  cr_assert(number_eq(num("1"), num("1.0")));
  cr_assert(!number_eq(num("1"), NONE_VAL));
}

Test(number, bools_stay_bools_in_bitwise_ops) {
  check_binary(BINOP_BITAND, "True", "True", "True");
  check_binary(BINOP_BITXOR, "True", "True", "False");
  check_binary(BINOP_ADD, "True", "True", "2");
  check_binary(BINOP_BITOR, "True", "2", "3");
}

Test(number, non_numbers_are_not_handled) {
  Value out;
  bool handled = true;
  cr_assert(number_binary(vm, BINOP_ADD, INT_VAL(1), NONE_VAL, &out,
                          &handled));
  cr_assert(!handled);
  cr_assert(number_binary(vm, BINOP_LSHIFT, FLOAT_VAL(1.0), INT_VAL(1), &out,
                          &handled));
  cr_assert(!handled);
}

Test(number, int_text_conversions) {
  Value v;
  cr_assert(!int_from_string(vm, "010", 3, 0, &v));
  cr_assert_str_eq(take_error(),
                   "ValueError: invalid literal for int() with base 0: '010'");
  cr_assert(int_from_string(vm, " -1_000 ", 8, 10, &v));
  cr_assert_eq(AS_INT(v), -1000);
  cr_assert(int_from_string(vm, "0x_1f", 5, 0, &v));
  cr_assert_eq(AS_INT(v), 31);
  ByteBuf buf;
  buf_init(&buf);
  cr_assert(int_format_base(vm, INT_VAL(-5), 2, true, &buf));
  cr_assert_str_eq(buf.data, "-0b101");
  buf_free(&buf);
  int64_t i;
  cr_assert(!int_to_int64(vm, num("0x10000000000000000"), &i));
  cr_assert_str_eq(take_error(),
                   "OverflowError: Python int too large to convert to C long");
}

Test(number, rounding) {
  Value out;
  cr_assert(number_round(vm, FLOAT_VAL(2.5), UNDEF_VAL, &out));
  cr_assert_str_eq(show(out), "2");
  cr_assert(number_round(vm, FLOAT_VAL(0.125), INT_VAL(2), &out));
  cr_assert_str_eq(show(out), "0.12");
  cr_assert(number_round(vm, FLOAT_VAL(2.675), INT_VAL(2), &out));
  cr_assert_str_eq(show(out), "2.67");
  cr_assert(number_round(vm, INT_VAL(25), INT_VAL(-1), &out));
  cr_assert_str_eq(show(out), "20");
  cr_assert(number_round(vm, INT_VAL(-15), INT_VAL(-1), &out));
  cr_assert_str_eq(show(out), "-20");
  cr_assert(!number_round(vm, FLOAT_VAL(1.7e308), INT_VAL(-308), &out));
  cr_assert_str_eq(take_error(),
                   "OverflowError: rounded value too large to represent");
}

Test(number, three_argument_pow) {
  Value out;
  cr_assert(number_pow3(vm, INT_VAL(2), INT_VAL(-1), INT_VAL(5), &out));
  cr_assert_str_eq(show(out), "3");
  cr_assert(number_pow3(vm, INT_VAL(3), INT_VAL(3), INT_VAL(-5), &out));
  cr_assert_str_eq(show(out), "-3");
  cr_assert(!number_pow3(vm, INT_VAL(2), INT_VAL(-1), INT_VAL(4), &out));
  cr_assert_str_eq(take_error(),
                   "ValueError: base is not invertible for the given modulus");
  cr_assert(!number_pow3(vm, INT_VAL(2), INT_VAL(3), INT_VAL(0), &out));
  cr_assert_str_eq(take_error(), "ValueError: pow() 3rd argument cannot be 0");
}
