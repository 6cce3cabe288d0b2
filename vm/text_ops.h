/* text_ops.h: the algorithms str and bytes methods share.
 *
 * str holds UTF-8 and bytes holds bytes, and most of their methods do the
 * same thing to either: find a substring, split on a separator or on
 * whitespace, strip, replace. UTF-8 is self-synchronising, so a byte
 * search for a valid UTF-8 needle only ever matches at character
 * boundaries, and the byte-level algorithms here serve both types. Where
 * the two differ, a [bytes] flag says which rules apply: a str steps by
 * code points and its whitespace and line breaks are Unicode's
 * (str.isspace, str.splitlines), bytes step by bytes and know only ASCII
 * whitespace and \n, \r, \r\n.
 *
 * Positions here are byte offsets; str methods convert code point
 * indices at their edges. Results that are lists of pieces are built as
 * str or bytes objects according to [bytes].
 */
#ifndef EDDY_TEXT_OPS_H
#define EDDY_TEXT_OPS_H

#include <sys/types.h>

#include "vm/vm.h"

/* [*out] = a new str (or, when [bytes], bytes object) of the [n] bytes at
 * [p]. */
bool text_piece(EddyVM *vm, bool bytes, const char *p, size_t n,
                Value *out) MUST_CHECK;

/* Offset of the first (text_find) or last (text_rfind) occurrence of the
 * [nlen] bytes at [needle] in the [hlen] bytes at [hay], or -1. An empty
 * needle is found at 0 (first) or at [hlen] (last). */
ssize_t text_find(const char *hay, size_t hlen, const char *needle,
                  size_t nlen);
ssize_t text_rfind(const char *hay, size_t hlen, const char *needle,
                   size_t nlen);
/* Non-overlapping occurrences of the non-empty [needle] in [hay], at most
 * [max]. */
size_t text_count(const char *hay, size_t hlen, const char *needle,
                  size_t nlen, size_t max);

/* The length of the character at [s] ([len] bytes left), its code point
 * in [*cp]: one byte for bytes, one UTF-8 sequence for str. */
size_t text_next(bool bytes, const char *s, size_t len, uint32_t *cp);
/* The length of the character that ends at [s] + [end], its code point
 * in [*cp]. */
size_t text_prev(bool bytes, const char *s, size_t end, uint32_t *cp);
/* Whitespace as str.isspace or bytes.isspace sees the character [cp]. */
bool text_isspace(bool bytes, uint32_t cp);

/* Appends to [out] the pieces of the [len] bytes at [s] split on the
 * separator [sep] ([seplen] > 0), or on runs of whitespace when [sep] is
 * NULL, at most [maxsplit] times (negative: no limit), from the left
 * (text_split) or from the right (text_rsplit, pieces still in order). */
bool text_split(EddyVM *vm, bool bytes, const char *s, size_t len,
                const char *sep, size_t seplen, int64_t maxsplit,
                ObjList *out) MUST_CHECK;
bool text_rsplit(EddyVM *vm, bool bytes, const char *s, size_t len,
                 const char *sep, size_t seplen, int64_t maxsplit,
                 ObjList *out) MUST_CHECK;
/* Appends the lines of [s] to [out], with their line breaks when
 * [keepends]. */
bool text_splitlines(EddyVM *vm, bool bytes, const char *s, size_t len,
                     bool keepends, ObjList *out) MUST_CHECK;

/* Which ends text_strip strips. */
enum { TEXT_STRIP_LEFT = 1, TEXT_STRIP_RIGHT = 2, TEXT_STRIP_BOTH = 3 };

/* Narrows [*from, *to) (initially the whole [len] bytes of [s]) by
 * stripping from the [sides] every character that is whitespace (when
 * [chars] is NULL) or one of the [nchars] bytes of characters at
 * [chars]. */
void text_strip(bool bytes, const char *s, size_t len, const char *chars,
                size_t nchars, int sides, size_t *from, size_t *to);

/* Appends to [out] the [len] bytes of [s] with the first [count]
 * (negative: all) occurrences of [old] replaced by [new]; an empty [old]
 * matches before every character and at the end. False when memory runs
 * out. */
bool text_replace(bool bytes, const char *s, size_t len, const char *old,
                  size_t oldlen, const char *new_text, size_t newlen,
                  int64_t count, ByteBuf *out) MUST_CHECK;

/* Appends [s] with every tab replaced by spaces up to the next multiple
 * of [tabsize] columns, as str.expandtabs; columns count characters and
 * restart after \n and \r. False when memory runs out. */
bool text_expandtabs(bool bytes, const char *s, size_t len, int64_t tabsize,
                     ByteBuf *out) MUST_CHECK;

/* Removes the exception being raised when it is an instance of [cls]
 * (which the caller then handles) and returns true; false, leaving it,
 * otherwise. */
bool text_catch(EddyVM *vm, ObjClass *cls);

#endif
