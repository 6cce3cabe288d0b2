/* format.h: the format-spec mini-language, format(), str.format and the
 * float-to-text conversion the formatting paths share.
 *
 * format(value, spec) and f-string fields `{x:spec}` go through
 * format_value: str, int (small or big), bool and float are formatted
 * here following CPython's Python/formatter_unicode.c (fill, align,
 * sign, 'z', '#', '0', width, ',' and '_' grouping, precision, and the
 * presentation types), errors included; any other value goes to its
 * class's __format__, or to object.__format__, which accepts only an
 * empty spec.
 *
 * Floats are converted to digits by the C library (glibc's printf is
 * correctly rounded, as CPython's dtoa is) and laid out by the rules of
 * CPython's PyOS_double_to_string: format_double is that function, and
 * %-formatting uses it too.
 *
 * str.format and str.format_map live in str_format.c: the replacement
 * field grammar ({}, {0}, {name}, {0.attr}, {0[key]}, {!r}, nested
 * {:{width}}), automatic and manual numbering, and their errors.
 */
#ifndef EDDY_FORMAT_H
#define EDDY_FORMAT_H

#include "vm/vm.h"

/* Flags of format_double, as CPython's Py_DTSF_* flags. */
enum {
  FORMAT_ALT = 1 << 0,       /* '#': keep the point and trailing zeros */
  FORMAT_ADD_DOT_0 = 1 << 1, /* an integral result gets ".0" */
  FORMAT_NO_NEG_0 = 1 << 2,  /* 'z': a result that rounds to zero has
                                no minus sign */
};

/* Appends the double [d] formatted with the presentation type [type]
 * ('e', 'E', 'f', 'F', 'g', 'G', or 'r' for repr-style shortest digits)
 * and [precision], as PyOS_double_to_string does: a leading '-' for
 * negative values (never '+'), "inf"/"nan" (upper case for E, F, G).
 * False when memory runs out. */
bool format_double(ByteBuf *out, double d, char type, int precision,
                   int flags) MUST_CHECK;

/* [*out] = format([v], [spec]) as a new str. */
bool format_value(EddyVM *vm, Value v, ObjStr *spec, Value *out) MUST_CHECK;
/* Appends format([v], spec) to [out], the spec being the [len] bytes at
 * [spec]. */
bool format_value_into(EddyVM *vm, Value v, const char *spec, size_t len,
                       ByteBuf *out) MUST_CHECK;

/* Appends ascii([v]): repr([v]) with every non-ASCII character escaped
 * as \xhh, \uhhhh or \Uhhhhhhhh. */
bool format_ascii(EddyVM *vm, Value v, ByteBuf *out) MUST_CHECK;

/* [*result] = [fmt].format(*[args], **kwargs): the [nargs] positional
 * arguments at [args], followed by the values of the keyword arguments
 * named by [kwnames] (NULL when none). */
bool format_str(EddyVM *vm, ObjStr *fmt, Value *args, int nargs,
                ObjTuple *kwnames, Value *result) MUST_CHECK;

/* The natives of str.format and str.format_map (str_format.c). */
bool str_format_method(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) MUST_CHECK;
bool str_format_map_method(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) MUST_CHECK;

/* Installs str.format, str.format_map and the __format__ methods of
 * str, int and float. */
bool format_install(EddyVM *vm) MUST_CHECK;

#endif
