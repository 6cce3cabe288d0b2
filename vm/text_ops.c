/* text_ops.c: searching, splitting, stripping and replacing over the
 * bytes of a str or a bytes object. The splitting loops follow CPython's
 * stringlib (split.h), so that every edge case (leading separators,
 * maxsplit, trailing whitespace) gives the same pieces. */
#include "vm/text_ops.h"

#include <string.h>

#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_bytes.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/unicode.h"

bool text_piece(EddyVM *vm, bool bytes, const char *p, size_t n,
                Value *out) {
  Obj *obj = bytes ? (Obj *)bytes_new(vm, p, n) : (Obj *)str_new(vm, p, n);
  if (!obj) return false;
  *out = OBJ_VAL(obj);
  return true;
}

/* Appends the piece [p, p + n) to [list]. */
static bool add_piece(EddyVM *vm, ObjList *list, bool bytes, const char *p,
                      size_t n) {
  Value v;
  if (!text_piece(vm, bytes, p, n, &v)) return false;
  gc_push_root(vm, v);
  bool ok = list_append(vm, list, v);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Reverses the items of [list] from [from] to its end. */
static void reverse_from(ObjList *list, size_t from) {
  size_t i = from, j = list->length;
  while (i + 1 < j) {
    Value t = list->items[i];
    list->items[i++] = list->items[--j];
    list->items[j] = t;
  }
}

/* ---- searching ------------------------------------------------------------ */

ssize_t text_find(const char *hay, size_t hlen, const char *needle,
                  size_t nlen) {
  if (nlen == 0) return 0;
  if (nlen > hlen) return -1;
  const char *p = nlen == 1 ? memchr(hay, needle[0], hlen)
                            : memmem(hay, hlen, needle, nlen);
  return p ? p - hay : -1;
}

ssize_t text_rfind(const char *hay, size_t hlen, const char *needle,
                   size_t nlen) {
  if (nlen == 0) return (ssize_t)hlen;
  if (nlen > hlen) return -1;
  if (nlen == 1) {
    const char *p = memrchr(hay, needle[0], hlen);
    return p ? p - hay : -1;
  }
  for (size_t i = hlen - nlen + 1; i-- > 0;) {
    if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
      return (ssize_t)i;
  }
  return -1;
}

size_t text_count(const char *hay, size_t hlen, const char *needle,
                  size_t nlen, size_t max) {
  size_t count = 0, i = 0;
  while (count < max) {
    ssize_t at = text_find(hay + i, hlen - i, needle, nlen);
    if (at < 0) break;
    count++;
    i += (size_t)at + nlen;
  }
  return count;
}

/* ---- characters ----------------------------------------------------------- */

size_t text_next(bool bytes, const char *s, size_t len, uint32_t *cp) {
  if (bytes || (unsigned char)s[0] < 0x80) {
    *cp = (unsigned char)s[0];
    return 1;
  }
  return unicode_decode(s, len, cp);
}

size_t text_prev(bool bytes, const char *s, size_t end, uint32_t *cp) {
  if (bytes || (unsigned char)s[end - 1] < 0x80) {
    *cp = (unsigned char)s[end - 1];
    return 1;
  }
  size_t start = end - 1;
  while (start > 0 && end - start < UNICODE_MAX_UTF8 &&
         ((unsigned char)s[start] & 0xC0) == 0x80)
    start--;
  if (unicode_decode(s + start, end - start, cp) == end - start)
    return end - start;
  unicode_decode(s + end - 1, 1, cp); /* a stray byte */
  return 1;
}

bool text_isspace(bool bytes, uint32_t cp) {
  if (bytes)
    return cp == ' ' || (cp >= '\t' && cp <= '\r');
  if (cp < 0x80)
    return cp == ' ' || (cp >= '\t' && cp <= '\r') ||
           (cp >= 0x1c && cp <= 0x1f);
  return unicode_isspace(cp);
}

/* A line break as str.splitlines (or, for [bytes], bytes.splitlines)
 * sees [cp]. */
static bool is_linebreak(bool bytes, uint32_t cp) {
  if (cp == '\n' || cp == '\r') return true;
  if (bytes) return false;
  return cp == 0x0b || cp == 0x0c || (cp >= 0x1c && cp <= 0x1e) ||
         cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

/* ---- splitting ------------------------------------------------------------ */

/* The offset after the run of characters from [i] whose whitespace-ness
 * is [space]. */
static size_t skip_run(bool bytes, const char *s, size_t len, size_t i,
                       bool space) {
  uint32_t cp;
  while (i < len) {
    size_t n = text_next(bytes, s + i, len - i, &cp);
    if (text_isspace(bytes, cp) != space) break;
    i += n;
  }
  return i;
}

/* The start of the run of characters ending at [end] whose
 * whitespace-ness is [space]. */
static size_t back_run(bool bytes, const char *s, size_t end, bool space) {
  uint32_t cp;
  while (end > 0) {
    size_t n = text_prev(bytes, s, end, &cp);
    if (text_isspace(bytes, cp) != space) break;
    end -= n;
  }
  return end;
}

/* Splits on whitespace from the left (stringlib's split_whitespace). */
static bool split_whitespace(EddyVM *vm, bool bytes, const char *s,
                             size_t len, int64_t maxcount, ObjList *out) {
  size_t i = 0;
  while (maxcount-- > 0) {
    i = skip_run(bytes, s, len, i, true);
    if (i == len) break;
    size_t j = i;
    i = skip_run(bytes, s, len, i, false);
    if (!add_piece(vm, out, bytes, s + j, i - j)) return false;
  }
  if (i < len) {
    i = skip_run(bytes, s, len, i, true);
    if (i != len && !add_piece(vm, out, bytes, s + i, len - i)) return false;
  }
  return true;
}

/* Splits on whitespace from the right (stringlib's rsplit_whitespace);
 * the pieces come out last first and the caller reverses them. */
static bool rsplit_whitespace(EddyVM *vm, bool bytes, const char *s,
                              size_t len, int64_t maxcount, ObjList *out) {
  size_t end = len;
  while (maxcount-- > 0) {
    end = back_run(bytes, s, end, true);
    if (end == 0) break;
    size_t start = back_run(bytes, s, end, false);
    if (!add_piece(vm, out, bytes, s + start, end - start)) return false;
    end = start;
  }
  if (end > 0) {
    end = back_run(bytes, s, end, true);
    if (end > 0 && !add_piece(vm, out, bytes, s, end)) return false;
  }
  return true;
}

bool text_split(EddyVM *vm, bool bytes, const char *s, size_t len,
                const char *sep, size_t seplen, int64_t maxsplit,
                ObjList *out) {
  int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
  if (!sep) return split_whitespace(vm, bytes, s, len, maxcount, out);
  size_t i = 0;
  while (maxcount-- > 0) {
    ssize_t at = text_find(s + i, len - i, sep, seplen);
    if (at < 0) break;
    if (!add_piece(vm, out, bytes, s + i, (size_t)at)) return false;
    i += (size_t)at + seplen;
  }
  return add_piece(vm, out, bytes, s + i, len - i);
}

bool text_rsplit(EddyVM *vm, bool bytes, const char *s, size_t len,
                 const char *sep, size_t seplen, int64_t maxsplit,
                 ObjList *out) {
  int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
  size_t first = out->length;
  if (!sep) {
    if (!rsplit_whitespace(vm, bytes, s, len, maxcount, out)) return false;
    reverse_from(out, first);
    return true;
  }
  size_t end = len;
  while (maxcount-- > 0) {
    ssize_t at = text_rfind(s, end, sep, seplen);
    if (at < 0) break;
    size_t after = (size_t)at + seplen;
    if (!add_piece(vm, out, bytes, s + after, end - after)) return false;
    end = (size_t)at;
  }
  if (!add_piece(vm, out, bytes, s, end)) return false;
  reverse_from(out, first);
  return true;
}

bool text_splitlines(EddyVM *vm, bool bytes, const char *s, size_t len,
                     bool keepends, ObjList *out) {
  size_t i = 0, j = 0;
  uint32_t cp;
  while (i < len) {
    size_t n = 0;
    while (i < len) {
      n = text_next(bytes, s + i, len - i, &cp);
      if (is_linebreak(bytes, cp)) break;
      i += n;
    }
    size_t eol = i;
    if (i < len) {
      i += (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') ? 2 : n;
      if (keepends) eol = i;
    }
    if (!add_piece(vm, out, bytes, s + j, eol - j)) return false;
    j = i;
  }
  return true;
}

/* ---- stripping, replacing ---------------------------------------------- */

/* True when [cp] is one of the characters of the [n] bytes at [chars]. */
static bool in_chars(bool bytes, const char *chars, size_t n, uint32_t cp) {
  if (bytes || cp < 0x80) return memchr(chars, (int)cp, n) != NULL;
  uint32_t c;
  for (size_t i = 0; i < n;) {
    i += text_next(bytes, chars + i, n - i, &c);
    if (c == cp) return true;
  }
  return false;
}

/* True when [cp] is stripped: whitespace when [chars] is NULL. */
static bool strips(bool bytes, const char *chars, size_t n, uint32_t cp) {
  return chars ? in_chars(bytes, chars, n, cp) : text_isspace(bytes, cp);
}

void text_strip(bool bytes, const char *s, size_t len, const char *chars,
                size_t nchars, int sides, size_t *from, size_t *to) {
  size_t i = 0, j = len;
  uint32_t cp;
  if (sides & TEXT_STRIP_LEFT) {
    while (i < j) {
      size_t n = text_next(bytes, s + i, j - i, &cp);
      if (!strips(bytes, chars, nchars, cp)) break;
      i += n;
    }
  }
  if (sides & TEXT_STRIP_RIGHT) {
    while (j > i) {
      size_t n = text_prev(bytes, s, j, &cp);
      if (!strips(bytes, chars, nchars, cp)) break;
      j -= n;
    }
  }
  *from = i;
  *to = j;
}

/* text_replace for an empty [old]: [new] goes before each character and
 * at the end, [count] times at most. */
static bool replace_empty(bool bytes, const char *s, size_t len,
                          const char *new_text, size_t newlen, int64_t count,
                          ByteBuf *out) {
  size_t pos = 0;
  uint32_t cp;
  for (int64_t done = 0; count < 0 || done < count; done++) {
    if (!buf_append(out, new_text, newlen)) return false;
    if (pos == len) break;
    size_t n = text_next(bytes, s + pos, len - pos, &cp);
    if (!buf_append(out, s + pos, n)) return false;
    pos += n;
  }
  return buf_append(out, s + pos, len - pos);
}

bool text_replace(bool bytes, const char *s, size_t len, const char *old,
                  size_t oldlen, const char *new_text, size_t newlen,
                  int64_t count, ByteBuf *out) {
  if (oldlen == 0)
    return replace_empty(bytes, s, len, new_text, newlen, count, out);
  size_t pos = 0;
  for (int64_t done = 0; count < 0 || done < count; done++) {
    ssize_t at = text_find(s + pos, len - pos, old, oldlen);
    if (at < 0) break;
    if (!buf_append(out, s + pos, (size_t)at) ||
        !buf_append(out, new_text, newlen))
      return false;
    pos += (size_t)at + oldlen;
  }
  return buf_append(out, s + pos, len - pos);
}

bool text_expandtabs(bool bytes, const char *s, size_t len, int64_t tabsize,
                     ByteBuf *out) {
  int64_t column = 0;
  uint32_t cp;
  for (size_t i = 0; i < len;) {
    size_t n = text_next(bytes, s + i, len - i, &cp);
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t pad = tabsize - column % tabsize;
        column += pad;
        while (pad-- > 0)
          if (!buf_putc(out, ' ')) return false;
      }
    } else {
      if (!buf_append(out, s + i, n)) return false;
      column = (cp == '\n' || cp == '\r') ? 0 : column + 1;
    }
    i += n;
  }
  return true;
}

/* ---- exceptions ---------------------------------------------------------- */

bool text_catch(EddyVM *vm, ObjClass *cls) {
  Value exc = vm->task->exception;
  if (!IS_OBJ(exc) || !class_is_subclass(AS_OBJ(exc)->cls, cls)) return false;
  vm->task->exception = UNDEF_VAL;
  return true;
}
