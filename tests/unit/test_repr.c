/* test_repr.c: repr of floats, str and bytes, and the Unicode database.
 *
 * Every expected value in the tables below was printed by CPython 3.11
 * (repr(), the str predicates and case methods, unicodedata.decimal), so a
 * failure here is a difference from CPython. Malformed UTF-8 is compared
 * with the str CPython gets from the same bytes with the surrogatepass
 * (encoded surrogates) or surrogateescape (stray bytes) error handler.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "vm/text_repr.h"
#include "vm/unicode.h"

/* expression, and what python3 prints as its repr */
static const struct {
  double value;
  const char *expr;
  const char *repr;
} FLOATS[] = {
    {0x1.3333333333334p-2, "0.1+0.2", "0.30000000000000004"},
    {0x1.1c37937e08000p+53, "1e16", "1e+16"},
    {0x1.c6bf526340000p+49, "1e15", "1000000000000000.0"},
    {0x1.d6f34547df3b6p+26, "123456789.123", "123456789.123"},
    {0x0.0000000000001p-1022, "5e-324", "5e-324"},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e308",
     "1.7976931348623157e+308"},
    {0x1.4f8b588e368f1p-17, "1e-5", "1e-05"},
    {0x1.a36e2eb1c432dp-14, "0.0001", "0.0001"},
    {0x1.4000000000000p+1, "2.5", "2.5"},
    {-0x0.0p+0, "-0.0", "-0.0"},
    {0x0.0p+0, "0.0", "0.0"},
    {0x1.0f0cf064dd592p+73, "1e22", "1e+22"},
    {0x1.0000000000000p+53, "9007199254740993.0", "9007199254740992.0"},
    {0x1.52d02c7e14af6p+76, "1e23", "1e+23"},
    {0x1.5555555555555p-2, "1/3", "0.3333333333333333"},
    {-0x1.5555555555555p-1, "-2/3", "-0.6666666666666666"},
    {0x1.9000000000000p+6, "100.0", "100.0"},
    {0x1.c12218377de40p+46, "123456789012345.0", "123456789012345.0"},
    {0x1.18b54f22aeb00p+50, "1234567890123456.0", "1234567890123456.0"},
    {0x1.5ee2a2eb5a5c4p+53, "12345678901234567.0", "1.2345678901234568e+16"},
    {0x1.a36e2eb1c432dp-14, "1e-4", "0.0001"},
    {0x1.1c37937e08000p+53, "9.999999999999999e15", "1e+16"},
    {0x1.0000000000000p-1022, "2.2250738585072014e-308",
     "2.2250738585072014e-308"},
    {0x0.0000000000003p-1022, "2**-1074*3", "1.5e-323"},
    {0x1.0000000000000p+60, "2.0**60", "1.152921504606847e+18"},
    {-0x1.421f5f40d8376p-23, "-1.5e-7", "-1.5e-07"},
    {INFINITY, "float('inf')", "inf"},
    {-INFINITY, "-float('inf')", "-inf"},
    {NAN, "float('nan')", "nan"},
    {0x1.249ad2594c37dp+332, "1e100", "1e+100"},
    {0x1.0000000000000p-1, "0.5", "0.5"},
    {0x0.0000000000002p-1022, "1e-323", "1e-323"},
    {0x1.1666666666666p+2, "4.35", "4.35"},
    {0x1.3333333333333p-2, "0.3", "0.3"},
};

/* UTF-8 bytes (invalid ones read as surrogateescape), and python3's repr */
static const struct {
  const char *text;
  size_t len;
  const char *repr;
} STRS[] = {
    {"", 0, "''"},
    {"abc", 3, "'abc'"},
    {"it's", 4, "\"it's\""},
    {"say \"hi\"", 8, "'say \"hi\"'"},
    {"both ' and \"", 12, "'both \\' and \"'"},
    {"back\\slash", 10, "'back\\\\slash'"},
    {"\t\n\015\000\033\177", 6, "'\\t\\n\\r\\x00\\x1b\\x7f'"},
    {"\302\240", 2, "'\\xa0'"},
    {"\342\200\213", 3, "'\\u200b'"},
    {"\303\251", 2, "'\303\251'"},
    {"\360\237\230\200", 4, "'\360\237\230\200'"},
    {"\315\270", 2, "'\\u0378'"},
    {"\363\240\200\201", 4, "'\\U000e0001'"},
    {"\342\200\250", 3, "'\\u2028'"},
    {"\343\200\200", 3, "'\\u3000'"},
    {"\302\255", 2, "'\\xad'"},
    {"\302\205", 2, "'\\x85'"},
    {"\304\200\304\202\346\274\242\345\255\227", 10,
     "'\304\200\304\202\346\274\242\345\255\227'"},
    {"\355\240\200", 3, "'\\ud800'"},
    {"\355\277\277", 3, "'\\udfff'"},
    {"a\377b", 3, "'a\\udcffb'"},
    {"\303", 1, "'\\udcc3'"},
    {"\342\202", 2, "'\\udce2\\udc82'"},
    {"\300\200", 2, "'\\udcc0\\udc80'"},
    {"\364\220\200\200", 4, "'\\udcf4\\udc90\\udc80\\udc80'"},
    {"\360\237\230", 3, "'\\udcf0\\udc9f\\udc98'"},
};

