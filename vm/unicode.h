/* unicode.h: UTF-8 and the Unicode character database.
 *
 * Eddy's str holds UTF-8 bytes, and every part of the interpreter that looks
 * at characters (the lexer's identifiers, repr(), str methods, int() of
 * Unicode digits) goes through these functions, so that all of them agree
 * with CPython 3.11 on every code point.
 *
 * Decoding is total: it never fails and never reads past the buffer. A
 * well-formed sequence decodes to its code point. An encoded surrogate
 * (ED A0..BF xx, as CESU-8 and Python's "surrogatepass" produce) decodes to
 * the surrogate code point, which is not printable, so repr() shows it as
 * \ud800 just as CPython shows a lone surrogate. Any other malformed byte
 * decodes alone to U+DC80..U+DCFF, the code point Python's "surrogateescape"
 * error handler gives an undecodable byte.
 *
 * The predicates and case mappings come from tables generated out of
 * CPython's own str methods (scripts/gen_unicode_tables.py); each predicate
 * says which str method it answers for a one-character string.
 */
#ifndef EDDY_UNICODE_H
#define EDDY_UNICODE_H

#include "vm/common.h"

/* One past the largest code point. */
#define UNICODE_LIMIT 0x110000u

/* The longest UTF-8 encoding of one code point, in bytes. */
#define UNICODE_MAX_UTF8 4

/* The longest full case mapping of one code point, in code points. */
#define UNICODE_MAX_CASE 3

/* Decodes the code point at the start of the [len] bytes at [s] into *[cp]
 * and returns how many bytes it took: 1 to 4, or 0 only when [len] is 0.
 * Malformed input yields U+DC80..U+DCFF for its first byte and consumes
 * one byte, so a loop over the result always advances. */
size_t unicode_decode(const char *s, size_t len, uint32_t *cp);

/* Writes the UTF-8 encoding of [cp] into [out] and returns its length, 1
 * to 4; surrogates get their 3-byte form. Returns 0, writing nothing, when
 * [cp] is not below UNICODE_LIMIT. */
size_t unicode_encode(uint32_t cp, char out[UNICODE_MAX_UTF8]);

/* The number of code points in the [len] bytes at [s], counted as
 * unicode_decode steps through them. */
size_t unicode_count(const char *s, size_t len);

/* True when the [len] bytes at [s] are well-formed UTF-8 without encoded
 * surrogates, i.e. what Python's strict UTF-8 codec accepts. */
bool unicode_valid_utf8(const char *s, size_t len);

bool unicode_isprintable(uint32_t cp); /* str.isprintable */
bool unicode_isalpha(uint32_t cp);     /* str.isalpha */
bool unicode_isdecimal(uint32_t cp);   /* str.isdecimal */
bool unicode_isdigit(uint32_t cp);     /* str.isdigit */
bool unicode_isnumeric(uint32_t cp);   /* str.isnumeric */
bool unicode_isspace(uint32_t cp);     /* str.isspace */
bool unicode_isupper(uint32_t cp);     /* str.isupper */
bool unicode_islower(uint32_t cp);     /* str.islower */
/* A titlecase letter (category Lt), as str.istitle distinguishes them. */
bool unicode_istitle(uint32_t cp);
/* May start an identifier: XID_Start or '_', as str.isidentifier. */
bool unicode_is_id_start(uint32_t cp);
/* May continue an identifier: XID_Continue, as str.isidentifier. */
bool unicode_is_id_continue(uint32_t cp);
/* Cased, as str.title() and the final-sigma rule of str.lower() see it. */
bool unicode_is_cased(uint32_t cp);
/* Case-ignorable, as the final-sigma rule of str.lower() skips it. */
bool unicode_is_case_ignorable(uint32_t cp);

/* The value 0..9 of a decimal digit (str.isdecimal), else -1: int() and
 * float() accept any Unicode decimal digit. */
int unicode_decimal_value(uint32_t cp);

/* One-code-point case mappings: the first code point of the full mapping,
 * as CPython's Py_UNICODE_TOUPPER and friends return it. */
uint32_t unicode_toupper(uint32_t cp);
uint32_t unicode_tolower(uint32_t cp);
uint32_t unicode_totitle(uint32_t cp);

/* Full case mappings, as str.upper(), str.lower(), str.title() and
 * str.casefold() map one code point (without the context-dependent final
 * sigma rule of str.lower(), which needs the neighbours): write 1 to
 * UNICODE_MAX_CASE code points into [out] and return how many. */
int unicode_toupper_full(uint32_t cp, uint32_t out[UNICODE_MAX_CASE]);
int unicode_tolower_full(uint32_t cp, uint32_t out[UNICODE_MAX_CASE]);
int unicode_totitle_full(uint32_t cp, uint32_t out[UNICODE_MAX_CASE]);
int unicode_casefold_full(uint32_t cp, uint32_t out[UNICODE_MAX_CASE]);

#endif
