/* buffer.h: a growable byte buffer.
 *
 * Many parts of Eddy build text a piece at a time: the string-literal
 * decoder, repr() of containers, the AST dumper, tracebacks. They all use
 * this one type. It is plain malloc'd memory, not a GC object, so it is
 * meant for short-lived work whose result is then copied or printed.
 * Appends report failure (out of memory) instead of aborting, so callers
 * can raise MemoryError.
 */
#ifndef EDDY_BUFFER_H
#define EDDY_BUFFER_H

#include "vm/common.h"

typedef struct ByteBuf {
  char *data; /* the bytes, NUL-terminated after every successful append */
  size_t len; /* bytes in use, excluding the NUL */
  size_t cap; /* bytes allocated */
} ByteBuf;

/* Starts [buf] empty; allocates nothing yet. */
void buf_init(ByteBuf *buf);
/* Appends [n] bytes of [s]; false when memory runs out. */
bool buf_append(ByteBuf *buf, const char *s, size_t n) MUST_CHECK;
/* Appends the NUL-terminated [s]. */
bool buf_puts(ByteBuf *buf, const char *s) MUST_CHECK;
/* Appends one byte. */
bool buf_putc(ByteBuf *buf, char c) MUST_CHECK;
/* Appends printf-style formatted text. */
bool buf_printf(ByteBuf *buf, const char *fmt, ...) MUST_CHECK
    __attribute__((format(printf, 2, 3)));
/* Empties [buf] but keeps its memory. */
void buf_clear(ByteBuf *buf);
/* Frees the memory of [buf] and leaves it empty. */
void buf_free(ByteBuf *buf);

#endif
