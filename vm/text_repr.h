/* text_repr.h: Python's repr() of str, bytes and float, as text.
 *
 * These three reprs show up wherever Eddy prints a value the way CPython
 * does: repr() and str() of objects, containers, tracebacks, and the AST
 * dump (whose Constant nodes print their value's repr). They work on plain
 * C data (UTF-8 bytes, raw bytes, a double) rather than on objects, so the
 * parser can use them before any VM exists, and they append to a ByteBuf
 * so callers can compose them into larger text.
 *
 * Each follows CPython 3.11 to the byte: the quote choice and escapes of
 * unicode_repr() and bytes_repr() in Objects/, and float_repr() with
 * float_repr_style 'short' (the shortest digit string that reads back as
 * the same double, laid out as PyOS_double_to_string's 'r' mode does).
 */
#ifndef EDDY_TEXT_REPR_H
#define EDDY_TEXT_REPR_H

#include "vm/buffer.h"

/* Appends to [out] the repr of the str whose UTF-8 text is the [len] bytes
 * at [utf8]: single quotes unless the text holds ' and no ", backslash
 * escapes for the quote, \\, \t, \n, \r, and \xhh, \uhhhh or \Uhhhhhhhh for
 * every other character str.isprintable rejects. Malformed UTF-8 is shown
 * as unicode_decode reads it (encoded surrogates as \ud800.., stray bytes
 * as \udc80..\udcff). False when memory runs out. */
bool text_repr_str(ByteBuf *out, const char *utf8, size_t len) MUST_CHECK;

/* Appends to [out] the repr of the bytes object holding the [len] bytes at
 * [data], e.g. b'a\x00"'. False when memory runs out. */
bool text_repr_bytes(ByteBuf *out, const char *data, size_t len) MUST_CHECK;

/* Appends to [out] the repr of the float [d]: '0.1', '1e+16', '1e-05',
 * '2.0', 'inf', '-0.0', 'nan'. False when memory runs out. */
bool text_repr_float(ByteBuf *out, double d) MUST_CHECK;

#endif
