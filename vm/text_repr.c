#include "vm/text_repr.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "vm/unicode.h"

/* The quote CPython puts around the repr of [len] bytes at [data]: ' unless
 * they hold ' and no ". */
static char choose_quote(const char *data, size_t len) {
  if (len == 0) return '\'';
  bool squote = memchr(data, '\'', len) != NULL;
  bool dquote = memchr(data, '"', len) != NULL;
  return squote && !dquote ? '"' : '\'';
}

/* Appends the ASCII byte [c] as both str and bytes reprs show it inside
 * [quote]s; bytes 0x7f and up get \xhh, which only bytes reprs reach. */
static bool put_ascii(ByteBuf *out, unsigned char c, char quote) {
  if (c == (unsigned char)quote || c == '\\')
    return buf_putc(out, '\\') && buf_putc(out, (char)c);
  switch (c) {
  case '\t': return buf_puts(out, "\\t");
  case '\n': return buf_puts(out, "\\n");
  case '\r': return buf_puts(out, "\\r");
  default: break;
  }
  if (c < ' ' || c >= 0x7f) return buf_printf(out, "\\x%02x", c);
  return buf_putc(out, (char)c);
}

/* Appends the non-ASCII code point [cp], whose encoding is the [n] bytes at
 * [s]: as is when printable, else as the shortest of \xhh, \uhhhh and
 * \Uhhhhhhhh. */
static bool put_code_point(ByteBuf *out, const char *s, size_t n, uint32_t cp) {
  if (unicode_isprintable(cp)) return buf_append(out, s, n);
  if (cp <= 0xff) return buf_printf(out, "\\x%02" PRIx32, cp);
  if (cp <= 0xffff) return buf_printf(out, "\\u%04" PRIx32, cp);
  return buf_printf(out, "\\U%08" PRIx32, cp);
}

bool text_repr_str(ByteBuf *out, const char *utf8, size_t len) {
  char quote = choose_quote(utf8, len);
  if (!buf_putc(out, quote)) return false;
  for (size_t i = 0; i < len;) {
    uint32_t cp;
    size_t n = unicode_decode(utf8 + i, len - i, &cp);
    bool ok = cp < 0x80 ? put_ascii(out, (unsigned char)cp, quote)
                        : put_code_point(out, utf8 + i, n, cp);
    if (!ok) return false;
    i += n;
  }
  return buf_putc(out, quote);
}

bool text_repr_bytes(ByteBuf *out, const char *data, size_t len) {
  char quote = choose_quote(data, len);
  if (!buf_putc(out, 'b') || !buf_putc(out, quote)) return false;
  for (size_t i = 0; i < len; i++)
    if (!put_ascii(out, (unsigned char)data[i], quote)) return false;
  return buf_putc(out, quote);
}

/* A decimal number [mant] x 10^[exp]. */
typedef struct Decimal {
  uint64_t mant; /* the significant digits, at most 17 of them */
  int exp;       /* the power of ten that scales [mant] */
} Decimal;

/* True when the decimal [dec] reads back (by correctly rounded strtod) as
 * exactly [x]; *[above] says whether what it reads back as exceeds [x]. */
static bool reads_back(Decimal dec, double x, bool *above) {
  char text[48];
  snprintf(text, sizeof text, "%" PRIu64 "e%d", dec.mant, dec.exp);
  double back = strtod(text, NULL);
  *above = back > x;
  return back == x;
}

/* [x] > 0 correctly rounded to [prec] significant digits. The digits come
 * from printf's %e, which glibc rounds correctly; anything that is not a
 * digit before the 'e' (the point, in any locale) is skipped. */
static Decimal round_to(double x, int prec) {
  char text[48];
  snprintf(text, sizeof text, "%.*e", prec - 1, x);
  Decimal dec = {0, 0};
  const char *p = text;
  for (; *p && *p != 'e'; p++)
    if (*p >= '0' && *p <= '9') dec.mant = dec.mant * 10 + (uint64_t)(*p - '0');
  dec.exp = (*p ? atoi(p + 1) : 0) - (prec - 1);
  return dec;
}

/* The shortest decimal that reads back as [x] > 0 and, among the shortest,
 * the nearest to [x], as David Gay's dtoa mode 0 (Python's repr) picks it.
 * The nearest [prec]-digit decimal is tried first; when it falls just
 * outside the rounding interval, its neighbour on the other side of [x]
 * may still fall inside (the interval is lopsided at powers of two). */
static Decimal shortest_decimal(double x) {
  for (int prec = 1; prec < 17; prec++) {
    Decimal dec = round_to(x, prec);
    bool above;
    if (reads_back(dec, x, &above)) return dec;
    Decimal other = dec;
    other.mant = above ? dec.mant - 1 : dec.mant + 1;
    if (reads_back(other, x, &above)) return other;
  }
  return round_to(x, 17);
}

/* Appends [count] copies of the character [c]. */
static bool put_repeat(ByteBuf *out, char c, int count) {
  for (int i = 0; i < count; i++)
    if (!buf_putc(out, c)) return false;
  return true;
}

/* Lays out the [n] significant [digits] whose first digit has the decimal
 * exponent [exp10] as positional notation: 0.00123, 12.5, 1200.0. */
static bool put_positional(ByteBuf *out, const char *digits, int n, int exp10) {
  int point = exp10 + 1; /* digits before the decimal point */
  if (point <= 0)
    return buf_puts(out, "0.") && put_repeat(out, '0', -point) &&
           buf_append(out, digits, (size_t)n);
  if (point >= n)
    return buf_append(out, digits, (size_t)n) &&
           put_repeat(out, '0', point - n) && buf_puts(out, ".0");
  return buf_append(out, digits, (size_t)point) && buf_putc(out, '.') &&
         buf_append(out, digits + point, (size_t)(n - point));
}

/* Lays out [n] significant [digits] with decimal exponent [exp10] as
 * scientific notation with at least two exponent digits: 1e+16, 1.5e-05. */
static bool put_scientific(ByteBuf *out, const char *digits, int n, int exp10) {
  if (!buf_putc(out, digits[0])) return false;
  if (n > 1 &&
      (!buf_putc(out, '.') || !buf_append(out, digits + 1, (size_t)(n - 1))))
    return false;
  return buf_printf(out, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
}

bool text_repr_float(ByteBuf *out, double d) {
  if (isnan(d)) return buf_puts(out, "nan");
  if (signbit(d) && !buf_putc(out, '-')) return false;
  if (isinf(d)) return buf_puts(out, "inf");
  if (d == 0) return buf_puts(out, "0.0");
  Decimal dec = shortest_decimal(fabs(d));
  while (dec.mant % 10 == 0) {
    dec.mant /= 10;
    dec.exp++;
  }
  char digits[24];
  int n = snprintf(digits, sizeof digits, "%" PRIu64, dec.mant);
  int exp10 = dec.exp + n - 1;
  if (exp10 < -4 || exp10 >= 16) return put_scientific(out, digits, n, exp10);
  return put_positional(out, digits, n, exp10);
}
