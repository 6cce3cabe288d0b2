/* test_str.c: str and bytes at the C level: making strings, code point
 * counts, hashing, equality and order, interning, concatenation and
 * repetition, indexing and slicing by code point, bytes, and the two
 * formatting engines, format_value and str_percent_format.
 *
 * The tables format_cases and percent_cases were printed by a CPython
 * 3.11 script that evaluates format(value, spec) and fmt % arg for each
 * row and records "=" and the result, or "!" and "Type: message" for the
 * exception raised. They are never written by hand.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "vm/exception.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/obj_bytes.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"

static EddyVM *vm;

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
}

static void teardown(void) { vm_free(vm); }

TestSuite(str, .init = setup, .fini = teardown);

/* A value of a table row: kind 'i' int64, 'B' big int (decimal text),
 * 'f' float, 's' str (UTF-8 text), 'b' bool, 'n' None. */
typedef struct ValueDesc {
  char kind;        /* which of the fields holds the value */
  int64_t i;        /* 'i' and 'b' */
  double f;         /* 'f' */
  const char *text; /* 's' and 'B' */
} ValueDesc;

/* format(value, spec) and what CPython gives. */
typedef struct FormatCase {
  ValueDesc value;      /* the value formatted */
  const char *spec;     /* the format spec */
  const char *expected; /* "=result" or "!Type: message" */
} FormatCase;

/* format % arg and what CPython gives. */
typedef struct PercentCase {
  const char *format;   /* the format string */
  ValueDesc arg;        /* the right operand */
  const char *expected; /* "=result" or "!Type: message" */
} PercentCase;