/* bytes, and python3's repr */
static const struct {
  const char *data;
  size_t len;
  const char *repr;
} BYTES[] = {
    {"", 0, "b''"},
    {"abc", 3, "b'abc'"},
    {"it's", 4, "b\"it's\""},
    {"say \"hi\"", 8, "b'say \"hi\"'"},
    {"both ' and \"", 12, "b'both \\' and \"'"},
    {"\\", 1, "b'\\\\'"},
    {"\t\n\015\000\037\177\200\377", 8,
     "b'\\t\\n\\r\\x00\\x1f\\x7f\\x80\\xff'"},
    {" !\"#$%&'()*+,-./", 16, "b' !\"#$%&\\'()*+,-./'"},
};

/* code point, then python3's isprintable isalpha isdecimal isdigit isnumeric
 * isspace isupper islower, istitle-without-isupper, isidentifier as first
 * and as later character */
static const struct {
  uint32_t cp;
  const char *flags;
} PREDICATES[] = {
    {0x20, "10000100000"},     {0x41, "11000010011"},
    {0x5f, "10000000011"},     {0x61, "11000001011"},
    {0x30, "10111000001"},     {0x39, "10111000001"},
    {0xa0, "00000100000"},     {0xad, "00000000000"},
    {0xb2, "10011000000"},     {0xbd, "10001000000"},
    {0xc0, "11000010011"},     {0xdf, "11000001011"},
    {0xe9, "11000001011"},     {0x1c5, "11000000111"},
    {0x2160, "10001010011"},   {0x660, "10111000001"},
    {0x669, "10111000001"},    {0x1d7ce, "10111000001"},
    {0x2028, "00000100000"},   {0x3000, "00000100000"},
    {0x200b, "00000000000"},   {0x378, "00000000000"},
    {0x1f600, "10000000000"},  {0xd800, "00000000000"},
    {0x10ffff, "00000000000"}, {0x4e00, "11001000011"},
    {0x3c2, "11000001011"},    {0x130, "11000010011"},
    {0x1e9e, "11000010011"},   {0xfb01, "11000001011"},
    {0x2c65, "11000001011"},   {0x1f80, "11000001011"},
    {0x345, "10000001001"},    {0x2118, "10000000011"},
    {0x212e, "10000000011"},   {0x1885, "10000000011"},
    {0xb7, "10000000001"},     {0x387, "10000000001"},
    {0x19da, "10011000001"},   {0x1f, "00000100000"},
    {0x85, "00000100000"},     {0x1c, "00000100000"},
    {0x2d3, "10000000000"},    {0xe01f0, "00000000000"},
};

