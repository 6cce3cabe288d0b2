#include "vm/buffer.h"

#include <stdarg.h>
#include <string.h>

void buf_init(ByteBuf *buf) {
  buf->data = NULL;
  buf->len = 0;
  buf->cap = 0;
}

/* Makes room for [extra] more bytes plus the NUL. */
static bool reserve(ByteBuf *buf, size_t extra) {
  size_t need = buf->len + extra + 1;
  if (need <= buf->cap) return true;
  if (need < extra) return false; /* overflow */
  size_t cap = buf->cap ? buf->cap : 64;
  while (cap < need) cap *= 2;
  char *data = realloc(buf->data, cap);
  if (!data) return false;
  buf->data = data;
  buf->cap = cap;
  return true;
}

bool buf_append(ByteBuf *buf, const char *s, size_t n) {
  if (!reserve(buf, n)) return false;
  if (n) memcpy(buf->data + buf->len, s, n);
  buf->len += n;
  buf->data[buf->len] = '\0';
  return true;
}

bool buf_puts(ByteBuf *buf, const char *s) {
  return buf_append(buf, s, strlen(s));
}

bool buf_putc(ByteBuf *buf, char c) { return buf_append(buf, &c, 1); }

bool buf_printf(ByteBuf *buf, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0 || !reserve(buf, (size_t)n)) return false;
  va_start(ap, fmt);
  vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  buf->len += (size_t)n;
  return true;
}

void buf_clear(ByteBuf *buf) {
  buf->len = 0;
  if (buf->data) buf->data[0] = '\0';
}

void buf_free(ByteBuf *buf) {
  free(buf->data);
  buf_init(buf);
}