/* 400 cases */
static const FormatCase format_cases[] = {
    {{'i', -42LL, 0, NULL}, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {{'i', 1LL, 0, NULL}, "f", "=1.000000"},
    {{'f', 0, 0x0.0p+0, NULL}, "s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'i', -1234567LL, 0, NULL}, "_x", "=-12_d687"},
    {{'B', 0, 0, "-100000000000000000000"}, "-", "=-100000000000000000000"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"},
    {{'f', 0, INFINITY, NULL}, ".3", "=inf"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "12.3%", "= 123456.780%"},
    {{'n', 0, 0, NULL}, "_n", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "o", "!ValueError: Unknown format code 'o' for object of type 'float'"},
    {{'f', 0, 0x1.3fd70a3d70a3dp+3, NULL}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"},
    {{'s', 0, 0, ""}, "o", "!ValueError: Unknown format code 'o' for object of type 'str'"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, "e", "=1.234568e+08"},
    {{'s', 0, 0, "\xc3\xa9"}, "E", "!ValueError: Unknown format code 'E' for object of type 'str'"},
    {{'b', 0, 0, NULL}, "12.3%", "=      0.000%"},
    {{'B', 0, 0, "100000000000000000000"}, ",.2f", "=100,000,000,000,000,000,000.00"},
    {{'n', 0, 0, NULL}, ".", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'f', 0, 0x1.999999999999ap-4, NULL}, "=+10", "=+      0.1"},
    {{'i', -1LL, 0, NULL}, "#b", "=-0b1"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "#", "=5.e-324"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, ".3", "=0.333"},
    {{'i', -1234567LL, 0, NULL}, "b", "=-100101101011010000111"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'f', 0, -0x0.0p+0, NULL}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'f', 0, 0x1.1c37937e08000p+53, NULL}, "#010_x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'s', 0, 0, "abc"}, ".3g", "!ValueError: Unknown format code 'g' for object of type 'str'"},
    {{'i', 9223372036854775807LL, 0, NULL}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'i', 1LL, 0, NULL}, ">5s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {{'i', 255LL, 0, NULL}, ">10", "=       255"},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, ".3e", "=1.000e-05"},
    {{'i', -1LL, 0, NULL}, ",", "=-1"},
    {{'s', 0, 0, ""}, ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {{'s', 0, 0, ""}, "12.3%", "!ValueError: Unknown format code '%' for object of type 'str'"},
    {{'i', 9223372036854775807LL, 0, NULL}, "#", "=9223372036854775807"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, "g", "=1e-05"},
    {{'f', 0, NAN, NULL}, "+010.2f", "=+000000nan"},
    {{'f', 0, NAN, NULL}, "#g", "=nan"},
    {{'b', 1, 0, NULL}, ".3e", "=1.000e+00"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "#010_x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'i', 65LL, 0, NULL}, "#010_x", "=0x000_0041"},
    {{'B', 0, 0, "100000000000000000000"}, "#g", "=1.00000e+20"},
    {{'i', 9223372036854775807LL, 0, NULL}, "#b", "=0b111111111111111111111111111111111111111111111111111111111111111"},
    {{'B', 0, 0, "100000000000000000000"}, "*^9", "=100000000000000000000"},
    {{'B', 0, 0, "100000000000000000000"}, "=5", "=100000000000000000000"},
    {{'b', 0, 0, NULL}, "z.1f", "=0.0"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "g", "=4.94066e-324"},
    {{'f', 0, NAN, NULL}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'f', 0, -INFINITY, NULL}, " ", "=-inf"},
    {{'i', 0LL, 0, NULL}, "#X", "=0X0"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, "=+10", "=+0.3333333333333333"},
    {{'f', 0, 0x0.0p+0, NULL}, "\xc3\xa9>6", "=\xc3\xa9\xc3\xa9\xc3\xa9""0.0"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, "e", "=1.500000e+00"},
    {{'i', 9223372036854775807LL, 0, NULL}, "F", "=9223372036854775808.000000"},
    {{'b', 1, 0, NULL}, "*^9", "=****1****"},
    {{'b', 0, 0, NULL}, "_", "=0"},
    {{'i', -1LL, 0, NULL}, " ", "=-1"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, ".3e", "=1.000e+300"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "+010.2f", "=+000000.00"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'i', -42LL, 0, NULL}, ".0", "!ValueError: Precision not allowed in integer format specifier"},
    {{'i', 9223372036854775807LL, 0, NULL}, "010,", "=9,223,372,036,854,775,807"},
    {{'s', 0, 0, "abc"}, "<8", "=abc     "},
    {{'b', 1, 0, NULL}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, "010", "=-000002.25"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, "\xc3\xa9>6", "=\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xf0\x9f\x98\x80x"},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "-", "=1e+22"},
    {{'i', 65LL, 0, NULL}, "_x", "=41"},
    {{'s', 0, 0, "na\xc3\xafve"}, "n", "!ValueError: Unknown format code 'n' for object of type 'str'"},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, "<8", "=-2.25   "},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "+c", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {{'s', 0, 0, "na\xc3\xafve"}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'i', 0LL, 0, NULL}, "f", "=0.000000"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, "0<6", "=0.3333333333333333"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, "*^9", "=***1.5***"},
    {{'i', 0LL, 0, NULL}, " ", "= 0"},
    {{'f', 0, 0x0.0p+0, NULL}, ">5s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'s', 0, 0, "na\xc3\xafve"}, ">5s", "=na\xc3\xafve"},
    {{'s', 0, 0, "abc"}, ".", "!ValueError: Format specifier missing precision"},
    {{'f', 0, 0x1.1c37937e08000p+53, NULL}, "*^9", "=**1e+16**"},
    {{'i', 255LL, 0, NULL}, ".3", "!ValueError: Precision not allowed in integer format specifier"},
    {{'B', 0, 0, "100000000000000000000"}, "F", "=100000000000000000000.000000"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, "*^9", "=**1e-05**"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, "_x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'f', 0, 0x1.3fd70a3d70a3dp+3, NULL}, "n", "=9.995"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "=+10", "=+1234.5678"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, " ", "= 1e-05"},
    {{'i', 9223372036854775807LL, 0, NULL}, "o", "=777777777777777777777"},
    {{'i', 1234567LL, 0, NULL}, "o", "=4553207"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, ",.2f", "=2.67"},
    {{'i', 9223372036854775807LL, 0, NULL}, "X", "=7FFFFFFFFFFFFFFF"},
    {{'b', 0, 0, NULL}, ".0f", "=0"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "z", "=5e-324"},
    {{'B', 0, 0, "-100000000000000000000"}, ">10", "=-100000000000000000000"},
    {{'f', 0, 0x1.1c37937e08000p+53, NULL}, "+", "=+1e+16"},
    {{'f', 0, 0x0.0p+0, NULL}, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'i', 9223372036854775807LL, 0, NULL}, "#x", "=0x7fffffffffffffff"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, "+010.2f", "=+000001.50"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, "_", "=1.5"},
    {{'i', -1LL, 0, NULL}, ".0f", "=-1"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, "o", "!ValueError: Unknown format code 'o' for object of type 'float'"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, ".2s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, "n", "=-2.25"},
    {{'b', 0, 0, NULL}, "#X", "=0X0"},
    {{'f', 0, -0x0.0p+0, NULL}, ".3g", "=-0"},
    {{'i', 65LL, 0, NULL}, "<8", "=65      "},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, "010,", "=0.3333333333333333"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, "^9", "=123456789.0"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "G", "=1234.57"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, ".2f", "=2.67"},
    {{'B', 0, 0, "100000000000000000000"}, "f", "=100000000000000000000.000000"},
    {{'f', 0, INFINITY, NULL}, "+010.2f", "=+000000inf"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "#.0f", "=0."},
    {{'B', 0, 0, "-100000000000000000000"}, "<8", "=-100000000000000000000"},
    {{'i', 9223372036854775807LL, 0, NULL}, "b", "=111111111111111111111111111111111111111111111111111111111111111"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, ".0", "=0.3"},
    {{'i', 0LL, 0, NULL}, "n", "=0"},
    {{'i', -42LL, 0, NULL}, ".2d", "!ValueError: Precision not allowed in integer format specifier"},
    {{'B', 0, 0, "-100000000000000000000"}, "010", "=-100000000000000000000"},
    {{'i', 42LL, 0, NULL}, ">5s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {{'s', 0, 0, ""}, "s", "="},
    {{'i', 1LL, 0, NULL}, "#.0f", "=1."},
    {{'i', 9223372036854775807LL, 0, NULL}, ".", "!ValueError: Format specifier missing precision"},
    {{'i', 255LL, 0, NULL}, ".0f", "=255"},
    {{'s', 0, 0, "\xc3\xa9"}, "#b", "!ValueError: Unknown format code 'b' for object of type 'str'"},
    {{'s', 0, 0, "abc"}, "E", "!ValueError: Unknown format code 'E' for object of type 'str'"},
    {{'i', 65LL, 0, NULL}, "#b", "=0b1000001"},
    {{'f', 0, -INFINITY, NULL}, ".2f", "=-inf"},
    {{'f', 0, -INFINITY, NULL}, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'b', 0, 0, NULL}, ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {{'i', 1234567LL, 0, NULL}, "n", "=1234567"},
    {{'i', -1234567LL, 0, NULL}, "*^9", "=-1234567*"},
    {{'n', 0, 0, NULL}, ".2d", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "<8", "=5e-324  "},
    {{'i', -1LL, 0, NULL}, "b", "=-1"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "_x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'s', 0, 0, "\xc3\xa9"}, "f", "!ValueError: Unknown format code 'f' for object of type 'str'"},
    {{'i', -42LL, 0, NULL}, "0<6", "=-42000"},
    {{'f', 0, -0x0.0p+0, NULL}, "s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'i', 0LL, 0, NULL}, "*^9", "=****0****"},
    {{'i', 255LL, 0, NULL}, "E", "=2.550000E+02"},
    {{'i', 65LL, 0, NULL}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, ">10", "=    1e+300"},
    {{'i', 255LL, 0, NULL}, "%", "=25500.000000%"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, "^9", "= 1e+300  "},
    {{'i', 42LL, 0, NULL}, "_x", "=2a"},
    {{'i', -1LL, 0, NULL}, "d", "=-1"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, ",.2f", "!ValueError: Unknown format code 'f' for object of type 'str'"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"},
    {{'n', 0, 0, NULL}, "n", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'s', 0, 0, "abc"}, " ", "!ValueError: Space not allowed in string format specifier"},
    {{'i', -1234567LL, 0, NULL}, ".", "!ValueError: Format specifier missing precision"},
    {{'i', 9223372036854775807LL, 0, NULL}, "-", "=9223372036854775807"},
    {{'i', 1LL, 0, NULL}, "z.1f", "=1.0"},
    {{'i', -1LL, 0, NULL}, "F", "=-1.000000"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, ">10", "=     1e-05"},
    {{'f', 0, 0x0.0p+0, NULL}, "^9", "=   0.0   "},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, "010,", "=0,000,001.5"},
    {{'i', -42LL, 0, NULL}, "x", "=-2a"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, "^9", "=  2.675  "},
    {{'s', 0, 0, "abc"}, ".3", "=abc"},
    {{'i', 1LL, 0, NULL}, "o", "=1"},
    {{'i', 0LL, 0, NULL}, "x", "=0"},
    {{'i', 255LL, 0, NULL}, "z.1f", "=255.0"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, ".3g", "=4.94e-324"},
    {{'f', 0, -0x0.0p+0, NULL}, "F", "=-0.000000"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, "*^9", "=*1e+300**"},
    {{'i', 0LL, 0, NULL}, "010", "=0000000000"},
    {{'s', 0, 0, ""}, ".2d", "!ValueError: Unknown format code 'd' for object of type 'str'"},
    {{'i', -1234567LL, 0, NULL}, "<8", "=-1234567"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, "E", "=1.000000E+300"},
    {{'B', 0, 0, "100000000000000000000"}, "E", "=1.000000E+20"},
    {{'B', 0, 0, "-100000000000000000000"}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'f', 0, 0x0.0p+0, NULL}, "#010_x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, ",", "=1e+300"},
    {{'i', 65LL, 0, NULL}, "z.1f", "=65.0"},
    {{'b', 1, 0, NULL}, "G", "=1"},
    {{'f', 0, INFINITY, NULL}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, ".0", "="},
    {{'B', 0, 0, "-100000000000000000000"}, "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, ".3e", "=1.500e+00"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, "\xc3\xa9>6", "=0.3333333333333333"},
    {{'B', 0, 0, "100000000000000000000"}, "#x", "=0x56bc75e2d63100000"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'str'"},
    {{'i', -1LL, 0, NULL}, "=+10", "=-        1"},
    {{'f', 0, INFINITY, NULL}, "_", "=inf"},
    {{'B', 0, 0, "100000000000000000000"}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'f', 0, INFINITY, NULL}, "X", "!ValueError: Unknown format code 'X' for object of type 'float'"},
    {{'f', 0, 0x1.999999999999ap-4, NULL}, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {{'i', 42LL, 0, NULL}, ".3e", "=4.200e+01"},
    {{'i', 255LL, 0, NULL}, "o", "=377"},
    {{'f', 0, 0x1.999999999999ap-4, NULL}, "-", "=0.1"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, "12.3%", "=      0.001%"},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {{'f', 0, -INFINITY, NULL}, "F", "=-INF"},
    {{'i', 1234567LL, 0, NULL}, "#X", "=0X12D687"},
    {{'B', 0, 0, "-100000000000000000000"}, "F", "=-100000000000000000000.000000"},
    {{'B', 0, 0, "-100000000000000000000"}, " ", "=-100000000000000000000"},
    {{'B', 0, 0, "100000000000000000000"}, "z.1f", "=100000000000000000000.0"},
    {{'n', 0, 0, NULL}, "010,", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'s', 0, 0, "abc"}, "=+10", "!ValueError: Sign not allowed in string format specifier"},
    {{'i', -1234567LL, 0, NULL}, "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, ".0", "=1e+08"},
    {{'n', 0, 0, NULL}, "#X", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'i', 255LL, 0, NULL}, "-", "=255"},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, ".0f", "=-2"},
    {{'i', 1LL, 0, NULL}, " ", "= 1"},
    {{'f', 0, NAN, NULL}, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {{'i', 255LL, 0, NULL}, "+", "=+255"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, "#.0f", "=3."},
    {{'i', -42LL, 0, NULL}, "c", "!OverflowError: %c arg not in range(0x110000)"},
    {{'i', 1234567LL, 0, NULL}, "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "#", "=1.e+22"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, ".0f", "=0"},
    {{'f', 0, 0x0.0p+0, NULL}, "g", "=0"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {{'i', 9223372036854775807LL, 0, NULL}, "^9", "=9223372036854775807"},
    {{'b', 0, 0, NULL}, ".3e", "=0.000e+00"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "z", "=1234.5678"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "%", "=0.000000%"},
    {{'b', 1, 0, NULL}, "e", "=1.000000e+00"},
    {{'s', 0, 0, "\xc3\xa9"}, "s", "=\xc3\xa9"},
    {{'f', 0, 0x0.0p+0, NULL}, "+c", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {{'s', 0, 0, "na\xc3\xafve"}, "b", "!ValueError: Unknown format code 'b' for object of type 'str'"},
    {{'f', 0, -INFINITY, NULL}, "#010_x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'i', 255LL, 0, NULL}, ".3g", "=255"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, ",", "=5e-324"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, ".0f", "=1235"},
    {{'f', 0, -INFINITY, NULL}, "#b", "!ValueError: Unknown format code 'b' for object of type 'float'"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, ",.2f", "=1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"},
    {{'b', 1, 0, NULL}, "d", "=1"},
    {{'B', 0, 0, "100000000000000000000"}, "12.3%", "=10000000000000000000000.000%"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, "#", "=1.e+300"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, "X", "!ValueError: Unknown format code 'X' for object of type 'float'"},
    {{'i', 42LL, 0, NULL}, "n", "=42"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, " ", "= 1.5"},
    {{'i', 255LL, 0, NULL}, ">5s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {{'s', 0, 0, "na\xc3\xafve"}, " ", "!ValueError: Space not allowed in string format specifier"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "#X", "!ValueError: Unknown format code 'X' for object of type 'float'"},
    {{'i', 9223372036854775807LL, 0, NULL}, "=+10", "=+9223372036854775807"},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "#.0f", "=10000000000000000000000."},
    {{'s', 0, 0, "abc"}, ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {{'f', 0, 0x1.3fd70a3d70a3dp+3, NULL}, ".0f", "=10"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, ">5s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "<8", "=1234.5678"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, "c", "!ValueError: Unknown format code 'c' for object of type 'float'"},
    {{'i', 0LL, 0, NULL}, "=+10", "=+        0"},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, "X", "!ValueError: Unknown format code 'X' for object of type 'float'"},
    {{'s', 0, 0, "na\xc3\xafve"}, "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'s', 0, 0, "\xc3\xa9"}, "G", "!ValueError: Unknown format code 'G' for object of type 'str'"},
    {{'i', 0LL, 0, NULL}, ".2d", "!ValueError: Precision not allowed in integer format specifier"},
    {{'i', 255LL, 0, NULL}, ",", "=255"},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "=5", "=1e+22"},
    {{'B', 0, 0, "-100000000000000000000"}, "E", "=-1.000000E+20"},
    {{'f', 0, -0x0.0p+0, NULL}, "n", "=-0"},
    {{'i', 65LL, 0, NULL}, "010", "=0000000065"},
    {{'s', 0, 0, "\xc3\xa9"}, "X", "!ValueError: Unknown format code 'X' for object of type 'str'"},
    {{'i', 255LL, 0, NULL}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
    {{'i', 255LL, 0, NULL}, ".3e", "=2.550e+02"},
    {{'i', 65LL, 0, NULL}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'s', 0, 0, "na\xc3\xafve"}, "#o", "!ValueError: Unknown format code 'o' for object of type 'str'"},
    {{'i', -42LL, 0, NULL}, "#o", "=-0o52"},
    {{'i', 42LL, 0, NULL}, "+", "=+42"},
    {{'b', 0, 0, NULL}, ".2s", "!ValueError: Unknown format code 's' for object of type 'bool'"},
    {{'f', 0, -INFINITY, NULL}, "=5", "=- inf"},
    {{'i', 65LL, 0, NULL}, "12.3%", "=   6500.000%"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "-", "=5e-324"},
    {{'b', 1, 0, NULL}, "010,", "=00,000,001"},
    {{'f', 0, 0x0.0p+0, NULL}, "f", "=0.000000"},
    {{'f', 0, INFINITY, NULL}, "F", "=INF"},
    {{'i', 1LL, 0, NULL}, "d", "=1"},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "+", "=+1e+22"},
    {{'b', 0, 0, NULL}, "#x", "=0x0"},
    {{'f', 0, INFINITY, NULL}, "-", "=inf"},
    {{'i', -1234567LL, 0, NULL}, "=+10", "=-  1234567"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, ".0f", "!ValueError: Unknown format code 'f' for object of type 'str'"},
    {{'i', 0LL, 0, NULL}, "-", "=0"},
    {{'n', 0, 0, NULL}, "b", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'B', 0, 0, "-100000000000000000000"}, "#x", "=-0x56bc75e2d63100000"},
    {{'f', 0, 0x0.0p+0, NULL}, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, ",", "=1e-05"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, ">5s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'s', 0, 0, "abc"}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'f', 0, 0x1.1c37937e08000p+53, NULL}, "z", "=1e+16"},
    {{'b', 0, 0, NULL}, "f", "=0.000000"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, "12.3%", "=     33.333%"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, "o", "!ValueError: Unknown format code 'o' for object of type 'float'"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, "F", "!ValueError: Unknown format code 'F' for object of type 'str'"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, "#010_x", "!ValueError: Unknown format code 'x' for object of type 'float'"},
    {{'i', -1234567LL, 0, NULL}, ".0", "!ValueError: Precision not allowed in integer format specifier"},
    {{'f', 0, NAN, NULL}, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"},
    {{'i', 1234567LL, 0, NULL}, "#o", "=0o4553207"},
    {{'b', 1, 0, NULL}, ",", "=1"},
    {{'i', 1LL, 0, NULL}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'f', 0, 0x1.3fd70a3d70a3dp+3, NULL}, "#o", "!ValueError: Unknown format code 'o' for object of type 'float'"},
    {{'i', 1LL, 0, NULL}, "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
    {{'f', 0, 0x0.0p+0, NULL}, ",.2f", "=0.00"},
    {{'i', 1LL, 0, NULL}, "#g", "=1.00000"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, "_", "=1e-05"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "010", "=00005e-324"},
    {{'i', -42LL, 0, NULL}, "<8", "=-42     "},
    {{'f', 0, 0x1.1c37937e08000p+53, NULL}, "^9", "=  1e+16  "},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, "0<6", "=123456789.0"},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "z", "=1e+22"},
    {{'i', 255LL, 0, NULL}, ".2d", "!ValueError: Precision not allowed in integer format specifier"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, "X", "!ValueError: Unknown format code 'X' for object of type 'float'"},
    {{'f', 0, INFINITY, NULL}, "", "=inf"},
    {{'s', 0, 0, ""}, "010,", "!ValueError: Cannot specify ',' with 's'."},
    {{'f', 0, -INFINITY, NULL}, "0<6", "=-inf00"},
    {{'f', 0, 0x1.4f8b588e368f1p-17, NULL}, "e", "=1.000000e-05"},
    {{'s', 0, 0, "abc"}, "X", "!ValueError: Unknown format code 'X' for object of type 'str'"},
    {{'i', 42LL, 0, NULL}, ".2d", "!ValueError: Precision not allowed in integer format specifier"},
    {{'f', 0, NAN, NULL}, "0<6", "=nan000"},
    {{'f', 0, -0x0.0p+0, NULL}, "o", "!ValueError: Unknown format code 'o' for object of type 'float'"},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, "#g", "=-2.25000"},
    {{'i', 42LL, 0, NULL}, ".2f", "=42.00"},
    {{'f', 0, 0x1.1c37937e08000p+53, NULL}, "G", "=1E+16"},
    {{'f', 0, 0x0.0p+0, NULL}, "b", "!ValueError: Unknown format code 'b' for object of type 'float'"},
    {{'i', -42LL, 0, NULL}, "#.0f", "=-42."},
    {{'f', 0, 0x1.1c37937e08000p+53, NULL}, "b", "!ValueError: Unknown format code 'b' for object of type 'float'"},
    {{'i', 65LL, 0, NULL}, "-", "=65"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, ",", "=2.675"},
    {{'s', 0, 0, ""}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'str'"},
    {{'s', 0, 0, "na\xc3\xafve"}, "#g", "!ValueError: Unknown format code 'g' for object of type 'str'"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, ">5s", "!ValueError: Unknown format code 's' for object of type 'float'"},
    {{'i', 0LL, 0, NULL}, "#o", "=0o0"},
    {{'s', 0, 0, ""}, "#b", "!ValueError: Unknown format code 'b' for object of type 'str'"},
    {{'i', -1LL, 0, NULL}, "#", "=-1"},
    {{'f', 0, 0x1.5666666666666p+1, NULL}, "#b", "!ValueError: Unknown format code 'b' for object of type 'float'"},
    {{'n', 0, 0, NULL}, "+", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'B', 0, 0, "-100000000000000000000"}, "+", "=-100000000000000000000"},
    {{'s', 0, 0, "abc"}, "+010.2f", "!ValueError: Unknown format code 'f' for object of type 'str'"},
    {{'i', 1LL, 0, NULL}, ".3", "!ValueError: Precision not allowed in integer format specifier"},
    {{'f', 0, 0x0.0p+0, NULL}, ",_", "!ValueError: Cannot specify both ',' and '_'."},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, "+010.2f", "=+000000.33"},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "=+10", "=+    1e+22"},
    {{'i', -1LL, 0, NULL}, "#010_x", "=-0x00_0001"},
    {{'f', 0, 0x0.0p+0, NULL}, "=5", "=  0.0"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "_n", "!ValueError: Cannot specify '_' with 'n'."},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "+", "=+1234.5678"},
    {{'s', 0, 0, "abc"}, ">5s", "=  abc"},
    {{'i', -1LL, 0, NULL}, "-", "=-1"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, "=+10", "=+   1e+300"},
    {{'s', 0, 0, "abc"}, "z.1f", "!ValueError: Unknown format code 'f' for object of type 'str'"},
    {{'i', -1LL, 0, NULL}, ".3e", "=-1.000e+00"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, "#b", "!ValueError: Unknown format code 'b' for object of type 'float'"},
    {{'i', -42LL, 0, NULL}, "#x", "=-0x2a"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, "0<6", "=1.5000"},
    {{'f', 0, 0x1.8000000000000p+0, NULL}, "f", "=1.500000"},
    {{'s', 0, 0, "abc"}, "=5", "!ValueError: '=' alignment not allowed in string format specifier"},
    {{'B', 0, 0, "100000000000000000000"}, "s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {{'b', 1, 0, NULL}, ">10", "=         1"},
    {{'b', 0, 0, NULL}, "<8", "=0       "},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'float'"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, "b", "!ValueError: Unknown format code 'b' for object of type 'float'"},
    {{'i', 0LL, 0, NULL}, "_", "=0"},
    {{'i', 255LL, 0, NULL}, ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {{'f', 0, INFINITY, NULL}, "z.1f", "=inf"},
    {{'i', 9223372036854775807LL, 0, NULL}, ",c", "!ValueError: Cannot specify ',' with 'c'."},
    {{'s', 0, 0, "\xc3\xa9"}, "b", "!ValueError: Unknown format code 'b' for object of type 'str'"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, "*^9", "=*5e-324**"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, "#b", "!ValueError: Unknown format code 'b' for object of type 'str'"},
    {{'f', 0, -INFINITY, NULL}, "#X", "!ValueError: Unknown format code 'X' for object of type 'float'"},
    {{'i', 65LL, 0, NULL}, "e", "=6.500000e+01"},
    {{'s', 0, 0, ""}, "F", "!ValueError: Unknown format code 'F' for object of type 'str'"},
    {{'b', 1, 0, NULL}, "#x", "=0x1"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, ".3e", "!ValueError: Unknown format code 'e' for object of type 'str'"},
    {{'s', 0, 0, "\xf0\x9f\x98\x80x"}, "=+10", "!ValueError: Sign not allowed in string format specifier"},
    {{'i', -1234567LL, 0, NULL}, "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"},
    {{'i', -1234567LL, 0, NULL}, "o", "=-4553207"},
    {{'f', 0, -0x1.2000000000000p+1, NULL}, "f", "=-2.250000"},
    {{'f', 0, 0x1.0f0cf064dd592p+73, NULL}, "_", "=1e+22"},
    {{'f', 0, 0x1.5555555555555p-2, NULL}, ".3g", "=0.333"},
    {{'i', 9223372036854775807LL, 0, NULL}, ".3e", "=9.223e+18"},
    {{'f', 0, -INFINITY, NULL}, "12.3%", "=       -inf%"},
    {{'b', 0, 0, NULL}, ".2f", "=0.00"},
    {{'i', 1LL, 0, NULL}, "c", "=\x01"},
    {{'i', 1LL, 0, NULL}, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"},
    {{'n', 0, 0, NULL}, "-", "!TypeError: unsupported format string passed to NoneType.__format__"},
    {{'i', 1234567LL, 0, NULL}, "", "=1234567"},
    {{'f', 0, 0x0.0000000000001p-1022, NULL}, ".2f", "=0.00"},
    {{'f', 0, 0x1.34a456d5cfaadp+10, NULL}, ".3g", "=1.23e+03"},
    {{'f', 0, 0x1.d6f3454000000p+26, NULL}, "+010.2f", "=+123456789.00"},
    {{'f', 0, 0x1.999999999999ap-4, NULL}, " ", "= 0.1"},
    {{'i', -1234567LL, 0, NULL}, ">5s", "!ValueError: Unknown format code 's' for object of type 'int'"},
    {{'i', 0LL, 0, NULL}, "%", "=0.000000%"},
    {{'b', 1, 0, NULL}, "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"},
    {{'b', 0, 0, NULL}, "=+10", "=+        0"},
    {{'f', 0, 0x1.7e43c8800759cp+996, NULL}, "_", "=1e+300"},
    {{'b', 1, 0, NULL}, "#.0f", "=1."},
    {{'b', 1, 0, NULL}, ".0", "!ValueError: Precision not allowed in integer format specifier"},
    {{'i', -1LL, 0, NULL}, "_x", "=-1"},
};
static const PercentCase percent_cases[] = {
    {"%(k)s", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "!TypeError: format requires a mapping"},
    {"%", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "!ValueError: incomplete format"},
    {"%G", {'i', 65LL, 0, NULL}, "=65"},
    {"%#g", {'i', 5LL, 0, NULL}, "=5.00000"},
    {"%g", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: must be real number, not str"},
    {"% d", {'f', 0, INFINITY, NULL}, "!OverflowError: cannot convert float infinity to integer"},
    {"%5d", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: %d format: a real number is required, not str"},
    {"%-5d|", {'s', 0, 0, "xy"}, "!TypeError: %d format: a real number is required, not str"},
    {"%e", {'B', 0, 0, "100000000000000000000"}, "=1.000000e+20"},
    {"%r", {'B', 0, 0, "100000000000000000000"}, "=100000000000000000000"},
    {"%", {'b', 1, 0, NULL}, "!ValueError: incomplete format"},
    {"%05d", {'i', -5LL, 0, NULL}, "=-0005"},
    {"%e", {'f', 0, INFINITY, NULL}, "=inf"},
    {"%z", {'n', 0, 0, NULL}, "!ValueError: unsupported format character 'z' (0x7a) at index 1"},
    {"%s", {'i', 5LL, 0, NULL}, "=5"},
    {"%", {'f', 0, 0x1.d99999999999ap+1, NULL}, "!ValueError: incomplete format"},
    {"%.2s", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "=-1"},
    {"%", {'B', 0, 0, "100000000000000000000"}, "!ValueError: incomplete format"},
    {"%a", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=3.7"},
    {"%+d", {'n', 0, 0, NULL}, "!TypeError: %d format: a real number is required, not NoneType"},
    {"%%", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: not all arguments converted during string formatting"},
    {"%#X", {'s', 0, 0, "xy"}, "!TypeError: %X format: an integer is required, not str"},
    {"%e", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "=-1.000000e+20"},
    {"%.3d", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "=-100000000000000000000"},
    {"%s %s", {'b', 1, 0, NULL}, "!TypeError: not enough arguments for format string"},
    {"%s", {'n', 0, 0, NULL}, "=None"},
    {"%x", {'n', 0, 0, NULL}, "!TypeError: %x format: an integer is required, not NoneType"},
    {"%G", {'i', 5LL, 0, NULL}, "=5"},
    {"%05d", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: %d format: a real number is required, not str"},
    {"%.3d", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=003"},
    {"%e", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: must be real number, not str"},
    {"%x", {'i', -5LL, 0, NULL}, "=-5"},
    {"%d", {'n', 0, 0, NULL}, "!TypeError: %d format: a real number is required, not NoneType"},
    {"%g", {'s', 0, 0, "xy"}, "!TypeError: must be real number, not str"},
    {"%#o", {'i', -5LL, 0, NULL}, "=-0o5"},
    {"%G", {'f', 0, INFINITY, NULL}, "=INF"},
    {"%x", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: %x format: an integer is required, not str"},
    {"%5d", {'f', 0, INFINITY, NULL}, "!OverflowError: cannot convert float infinity to integer"},
    {"%(k)s", {'B', 0, 0, "100000000000000000000"}, "!TypeError: format requires a mapping"},
    {"%08.3f", {'i', 5LL, 0, NULL}, "=0005.000"},
    {"%#g", {'B', 0, 0, "100000000000000000000"}, "=1.00000e+20"},
    {"%d", {'B', 0, 0, "100000000000000000000"}, "=100000000000000000000"},
    {"%#X", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: %X format: an integer is required, not str"},
    {"%e", {'i', -5LL, 0, NULL}, "=-5.000000e+00"},
    {"%r", {'i', 65LL, 0, NULL}, "=65"},
    {"%%", {'B', 0, 0, "100000000000000000000"}, "!TypeError: not all arguments converted during string formatting"},
    {"%e", {'n', 0, 0, NULL}, "!TypeError: must be real number, not NoneType"},
    {"%08.3f", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=0003.700"},
    {"%z", {'i', 5LL, 0, NULL}, "!ValueError: unsupported format character 'z' (0x7a) at index 1"},
    {"%s", {'s', 0, 0, "\xc3\xa9"}, "=\xc3\xa9"},
    {"%#o", {'s', 0, 0, "xy"}, "!TypeError: %o format: an integer is required, not str"},
    {"%#g", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "=-1.00000e+20"},
    {"%d", {'b', 1, 0, NULL}, "=1"},
    {"%10.4s|", {'i', -5LL, 0, NULL}, "=        -5|"},
    {"%", {'s', 0, 0, "\xc3\xa9"}, "!ValueError: incomplete format"},
    {"%s %s", {'B', 0, 0, "100000000000000000000"}, "!TypeError: not enough arguments for format string"},
    {"% d", {'i', 65LL, 0, NULL}, "= 65"},
    {"%08.3f", {'f', 0, INFINITY, NULL}, "=00000inf"},
    {"%#o", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "!TypeError: %o format: an integer is required, not float"},
    {"%#g", {'b', 1, 0, NULL}, "=1.00000"},
    {"%5c", {'s', 0, 0, "\xc3\xa9"}, "=    \xc3\xa9"},
    {"%#o", {'f', 0, 0x1.d99999999999ap+1, NULL}, "!TypeError: %o format: an integer is required, not float"},
    {"%.3d", {'i', -5LL, 0, NULL}, "=-005"},
    {"%.2f", {'i', 65LL, 0, NULL}, "=65.00"},
    {"%%", {'n', 0, 0, NULL}, "!TypeError: not all arguments converted during string formatting"},
    {"%10.4s|", {'f', 0, INFINITY, NULL}, "=       inf|"},
    {"%r", {'i', 5LL, 0, NULL}, "=5"},
    {"%.2s", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=3."},
    {"%x", {'B', 0, 0, "100000000000000000000"}, "=56bc75e2d63100000"},
    {"%g", {'i', -5LL, 0, NULL}, "=-5"},
    {"%05d", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "=-100000000000000000000"},
    {"%05d", {'n', 0, 0, NULL}, "!TypeError: %d format: a real number is required, not NoneType"},
    {"%10.4s|", {'i', 65LL, 0, NULL}, "=        65|"},
    {"%.2f", {'i', -5LL, 0, NULL}, "=-5.00"},
    {"%(k)s", {'i', 65LL, 0, NULL}, "!TypeError: format requires a mapping"},
    {"% d", {'n', 0, 0, NULL}, "!TypeError: %d format: a real number is required, not NoneType"},
    {"%", {'n', 0, 0, NULL}, "!ValueError: incomplete format"},
    {"%.2f", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=3.70"},
    {"%(k)s", {'f', 0, 0x1.d99999999999ap+1, NULL}, "!TypeError: format requires a mapping"},
    {"%z", {'f', 0, INFINITY, NULL}, "!ValueError: unsupported format character 'z' (0x7a) at index 1"},
    {"%z", {'f', 0, 0x1.d99999999999ap+1, NULL}, "!ValueError: unsupported format character 'z' (0x7a) at index 1"},
    {"%x", {'f', 0, 0x1.d99999999999ap+1, NULL}, "!TypeError: %x format: an integer is required, not float"},
    {"%#g", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: must be real number, not str"},
    {"%G", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=3.7"},
    {"%z", {'i', -5LL, 0, NULL}, "!ValueError: unsupported format character 'z' (0x7a) at index 1"},
    {"%s", {'i', -5LL, 0, NULL}, "=-5"},
    {"%s %s", {'s', 0, 0, "xy"}, "!TypeError: not enough arguments for format string"},
    {"%08.3f", {'b', 1, 0, NULL}, "=0001.000"},
    {"%#o", {'b', 1, 0, NULL}, "=0o1"},
    {"%+d", {'b', 1, 0, NULL}, "=+1"},
    {"%#g", {'i', -5LL, 0, NULL}, "=-5.00000"},
    {"%#X", {'B', 0, 0, "100000000000000000000"}, "=0X56BC75E2D63100000"},
    {"%#X", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "!TypeError: %X format: an integer is required, not float"},
    {"%d", {'i', 65LL, 0, NULL}, "=65"},
    {"%#o", {'i', 5LL, 0, NULL}, "=0o5"},
    {"%g", {'f', 0, -0x1.5af1d78b58c40p+66, NULL}, "=-1e+20"},
    {"%s", {'B', 0, 0, "100000000000000000000"}, "=100000000000000000000"},
    {"%+d", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: %d format: a real number is required, not str"},
    {"%-5d|", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=3    |"},
    {"%g", {'i', 65LL, 0, NULL}, "=65"},
    {"%05d", {'f', 0, INFINITY, NULL}, "!OverflowError: cannot convert float infinity to integer"},
    {"%%", {'i', -5LL, 0, NULL}, "!TypeError: not all arguments converted during string formatting"},
    {"%5c", {'b', 1, 0, NULL}, "=    \x01"},
    {"%10.4s|", {'b', 1, 0, NULL}, "=      True|"},
    {"%5d", {'s', 0, 0, "xy"}, "!TypeError: %d format: a real number is required, not str"},
    {"%.2s", {'b', 1, 0, NULL}, "=Tr"},
    {"%10.4s|", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=       3.7|"},
    {"%", {'s', 0, 0, "xy"}, "!ValueError: incomplete format"},
    {"%+d", {'s', 0, 0, "xy"}, "!TypeError: %d format: a real number is required, not str"},
    {"%c", {'f', 0, 0x1.d99999999999ap+1, NULL}, "!TypeError: %c requires int or char"},
    {"%e", {'i', 65LL, 0, NULL}, "=6.500000e+01"},
    {"%.2s", {'f', 0, INFINITY, NULL}, "=in"},
    {"%#o", {'B', 0, 0, "100000000000000000000"}, "=0o12657072742654304000000"},
    {"%5c", {'i', -5LL, 0, NULL}, "!OverflowError: %c arg not in range(0x110000)"},
    {"%#X", {'i', -5LL, 0, NULL}, "=-0X5"},
    {"%z", {'B', 0, 0, "100000000000000000000"}, "!ValueError: unsupported format character 'z' (0x7a) at index 1"},
    {"%.2s", {'n', 0, 0, NULL}, "=No"},
    {"%r", {'s', 0, 0, "\xc3\xa9"}, "='\xc3\xa9'"},
    {"%05d", {'B', 0, 0, "100000000000000000000"}, "=100000000000000000000"},
    {"%-5d|", {'B', 0, 0, "100000000000000000000"}, "=100000000000000000000|"},
    {"%g", {'f', 0, INFINITY, NULL}, "=inf"},
    {"%.2f", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: must be real number, not str"},
    {"% d", {'f', 0, 0x1.d99999999999ap+1, NULL}, "= 3"},
    {"%-5d|", {'f', 0, INFINITY, NULL}, "!OverflowError: cannot convert float infinity to integer"},
    {"%5d", {'i', 5LL, 0, NULL}, "=    5"},
    {"%r", {'i', -5LL, 0, NULL}, "=-5"},
    {"%#X", {'f', 0, INFINITY, NULL}, "!TypeError: %X format: an integer is required, not float"},
    {"%a", {'i', 65LL, 0, NULL}, "=65"},
    {"%s %s", {'f', 0, INFINITY, NULL}, "!TypeError: not enough arguments for format string"},
    {"%c", {'f', 0, INFINITY, NULL}, "!TypeError: %c requires int or char"},
    {"%e", {'b', 1, 0, NULL}, "=1.000000e+00"},
    {"%.3d", {'n', 0, 0, NULL}, "!TypeError: %d format: a real number is required, not NoneType"},
    {"% d", {'b', 1, 0, NULL}, "= 1"},
    {"%", {'f', 0, INFINITY, NULL}, "!ValueError: incomplete format"},
    {"%05d", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=00003"},
    {"%", {'i', 65LL, 0, NULL}, "!ValueError: incomplete format"},
    {"%d", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: %d format: a real number is required, not str"},
    {"%5d", {'b', 1, 0, NULL}, "=    1"},
    {"%x", {'s', 0, 0, "xy"}, "!TypeError: %x format: an integer is required, not str"},
    {"%+d", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=+3"},
    {"% d", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: %d format: a real number is required, not str"},
    {"%08.3f", {'B', 0, 0, "100000000000000000000"}, "=100000000000000000000.000"},
    {"%r", {'n', 0, 0, NULL}, "=None"},
    {"%s", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=3.7"},
    {"%08.3f", {'s', 0, 0, "\xc3\xa9"}, "!TypeError: must be real number, not str"},
    {"%+d", {'i', -5LL, 0, NULL}, "=-5"},
    {"%s %s", {'i', 5LL, 0, NULL}, "!TypeError: not enough arguments for format string"},
    {"%#g", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=3.70000"},
    {"%5c", {'f', 0, INFINITY, NULL}, "!TypeError: %c requires int or char"},
    {"%.2s", {'s', 0, 0, "\xc3\xa9"}, "=\xc3\xa9"},
    {"%.2f", {'B', 0, 0, "100000000000000000000"}, "=100000000000000000000.00"},
    {"%d", {'i', 5LL, 0, NULL}, "=5"},
    {"%s", {'f', 0, INFINITY, NULL}, "=inf"},
    {"%g", {'f', 0, 0x1.d99999999999ap+1, NULL}, "=3.7"},
    {"%e", {'s', 0, 0, "xy"}, "!TypeError: must be real number, not str"},
    {"%d", {'f', 0, INFINITY, NULL}, "!OverflowError: cannot convert float infinity to integer"},
    {"%10.4s|", {'n', 0, 0, NULL}, "=      None|"},
    {"%g", {'B', 0, 0, "100000000000000000000"}, "=1e+20"},
    {"%.2f", {'s', 0, 0, "xy"}, "!TypeError: must be real number, not str"},
    {"%c", {'i', 65LL, 0, NULL}, "=A"},
};

/* The Value a table row describes. */
static Value make_value(const ValueDesc *d) {
  Value v = NONE_VAL;
  switch (d->kind) {
  case 'i': v = INT_VAL(d->i); break;
  case 'b': v = BOOL_VAL(d->i != 0); break;
  case 'f': v = FLOAT_VAL(d->f); break;
  case 's': v = OBJ_VAL(str_from_cstr(vm, d->text)); break;
  case 'B':
    cr_assert(int_from_string(vm, d->text, strlen(d->text), 10, &v));
    break;
  default: break;
  }
  return v;
}

/* "=" and the str [result] when [ok], else "!" and the pending
 * exception as "Type: message" (which it clears); malloc'd. */
static char *outcome(bool ok, Value result) {
  ByteBuf out;
  buf_init(&out);
  if (ok) {
    ObjStr *s = AS_STR(result);
    cr_assert(buf_putc(&out, '=') && buf_append(&out, s->chars, s->length));
  } else {
    Value exc = vm->task->exception;
    vm->task->exception = UNDEF_VAL;
    ObjStr *name = vm_class_of(vm, exc)->name;
    cr_assert(buf_putc(&out, '!') &&
              buf_append(&out, name->chars, name->length) &&
              buf_puts(&out, ": ") && exception_str(vm, exc, &out));
  }
  return out.data;
}

Test(str, format_table) {
  for (size_t i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
    const FormatCase *c = &format_cases[i];
    Value v = make_value(&c->value);
    gc_push_root(vm, v);
    ObjStr *spec = str_from_cstr(vm, c->spec);
    gc_push_root(vm, OBJ_VAL(spec));
    Value result;
    bool ok = format_value(vm, v, spec, &result);
    char *got = outcome(ok, result);
    cr_expect_str_eq(got, c->expected, "row %zu, spec '%s'", i, c->spec);
    free(got);
    gc_pop_roots(vm, 2);
  }
}

Test(str, percent_table) {
  for (size_t i = 0; i < sizeof percent_cases / sizeof percent_cases[0];
       i++) {
    const PercentCase *c = &percent_cases[i];
    Value arg = make_value(&c->arg);
    gc_push_root(vm, arg);
    ObjStr *fmt = str_from_cstr(vm, c->format);
    gc_push_root(vm, OBJ_VAL(fmt));
    Value result;
    bool ok = str_percent_format(vm, fmt, arg, &result);
    char *got = outcome(ok, result);
    cr_expect_str_eq(got, c->expected, "row %zu, format '%s'", i, c->format);
    free(got);
    gc_pop_roots(vm, 2);
  }
}

/* A new str of [text], rooted until the test ends. */
static ObjStr *rooted(const char *text) {
  ObjStr *s = str_from_cstr(vm, text);
  cr_assert_not_null(s);
  gc_push_root(vm, OBJ_VAL(s));
  return s;
}

Test(str, lengths) {
  cr_expect_eq(rooted("")->cp_len, 0);
  ObjStr *ascii = rooted("hello");
  cr_expect_eq(ascii->length, 5);
  cr_expect_eq(ascii->cp_len, 5);
  cr_expect(str_is_ascii(ascii));
  ObjStr *mixed = rooted("na\xc3\xafve \xf0\x9f\x98\x80"); /* naïve 😀 */
  cr_expect_eq(mixed->length, 11);
  cr_expect_eq(mixed->cp_len, 7);
  cr_expect(!str_is_ascii(mixed));
  /* malformed bytes count one code point each and never crash */
  ObjStr *bad = str_new(vm, "\xff\xfe\xc3", 3);
  cr_assert_not_null(bad);
  cr_expect_eq(bad->cp_len, 3);
  cr_expect_eq(bad->chars[3], '\0');
}

Test(str, hash_and_equality) {
  ObjStr *a = rooted("spam"), *b = rooted("spam"), *c = rooted("spa");
  cr_expect_neq(a, b);
  cr_expect(str_equal(a, b));
  cr_expect(!str_equal(a, c));
  cr_expect_eq(str_hash(a), str_hash(b));
  cr_expect_eq(a->hash, str_hash(a)); /* cached */
  cr_expect_eq(str_hash(a), str_hash_chars("spam", 4));
  cr_expect_neq(str_hash(rooted("")), -1);
  cr_expect(str_equal_cstr(a, "spam"));
  cr_expect(!str_equal_cstr(a, "spa"));
  ObjBytes *bytes = bytes_new(vm, "spam", 4);
  cr_expect_eq(bytes_hash(bytes), str_hash(a)); /* hash(b'spam') == hash('spam') */
}

Test(str, order_is_code_point_order) {
  cr_expect_lt(str_compare(rooted("a"), rooted("b")), 0);
  cr_expect_lt(str_compare(rooted("ab"), rooted("abc")), 0);
  cr_expect_eq(str_compare(rooted("abc"), rooted("abc")), 0);
  cr_expect_gt(str_compare(rooted("\xc3\xa9"), rooted("z")), 0); /* é > z */
  /* U+FFFF sorts before U+10000 */
  cr_expect_lt(str_compare(rooted("\xef\xbf\xbf"), rooted("\xf0\x90\x80\x80")),
               0);
}

Test(str, interning) {
  ObjStr *a = str_intern_cstr(vm, "identifier");
  gc_push_root(vm, OBJ_VAL(a));
  ObjStr *b = str_intern(vm, "identifier!", 10);
  cr_expect_eq(a, b);
  cr_expect(a->interned);
  cr_expect(!rooted("identifier")->interned);
  ObjStr *c = str_intern_cstr(vm, "another");
  cr_expect_neq(a, c);
  gc_pop_roots(vm, 1);
}

Test(str, interned_strings_are_weak) {
  ObjStr *a = str_intern_cstr(vm, "short-lived name");
  cr_assert_not_null(a);
  gc_collect(vm); /* nothing holds it: it leaves the table */
  ObjStr *b = str_intern_cstr(vm, "short-lived name");
  cr_assert_not_null(b);
  cr_expect(b->interned);
  cr_expect(str_equal_cstr(b, "short-lived name"));
}

Test(str, concat_and_repeat) {
  ObjStr *a = rooted("ab\xc3\xa9"), *b = rooted("!");
  ObjStr *ab = str_concat(vm, a, b);
  cr_assert_not_null(ab);
  cr_expect(str_equal_cstr(ab, "ab\xc3\xa9!"));
  cr_expect_eq(ab->cp_len, 4);
  ObjStr *r = str_repeat(vm, a, 3);
  cr_assert_not_null(r);
  cr_expect(str_equal_cstr(r, "ab\xc3\xa9" "ab\xc3\xa9" "ab\xc3\xa9"));
  cr_expect_eq(r->cp_len, 9);
  cr_expect_eq(str_repeat(vm, a, 0)->length, 0);
  cr_expect_eq(str_repeat(vm, a, -5)->length, 0);
  cr_expect_null(str_repeat(vm, a, INT64_MAX / 2));
  char *got = outcome(false, NONE_VAL);
  cr_expect_str_eq(got, "!OverflowError: repeated string is too long");
  free(got);
}

/* [*s][index] as a C string comparison. */
static void expect_index(ObjStr *s, int64_t index, const char *expected) {
  Value v;
  bool ok = str_index_cp(vm, s, index, &v);
  if (!expected) {
    cr_expect(!ok);
    char *got = outcome(false, NONE_VAL);
    cr_expect_str_eq(got, "!IndexError: string index out of range");
    free(got);
    return;
  }
  cr_assert(ok);
  cr_expect(str_equal_cstr(AS_STR(v), expected));
}

Test(str, indexing_by_code_point) {
  ObjStr *s = rooted("a\xc3\xa9z\xf0\x9f\x98\x80"); /* aéz😀 */
  expect_index(s, 0, "a");
  expect_index(s, 1, "\xc3\xa9");
  expect_index(s, 3, "\xf0\x9f\x98\x80");
  expect_index(s, -1, "\xf0\x9f\x98\x80");
  expect_index(s, -4, "a");
  expect_index(s, 4, NULL);
  expect_index(s, -5, NULL);
  cr_expect_eq(str_cp_at(s, 1), 0xe9);
  cr_expect_eq(str_byte_offset(s, 2), 3);
  cr_expect_eq(str_cp_index(s, 4), 3);
}

Test(str, slicing_by_code_point) {
  ObjStr *s = rooted("a\xc3\xa9z\xf0\x9f\x98\x80q"); /* aéz😀q */
  ObjStr *r = str_slice_cp(vm, s, 1, 1, 3);
  cr_expect(str_equal_cstr(r, "\xc3\xa9z\xf0\x9f\x98\x80"));
  cr_expect_eq(r->cp_len, 3);
  r = str_slice_cp(vm, s, 4, -2, 3); /* s[4::-2] */
  cr_expect(str_equal_cstr(r, "qz" "a"));
  r = str_slice_cp(vm, s, 0, 2, 3); /* s[::2] */
  cr_expect(str_equal_cstr(r, "az" "q"));
  r = str_slice_cp(vm, rooted("hello"), 4, -1, 5); /* ASCII reversed */
  cr_expect(str_equal_cstr(r, "olleh"));
  cr_expect_eq(str_slice_cp(vm, s, 0, 1, 0)->length, 0);
  r = str_substr(vm, s, 3, 100);
  cr_expect(str_equal_cstr(r, "\xf0\x9f\x98\x80q"));
}

Test(str, bytes_basics) {
  ObjBytes *a = bytes_new(vm, "a\0b", 3);
  cr_assert_not_null(a);
  gc_push_root(vm, OBJ_VAL(a));
  cr_expect_eq(a->length, 3);
  cr_expect_eq(a->data[1], '\0');
  ObjBytes *b = bytes_new(vm, "a\0c", 3);
  gc_push_root(vm, OBJ_VAL(b));
  cr_expect(!bytes_equal(a, b));
  cr_expect_lt(bytes_compare(a, b), 0);
  ObjBytes *ab = bytes_concat(vm, a, b);
  cr_expect_eq(ab->length, 6);
  cr_expect(memcmp(ab->data, "a\0ba\0c", 6) == 0);
  ObjBytes *r = bytes_repeat(vm, a, 2);
  cr_expect(memcmp(r->data, "a\0ba\0b", 6) == 0);
  cr_expect_eq(bytes_repeat(vm, a, 0)->length, 0);
  gc_pop_roots(vm, 2);
}

Test(str, format_double_matches_repr_rules) {
  static const struct {
    double d;
    char type;
    int precision;
    int flags;
    const char *expected; /* from format() in CPython */
  } rows[] = {
      {0x1.0p+0, 'r', 0, FORMAT_ADD_DOT_0, "1.0"},
      {0x1.1c37937e08000p+53, 'r', 0, FORMAT_ADD_DOT_0, "1e+16"},
      {0x1.4f8b588e368f1p-17, 'r', 0, FORMAT_ADD_DOT_0, "1e-05"},
      {0x1.ecp+6, 'g', 3, FORMAT_ADD_DOT_0, "1.23e+02"},
      {0x1.4p+3, 'g', 3, FORMAT_ADD_DOT_0, "10.0"},
      {-0x0.0p+0, 'f', 2, FORMAT_NO_NEG_0, "0.00"},
      {-0x0.0p+0, 'f', 2, 0, "-0.00"},
      {0x1.0p+0, 'f', 0, FORMAT_ALT, "1."},
      {0x1.0p+0, 'g', 6, FORMAT_ALT, "1.00000"},
      {0x1.4p+1, 'f', 0, 0, "2"},
      {INFINITY, 'F', 2, 0, "INF"},
      {-INFINITY, 'e', 2, 0, "-inf"},
      {NAN, 'g', 2, 0, "nan"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    ByteBuf out;
    buf_init(&out);
    cr_assert(format_double(&out, rows[i].d, rows[i].type, rows[i].precision,
                            rows[i].flags) &&
              buf_putc(&out, '\0'));
    cr_expect_str_eq(out.data, rows[i].expected, "row %zu", i);
    buf_free(&out);
  }
}