/* code point, then python3's upper(), lower(), title() and casefold() */
static const struct {
  uint32_t cp;
  uint32_t map[4][3];
} CASES[] = {
    {0x61, {{0x41}, {0x61}, {0x41}, {0x61}}},
    {0x41, {{0x41}, {0x61}, {0x41}, {0x61}}},
    {0xdf, {{0x53, 0x53}, {0xdf}, {0x53, 0x73}, {0x73, 0x73}}},
    {0x149, {{0x2bc, 0x4e}, {0x149}, {0x2bc, 0x4e}, {0x2bc, 0x6e}}},
    {0x130, {{0x130}, {0x69, 0x307}, {0x130}, {0x69, 0x307}}},
    {0x131, {{0x49}, {0x131}, {0x49}, {0x131}}},
    {0x1c4, {{0x1c4}, {0x1c6}, {0x1c5}, {0x1c6}}},
    {0x1c5, {{0x1c4}, {0x1c6}, {0x1c5}, {0x1c6}}},
    {0x1c6, {{0x1c4}, {0x1c6}, {0x1c5}, {0x1c6}}},
    {0xfb01, {{0x46, 0x49}, {0xfb01}, {0x46, 0x69}, {0x66, 0x69}}},
    {0x1f80, {{0x1f08, 0x399}, {0x1f80}, {0x1f88}, {0x1f00, 0x3b9}}},
    {0x1f88, {{0x1f08, 0x399}, {0x1f80}, {0x1f88}, {0x1f00, 0x3b9}}},
    {0x3a3, {{0x3a3}, {0x3c3}, {0x3a3}, {0x3c3}}},
    {0x3c2, {{0x3a3}, {0x3c2}, {0x3a3}, {0x3c3}}},
    {0x10428, {{0x10400}, {0x10428}, {0x10400}, {0x10428}}},
    {0x10400, {{0x10400}, {0x10428}, {0x10400}, {0x10428}}},
    {0x390,
     {{0x399, 0x308, 0x301},
      {0x390},
      {0x399, 0x308, 0x301},
      {0x3b9, 0x308, 0x301}}},
    {0x1e9e, {{0x1e9e}, {0xdf}, {0x1e9e}, {0x73, 0x73}}},
    {0x35, {{0x35}, {0x35}, {0x35}, {0x35}}},
    {0x2c65, {{0x23a}, {0x2c65}, {0x23a}, {0x2c65}}},
    {0x23a, {{0x23a}, {0x2c65}, {0x23a}, {0x2c65}}},
};

/* decimal values: code point, python3's unicodedata.decimal(c, -1) */
static const struct {
  uint32_t cp;
  int value;
} DECIMALS[] = {
    {0x30, 0},    {0x37, 7},    {0x660, 0},   {0x669, 9},
    {0x1d7ce, 0}, {0x1d7d8, 0}, {0x1d7ff, 9}, {0xff19, 9},
    {0xb2, -1},   {0x2160, -1}, {0x41, -1},
};

#define COUNT(table) (sizeof table / sizeof table[0])

Test(repr, floats) {
  for (size_t i = 0; i < COUNT(FLOATS); i++) {
    ByteBuf out;
    buf_init(&out);
    cr_assert(text_repr_float(&out, FLOATS[i].value));
    cr_expect_str_eq(out.data, FLOATS[i].repr, "repr(%s)", FLOATS[i].expr);
    buf_free(&out);
  }
}

Test(repr, strs) {
  for (size_t i = 0; i < COUNT(STRS); i++) {
    ByteBuf out;
    buf_init(&out);
    cr_assert(text_repr_str(&out, STRS[i].text, STRS[i].len));
    cr_expect_str_eq(out.data, STRS[i].repr, "case %zu", i);
    buf_free(&out);
  }
}

Test(repr, bytes) {
  for (size_t i = 0; i < COUNT(BYTES); i++) {
    ByteBuf out;
    buf_init(&out);
    cr_assert(text_repr_bytes(&out, BYTES[i].data, BYTES[i].len));
    cr_expect_str_eq(out.data, BYTES[i].repr, "case %zu", i);
    buf_free(&out);
  }
}

Test(repr, appends_to_existing_text) {
  ByteBuf out;
  buf_init(&out);
  cr_assert(buf_puts(&out, "x="));
  cr_assert(text_repr_float(&out, 1.5));
  cr_assert(text_repr_str(&out, "a", 1));
  cr_expect_str_eq(out.data, "x=1.5'a'");
  buf_free(&out);
}

Test(unicode, predicates) {
  bool (*const preds[])(uint32_t) = {
      unicode_isprintable, unicode_isalpha,       unicode_isdecimal,
      unicode_isdigit,     unicode_isnumeric,     unicode_isspace,
      unicode_isupper,     unicode_islower,       unicode_istitle,
      unicode_is_id_start, unicode_is_id_continue};
  for (size_t i = 0; i < COUNT(PREDICATES); i++)
    for (size_t p = 0; p < COUNT(preds); p++)
      cr_expect_eq(preds[p](PREDICATES[i].cp), PREDICATES[i].flags[p] == '1',
                   "predicate %zu of U+%04X", p, (unsigned)PREDICATES[i].cp);
}

Test(unicode, out_of_range_code_points) {
  cr_expect_not(unicode_isprintable(0x110000));
  cr_expect_not(unicode_isalpha(0xFFFFFFFF));
  cr_expect_eq(unicode_toupper(0x110000), 0x110000);
  cr_expect_eq(unicode_decimal_value(0x110000), -1);
}

/* Checks one full mapping of CASES[i] against what [fn] returns. */
static void check_full(size_t i, int kind,
                       int (*fn)(uint32_t, uint32_t[UNICODE_MAX_CASE])) {
  uint32_t got[UNICODE_MAX_CASE] = {0};
  int n = fn(CASES[i].cp, got);
  int want = 0;
  while (want < UNICODE_MAX_CASE && CASES[i].map[kind][want]) want++;
  cr_expect_eq(n, want, "length of mapping %d of U+%04X", kind,
               (unsigned)CASES[i].cp);
  for (int k = 0; k < n && k < want; k++)
    cr_expect_eq(got[k], CASES[i].map[kind][k], "mapping %d of U+%04X", kind,
                 (unsigned)CASES[i].cp);
}

Test(unicode, case_mappings) {
  for (size_t i = 0; i < COUNT(CASES); i++) {
    check_full(i, 0, unicode_toupper_full);
    check_full(i, 1, unicode_tolower_full);
    check_full(i, 2, unicode_totitle_full);
    check_full(i, 3, unicode_casefold_full);
    /* the one-code-point mappings give the first code point of the full */
    cr_expect_eq(unicode_toupper(CASES[i].cp), CASES[i].map[0][0]);
    cr_expect_eq(unicode_tolower(CASES[i].cp), CASES[i].map[1][0]);
    cr_expect_eq(unicode_totitle(CASES[i].cp), CASES[i].map[2][0]);
  }
}

Test(unicode, decimal_values) {
  for (size_t i = 0; i < COUNT(DECIMALS); i++)
    cr_expect_eq(unicode_decimal_value(DECIMALS[i].cp), DECIMALS[i].value,
                 "U+%04X", (unsigned)DECIMALS[i].cp);
}

Test(unicode, encode_decode_round_trip) {
  for (uint32_t cp = 0; cp < UNICODE_LIMIT; cp++) {
    char bytes[UNICODE_MAX_UTF8];
    size_t n = unicode_encode(cp, bytes);
    uint32_t back = 0;
    cr_assert(n >= 1 && n <= 4);
    cr_assert_eq(unicode_decode(bytes, n, &back), n, "U+%04X", (unsigned)cp);
    cr_assert_eq(back, cp);
  }
  char bytes[UNICODE_MAX_UTF8];
  cr_expect_eq(unicode_encode(UNICODE_LIMIT, bytes), 0);
}

Test(unicode, malformed_input_steps_one_byte) {
  /* overlong, truncated, past U+10FFFF, stray continuation, bad lead */
  const char *bad[] = {"\xc0\x80", "\xe2\x82",     "\xf4\x90\x80\x80", "\x80",
                       "\xff",     "\xe0\x80\x80", "\xf0\x8f\xbf\xbf"};
  for (size_t i = 0; i < COUNT(bad); i++) {
    uint32_t cp;
    size_t len = strlen(bad[i]);
    cr_expect_eq(unicode_decode(bad[i], len, &cp), 1, "case %zu", i);
    cr_expect_eq(cp, 0xDC00u | (unsigned char)bad[i][0], "case %zu", i);
    cr_expect_not(unicode_valid_utf8(bad[i], len));
  }
  uint32_t cp = 7;
  cr_expect_eq(unicode_decode("", 0, &cp), 0);
}

Test(unicode, count_and_validate) {
  /* python3: len(b'a\xc3\xa9\xe6\xbc\xa2\xf0\x9f\x98\x80\xff\xed\xa0\x80z'
   * .decode('utf-8', 'surrogateescape')) is 9, three of them for the
   * encoded surrogate, which Eddy reads as one code point (as the
   * surrogatepass handler does): 7 */
  const char text[] = "a\xc3\xa9\xe6\xbc\xa2\xf0\x9f\x98\x80\xff\xed\xa0\x80z";
  cr_expect_eq(unicode_count(text, sizeof text - 1), 7);
  cr_expect_not(unicode_valid_utf8(text, sizeof text - 1));
  const char good[] = "a\xc3\xa9\xe6\xbc\xa2\xf0\x9f\x98\x80z";
  cr_expect_eq(unicode_count(good, sizeof good - 1), 5);
  cr_expect(unicode_valid_utf8(good, sizeof good - 1));
  cr_expect(unicode_valid_utf8("", 0));
}
