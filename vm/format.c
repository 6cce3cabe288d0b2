/* format.c: the format-spec mini-language and format(). The layout
 * rules (where padding goes, how '0' padding mixes with grouping, when a
 * float switches to exponent notation) are those of CPython's
 * Python/formatter_unicode.c and Python/pystrtod.c; see format.h. */
#include "vm/format.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include "vm/boxed.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/text_repr.h"
#include "vm/unicode.h"

/* ---- float to text ------------------------------------------------------ */

/* Removes the trailing zeros of the non-zero digit string [d]. */
static void strip_trailing_zeros(ByteBuf *d) {
  while (d->len > 1 && d->data[d->len - 1] == '0') d->len--;
  d->data[d->len] = '\0';
}

/* Removes the leading zeros of [d], lowering [*decpt] for each; an
 * all-zero [d] becomes "0" with the point after it. */
static void strip_leading_zeros(ByteBuf *d, int *decpt) {
  size_t k = 0;
  while (k < d->len && d->data[k] == '0') k++;
  if (k == d->len) {
    buf_clear(d);
    *decpt = 1;
    d->len = 1;
    d->data[0] = '0';
    d->data[1] = '\0';
    return;
  }
  memmove(d->data, d->data + k, d->len - k + 1);
  d->len -= k;
  *decpt -= (int)k;
}

/* Splits the decimal text [text] (digits, an optional point, an optional
 * exponent) into its significant digits [d] and the position [*decpt] of
 * the point relative to them, as _Py_dg_dtoa reports digits. */
static bool parse_decimal(const char *text, ByteBuf *d, int *decpt) {
  int intlen = 0;
  bool point = false;
  const char *p = text;
  for (; *p && *p != 'e' && *p != 'E'; p++) {
    if (*p == '.') {
      point = true;
    } else if (*p >= '0' && *p <= '9') {
      if (!buf_putc(d, *p)) return false;
      if (!point) intlen++;
    }
  }
  *decpt = intlen + (*p ? atoi(p + 1) : 0);
  strip_leading_zeros(d, decpt);
  strip_trailing_zeros(d);
  return true;
}

/* The digits of [x] > 0 in dtoa's [mode]: 0 shortest round-tripping, 2
 * [n] significant digits, 3 [n] digits after the point. */
static bool float_digits(double x, int mode, int n, ByteBuf *d, int *decpt) {
  ByteBuf text;
  buf_init(&text);
  bool ok = mode == 0   ? text_repr_float(&text, x)
            : mode == 2 ? buf_printf(&text, "%.*e", n - 1, x)
                        : buf_printf(&text, "%.*f", n, x);
  ok = ok && parse_decimal(text.data, d, decpt);
  buf_free(&text);
  return ok;
}

/* Appends [n] copies of [c]. */
static bool put_chars(ByteBuf *out, char c, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if (!buf_putc(out, c)) return false;
  return true;
}

/* How layout_float should lay the digits out. */
typedef struct FloatLayout {
  char type;     /* 'e', 'f', 'g' or 'r' */
  int precision; /* as PyOS_double_to_string adjusted it */
  int flags;     /* FORMAT_* */
  bool negative; /* write a '-' */
  bool upper;    /* 'E' rather than 'e' */
} FloatLayout;

/* Writes the [n] digits [digits] whose point is at [decpt] as
 * pystrtod.c's format_float_short does: padding zeros on either side,
 * the point, the exponent. */
static bool layout_float(ByteBuf *out, const char *digits, int n, int decpt,
                         const FloatLayout *f) {
  bool alt = f->flags & FORMAT_ALT, dot0 = f->flags & FORMAT_ADD_DOT_0;
  bool use_exp = false;
  int exp = 0, vend = n;
  switch (f->type) {
  case 'e': use_exp = true, vend = f->precision; break;
  case 'f': vend = decpt + f->precision; break;
  case 'g':
    use_exp = decpt <= -4 || decpt > (dot0 ? f->precision - 1 : f->precision);
    if (alt) vend = f->precision;
    break;
  default: use_exp = decpt <= -4 || decpt > 16; break;
  }
  if (use_exp) exp = decpt - 1, decpt = 1;
  int vstart = decpt <= 0 ? decpt - 1 : 0;
  int least = (!use_exp && dot0) ? decpt + 1 : decpt;
  if (vend < least) vend = least;
  bool ok = !f->negative || buf_putc(out, '-');
  if (decpt <= 0) {
    ok = ok && put_chars(out, '0', decpt - vstart) && buf_putc(out, '.') &&
         put_chars(out, '0', -decpt);
  }
  if (decpt > 0 && decpt <= n) {
    ok = ok && buf_append(out, digits, (size_t)decpt) && buf_putc(out, '.') &&
         buf_append(out, digits + decpt, (size_t)(n - decpt));
  } else {
    ok = ok && buf_append(out, digits, (size_t)n);
  }
  if (n < decpt) {
    ok = ok && put_chars(out, '0', decpt - n) && buf_putc(out, '.') &&
         put_chars(out, '0', vend - decpt);
  } else {
    ok = ok && put_chars(out, '0', vend - n);
  }
  if (!ok) return false;
  if (out->data[out->len - 1] == '.' && !alt) out->data[--out->len] = '\0';
  if (!use_exp) return true;
  return buf_printf(out, "%c%+.02d", f->upper ? 'E' : 'e', exp);
}

bool format_double(ByteBuf *out, double d, char type, int precision,
                   int flags) {
  FloatLayout f = {type, precision, flags, signbit(d) != 0, false};
  if (type == 'E' || type == 'F' || type == 'G') {
    f.upper = true;
    f.type = (char)(type + ('a' - 'A'));
  }
  if (isnan(d)) return buf_puts(out, f.upper ? "NAN" : "nan");
  if (isinf(d))
    return (!f.negative || buf_putc(out, '-')) &&
           buf_puts(out, f.upper ? "INF" : "inf");
  int mode = 0;
  switch (f.type) {
  case 'e': mode = 2, f.precision++; break;
  case 'g': mode = 2, f.precision = f.precision ? f.precision : 1; break;
  case 'f': mode = 3; break;
  default: f.type = 'r'; break;
  }
  ByteBuf digits;
  buf_init(&digits);
  int decpt = 1;
  bool ok = d == 0 ? buf_putc(&digits, '0')
                   : float_digits(fabs(d), mode, f.precision, &digits,
                                  &decpt);
  if (ok && (flags & FORMAT_NO_NEG_0) && digits.len == 1 &&
      digits.data[0] == '0')
    f.negative = false;
  ok = ok && layout_float(out, digits.data, (int)digits.len, decpt, &f);
  buf_free(&digits);
  return ok;
}

/* ---- the spec --------------------------------------------------------------- */

/* A parsed format spec:
 * [[fill]align][sign]['z']['#']['0'][width][grouping]['.' precision][type] */
typedef struct FormatSpec {
  char fill[UNICODE_MAX_UTF8]; /* UTF-8 of the fill character */
  size_t fill_len;             /* its length in bytes */
  bool fill_zero;              /* the fill is '0' */
  char align;                  /* '<', '>', '^' or '=' */
  char sign;                   /* '+', '-', ' ', or 0 when absent */
  bool no_neg_0;               /* 'z' */
  bool alternate;              /* '#' */
  int64_t width;               /* -1 when absent */
  char thousands;              /* ',' or '_', or 0 */
  int group;                   /* digits per group: 3, or 4 for b/o/x */
  int64_t precision;           /* -1 when absent */
  uint32_t type;               /* the presentation type */
} FormatSpec;

/* The spec text being parsed, for messages. */
typedef struct SpecText {
  const char *text;      /* the spec */
  size_t len;            /* its length in bytes */
  const char *type_name; /* the class of the value formatted */
} SpecText;

static bool is_align(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

/* The code point at [*pos] of [t] (0 at the end), without advancing. */
static uint32_t peek(const SpecText *t, size_t pos, size_t *n) {
  uint32_t cp = 0;
  *n = pos < t->len ? unicode_decode(t->text + pos, t->len - pos, &cp) : 0;
  return cp;
}

/* Reads decimal digits at [*pos] into [*out]; returns how many. */
static int read_number(EddyVM *vm, const SpecText *t, size_t *pos,
                       int64_t *out, bool *ok) {
  int count = 0;
  int64_t value = 0;
  *ok = true;
  while (*pos < t->len && t->text[*pos] >= '0' && t->text[*pos] <= '9') {
    int digit = t->text[(*pos)++] - '0';
    if (value > (INT64_MAX - digit) / 10) {
      *ok = vm_raise(vm, vm->exc.ValueError,
                     "Too many decimal digits in format string");
      return count;
    }
    value = value * 10 + digit;
    count++;
  }
  *out = value;
  return count;
}

/* Parses fill and alignment at the start of [t]. */
static size_t parse_align(const SpecText *t, FormatSpec *s, bool *fill_given,
                          bool *align_given) {
  size_t n1, n2;
  uint32_t c1 = peek(t, 0, &n1);
  uint32_t c2 = n1 ? peek(t, n1, &n2) : 0;
  if (n1 && n2 && is_align(c2)) {
    memcpy(s->fill, t->text, n1);
    s->fill_len = n1;
    s->fill_zero = c1 == '0';
    s->align = (char)c2;
    *fill_given = *align_given = true;
    return n1 + n2;
  }
  if (n1 && is_align(c1)) {
    s->align = (char)c1;
    *align_given = true;
    return 1;
  }
  return 0;
}

/* Raises "Cannot specify ',' with 's'." for [type]. */
static bool bad_separator(EddyVM *vm, char sep, uint32_t type) {
  if (type > 32 && type < 128)
    return vm_raise(vm, vm->exc.ValueError, "Cannot specify '%c' with '%c'.",
                    sep, (char)type);
  return vm_raise(vm, vm->exc.ValueError, "Cannot specify '%c' with '\\x%x'.",
                  sep, (unsigned)type);
}

/* Checks the grouping option against the type, as CPython's parser does
 * before it knows the value's type. */
static bool check_grouping(EddyVM *vm, FormatSpec *s) {
  if (!s->thousands) return true;
  switch (s->type) {
  case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
  case 'F': case 0:
    return true;
  case 'b': case 'o': case 'x': case 'X':
    if (s->thousands == '_') {
      s->group = 4;
      return true;
    }
    break;
  default: break;
  }
  return bad_separator(vm, s->thousands, s->type);
}

/* Parses the grouping and precision part of [t] from [*pos]. */
static bool parse_tail(EddyVM *vm, const SpecText *t, size_t *pos,
                       FormatSpec *s) {
  bool ok;
  if (*pos < t->len && (t->text[*pos] == ',' || t->text[*pos] == '_'))
    s->thousands = t->text[(*pos)++];
  if (*pos < t->len && (t->text[*pos] == ',' || t->text[*pos] == '_') &&
      s->thousands)
    return vm_raise(vm, vm->exc.ValueError,
                    "Cannot specify both ',' and '_'.");
  if (*pos < t->len && t->text[*pos] == '.') {
    (*pos)++;
    if (read_number(vm, t, pos, &s->precision, &ok) == 0) {
      if (!ok) return false;
      return vm_raise(vm, vm->exc.ValueError,
                      "Format specifier missing precision");
    }
    if (!ok) return false;
  }
  return true;
}

/* Parses [t] into [s]; [default_type] and [default_align] are those of
 * the value's type ('s' and '<' for str, 'd' and '>' for int, 0 and '>'
 * for float). */
static bool parse_spec(EddyVM *vm, const SpecText *t, char default_type,
                       char default_align, FormatSpec *s) {
  memset(s, 0, sizeof *s);
  s->fill[0] = ' ';
  s->fill_len = 1;
  s->align = default_align;
  s->width = s->precision = -1;
  s->group = 3;
  s->type = (uint32_t)default_type;
  bool fill_given = false, align_given = false, ok;
  size_t pos = parse_align(t, s, &fill_given, &align_given);
  if (pos < t->len && strchr("+- ", t->text[pos])) s->sign = t->text[pos++];
  if (pos < t->len && t->text[pos] == 'z') s->no_neg_0 = true, pos++;
  if (pos < t->len && t->text[pos] == '#') s->alternate = true, pos++;
  if (!fill_given && pos < t->len && t->text[pos] == '0') {
    s->fill[0] = '0';
    s->fill_zero = true;
    if (!align_given && default_align == '>') s->align = '=';
    pos++;
  }
  if (read_number(vm, t, &pos, &s->width, &ok) == 0) s->width = -1;
  if (!ok || !parse_tail(vm, t, &pos, s)) return false;
  size_t n;
  uint32_t type = peek(t, pos, &n);
  if (n && pos + n < t->len)
    return vm_raise(vm, vm->exc.ValueError,
                    "Invalid format specifier '%.*s' for object of type '%s'",
                    (int)t->len, t->text, t->type_name);
  if (n) s->type = type;
  return check_grouping(vm, s);
}

/* Raises "Unknown format code 'd' for object of type 'str'". */
static bool unknown_type(EddyVM *vm, uint32_t type, const char *type_name) {
  if (type > 32 && type < 128)
    return vm_raise(vm, vm->exc.ValueError,
                    "Unknown format code '%c' for object of type '%s'",
                    (char)type, type_name);
  return vm_raise(vm, vm->exc.ValueError,
                  "Unknown format code '\\x%x' for object of type '%s'",
                  (unsigned)type, type_name);
}

/* ---- layout ------------------------------------------------------------------- */

/* Appends [n] copies of the fill character of [s]. */
static bool put_fill(const FormatSpec *s, int64_t n, ByteBuf *out) {
  for (int64_t i = 0; i < n; i++)
    if (!buf_append(out, s->fill, s->fill_len)) return false;
  return true;
}

/* Appends the [ndigits] [digits] with the [sep] between groups of
 * [every] (0: no separators), padded with leading zeros (and separators)
 * to at least [min_width] characters, as CPython's
 * _PyUnicode_InsertThousandsGrouping does. */
static bool group_digits(ByteBuf *out, const char *digits, int64_t ndigits,
                         int64_t min_width, char sep, int every) {
  ByteBuf rev; /* built right to left, then reversed into [out] */
  buf_init(&rev);
  int64_t remaining = ndigits, pos = ndigits;
  bool ok = true, use_sep = false;
  for (;;) {
    int64_t most = remaining > min_width ? remaining : min_width;
    if (most < 1) most = 1;
    int64_t l = every && every < most ? every : most;
    int64_t chars = remaining < l ? remaining : l;
    if (chars < 0) chars = 0;
    if (use_sep) ok = ok && buf_putc(&rev, sep);
    for (int64_t i = 0; ok && i < chars; i++) ok = buf_putc(&rev, digits[--pos]);
    ok = ok && put_chars(&rev, '0', l - chars);
    use_sep = every != 0;
    remaining -= chars;
    min_width -= l;
    if (!every || (remaining <= 0 && min_width <= 0) || !ok) break;
    min_width -= 1;
  }
  for (size_t i = rev.len; ok && i-- > 0;) ok = buf_putc(out, rev.data[i]);
  buf_free(&rev);
  return ok;
}

/* A number taken apart for layout_number. */
typedef struct NumberParts {
  bool negative;      /* the value is below zero */
  const char *prefix; /* "0x", "0o", "0b" or "" */
  const char *digits; /* the digits before any point or exponent */
  int64_t ndigits;    /* how many */
  const char *rest;   /* the point and what follows, or the 'c' char */
  size_t rest_len;    /* its length in bytes */
  int64_t rest_cps;   /* its length in characters */
  bool upper;         /* 'X': prefix and digits in upper case */
} NumberParts;

/* Appends [p] laid out by [s]: padding, sign, prefix, zero padding,
 * grouped digits, the rest (CPython's calc_number_widths and
 * fill_number). */
static bool layout_number(const FormatSpec *s, const NumberParts *p,
                          ByteBuf *out) {
  char sign = p->negative         ? '-'
              : s->sign == '+'    ? '+'
              : s->sign == ' '    ? ' '
                                  : 0;
  int64_t nprefix = (int64_t)strlen(p->prefix);
  int64_t fixed = (sign != 0) + nprefix + p->rest_cps;
  int64_t min_width = s->fill_zero && s->align == '=' ? s->width - fixed : 0;
  ByteBuf grouped;
  buf_init(&grouped);
  bool ok = p->ndigits == 0 ||
            group_digits(&grouped, p->digits, p->ndigits, min_width,
                         s->thousands, s->thousands ? s->group : 0);
  int64_t total = fixed + (int64_t)grouped.len;
  int64_t pad = s->width > total ? s->width - total : 0;
  int64_t left = s->align == '>' ? pad : s->align == '^' ? pad / 2 : 0;
  int64_t inner = s->align == '=' ? pad : 0;
  int64_t right = pad - left - inner;
  if (p->upper)
    for (size_t i = 0; i < grouped.len; i++)
      if (grouped.data[i] >= 'a' && grouped.data[i] <= 'f')
        grouped.data[i] -= 'a' - 'A';
  ok = ok && put_fill(s, left, out) && (!sign || buf_putc(out, sign));
  for (int64_t i = 0; ok && i < nprefix; i++)
    ok = buf_putc(out, p->upper && p->prefix[i] == 'x' ? 'X' : p->prefix[i]);
  ok = ok && put_fill(s, inner, out) &&
       buf_append(out, grouped.data, grouped.len) &&
       buf_append(out, p->rest, p->rest_len) && put_fill(s, right, out);
  buf_free(&grouped);
  return ok;
}

/* ---- str ---------------------------------------------------------------------- */

/* Formats the str [v] by [s] (CPython's format_string_internal). */
static bool format_str_spec(EddyVM *vm, ObjStr *v, const FormatSpec *s,
                            ByteBuf *out) {
  const char *what = "in string format specifier";
  if (s->sign)
    return vm_raise(vm, vm->exc.ValueError, "%s not allowed %s",
                    s->sign == ' ' ? "Space" : "Sign", what);
  if (s->no_neg_0)
    return vm_raise(vm, vm->exc.ValueError,
                    "Negative zero coercion (z) not allowed %s", what);
  if (s->alternate)
    return vm_raise(vm, vm->exc.ValueError,
                    "Alternate form (#) not allowed %s", what);
  if (s->align == '=')
    return vm_raise(vm, vm->exc.ValueError,
                    "'=' alignment not allowed %s", what);
  int64_t len = (int64_t)v->cp_len;
  if (s->precision >= 0 && len > s->precision) len = s->precision;
  size_t bytes = str_advance(v, 0, (size_t)len);
  int64_t pad = s->width > len ? s->width - len : 0;
  int64_t left = s->align == '>' ? pad : s->align == '^' ? pad / 2 : 0;
  if (!put_fill(s, left, out) || !buf_append(out, v->chars, bytes) ||
      !put_fill(s, pad - left, out))
    return vm_raise_memory(vm);
  return true;
}

/* ---- float ------------------------------------------------------------------ */

/* Formats the float [d] by [s] (CPython's format_float_internal). */
static bool format_float_spec(EddyVM *vm, double d, const FormatSpec *s,
                              ByteBuf *out) {
  if (s->precision > INT_MAX)
    return vm_raise(vm, vm->exc.ValueError, "precision too big");
  int flags = (s->alternate ? FORMAT_ALT : 0) |
              (s->no_neg_0 ? FORMAT_NO_NEG_0 : 0);
  int precision = (int)s->precision, default_precision = 6;
  char type = (char)s->type;
  bool percent = type == '%';
  if (type == 0) {
    flags |= FORMAT_ADD_DOT_0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (percent) type = 'f', d *= 100;
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  ByteBuf text;
  buf_init(&text);
  bool ok = format_double(&text, d, type, precision, flags) &&
            (!percent || buf_putc(&text, '%')) && buf_putc(&text, '\0');
  if (ok) {
    const char *p = text.data;
    NumberParts parts = {*p == '-', "", NULL, 0, NULL, 0, 0, false};
    if (parts.negative) p++;
    parts.digits = p;
    while (*p >= '0' && *p <= '9') p++;
    parts.ndigits = p - parts.digits;
    parts.rest = p;
    parts.rest_len = strlen(p);
    parts.rest_cps = (int64_t)parts.rest_len;
    ok = layout_number(s, &parts, out);
  }
  buf_free(&text);
  return ok ? true : vm_raise_memory(vm);
}

/* ---- int --------------------------------------------------------------------- */

/* Appends the digits of |[v]| in [base] (lower case) to [out], setting
 * [*negative]. */
static bool int_digits(EddyVM *vm, Value v, int base, bool *negative,
                       ByteBuf *out) {
  if (IS_SMALLINT_LIKE(v)) {
    int64_t n = AS_SMALLINT(v);
    *negative = n < 0;
    uint64_t u = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
    char tmp[72];
    int k = 0;
    do {
      tmp[k++] = "0123456789abcdef"[u % (unsigned)base];
      u /= (unsigned)base;
    } while (u);
    while (k > 0)
      if (!buf_putc(out, tmp[--k])) return vm_raise_memory(vm);
    return true;
  }
  *negative = int_sign(v) < 0;
  size_t start = out->len;
  bool ok = base == 10 ? int_repr(vm, v, out)
                       : int_format_base(vm, v, base, false, out);
  if (!ok) return false;
  if (*negative) { /* drop the '-' the conversion wrote */
    memmove(out->data + start, out->data + start + 1, out->len - start);
    out->len--;
  }
  return true;
}

/* Formats the int [v] with type 'c' by [s]. */
static bool format_char(EddyVM *vm, Value v, const FormatSpec *s,
                        ByteBuf *out) {
  if (s->sign)
    return vm_raise(vm, vm->exc.ValueError,
                    "Sign not allowed with integer format specifier 'c'");
  if (s->alternate)
    return vm_raise(vm, vm->exc.ValueError,
                    "Alternate form (#) not allowed with integer format "
                    "specifier 'c'");
  if (!IS_SMALLINT_LIKE(v))
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C long");
  int64_t cp = AS_SMALLINT(v);
  if (cp < 0 || cp > 0x10ffff)
    return vm_raise(vm, vm->exc.OverflowError,
                    "%%c arg not in range(0x110000)");
  char text[UNICODE_MAX_UTF8];
  size_t n = unicode_encode((uint32_t)cp, text);
  NumberParts parts = {false, "", "", 0, text, n, 1, false};
  if (!layout_number(s, &parts, out)) return vm_raise_memory(vm);
  return true;
}

/* Formats the int [v] by [s] with an integer type (CPython's
 * format_long_internal). */
static bool format_int_spec(EddyVM *vm, Value v, const FormatSpec *s,
                            ByteBuf *out) {
  if (s->precision != -1)
    return vm_raise(vm, vm->exc.ValueError,
                    "Precision not allowed in integer format specifier");
  if (s->no_neg_0)
    return vm_raise(vm, vm->exc.ValueError,
                    "Negative zero coercion (z) not allowed in integer "
                    "format specifier");
  if (s->type == 'c') return format_char(vm, v, s, out);
  int base = s->type == 'b' ? 2 : s->type == 'o' ? 8
             : (s->type == 'x' || s->type == 'X') ? 16
                                                   : 10;
  static const char *const prefixes[] = {"0b", "0o", "0x"};
  ByteBuf digits;
  buf_init(&digits);
  NumberParts parts = {false, "", NULL, 0, "", 0, 0, s->type == 'X'};
  if (!int_digits(vm, v, base, &parts.negative, &digits)) {
    buf_free(&digits);
    return false;
  }
  if (s->alternate && base != 10)
    parts.prefix = prefixes[base == 2 ? 0 : base == 8 ? 1 : 2];
  parts.digits = digits.data;
  parts.ndigits = (int64_t)digits.len;
  FormatSpec local = *s;
  if (s->type == 'n') local.thousands = 0;
  bool ok = layout_number(&local, &parts, out);
  buf_free(&digits);
  return ok ? true : vm_raise_memory(vm);
}

/* ---- dispatch ----------------------------------------------------------------- */

/* format([v], spec) for an int or bool [v] whose spec is not empty. */
static bool format_int_value(EddyVM *vm, Value v, const SpecText *t,
                             ByteBuf *out) {
  FormatSpec s;
  if (!parse_spec(vm, t, 'd', '>', &s)) return false;
  switch (s.type) {
  case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
    return format_int_spec(vm, v, &s, out);
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
    double d;
    if (!number_to_double(vm, v, &d)) return false;
    return format_float_spec(vm, d, &s, out);
  }
  default: return unknown_type(vm, s.type, t->type_name);
  }
}

/* format([d], spec) for a float whose spec is not empty. */
static bool format_float_value(EddyVM *vm, double d, const SpecText *t,
                               ByteBuf *out) {
  FormatSpec s;
  if (!parse_spec(vm, t, 0, '>', &s)) return false;
  switch (s.type) {
  case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
  case 'n': case '%':
    return format_float_spec(vm, d, &s, out);
  default: return unknown_type(vm, s.type, t->type_name);
  }
}

/* format([v], spec) for a str whose spec is not empty. */
static bool format_str_value(EddyVM *vm, ObjStr *v, const SpecText *t,
                             ByteBuf *out) {
  FormatSpec s;
  if (!parse_spec(vm, t, 's', '<', &s)) return false;
  if (s.type != 's') return unknown_type(vm, s.type, t->type_name);
  return format_str_spec(vm, v, &s, out);
}

/* format() of the built-in types, skipping any __format__ lookup. */
static bool format_builtin(EddyVM *vm, Value v, const char *spec, size_t len,
                           ByteBuf *out) {
  SpecText t = {spec, len, vm_type_name(vm, v)};
  if (len == 0 || !(IS_STR(v) || IS_ANY_INT(v) || IS_FLOAT(v))) {
    if (len != 0)
      return vm_raise(vm, vm->exc.TypeError,
                      "unsupported format string passed to %s.__format__",
                      t.type_name);
    return value_str(vm, v, out);
  }
  if (IS_STR(v)) return format_str_value(vm, AS_STR(v), &t, out);
  if (IS_FLOAT(v)) return format_float_value(vm, AS_FLOAT(v), &t, out);
  return format_int_value(vm, v, &t, out);
}

/* format([v], spec) through the __format__ method [method] of [v]'s
 * class. */
static bool call_format(EddyVM *vm, Value method, Value v, const char *spec,
                        size_t len, ByteBuf *out) {
  ObjStr *s = str_new(vm, spec, len);
  if (!s) return false;
  Value args[2] = {v, OBJ_VAL(s)}, result;
  gc_push_root(vm, OBJ_VAL(s));
  bool ok = vm_call(vm, method, args, 2, NULL, &result);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  if (!IS_STR(result))
    return vm_raise(vm, vm->exc.TypeError,
                    "__format__ must return a str, not %s",
                    vm_type_name(vm, result));
  if (!buf_append(out, AS_STR(result)->chars, AS_STR(result)->length))
    return vm_raise_memory(vm);
  return true;
}

bool format_value_into(EddyVM *vm, Value v, const char *spec, size_t len,
                       ByteBuf *out) {
  ObjClass *cls = vm_class_of(vm, v);
  if (!cls->is_builtin) {
    ObjStr *name = str_intern_cstr(vm, "__format__");
    if (!name) return false;
    Value method = class_lookup(cls, name);
    if (!IS_UNDEF(method)) return call_format(vm, method, v, spec, len, out);
  }
  return format_builtin(vm, len ? value_unbox(v) : v, spec, len, out);
}

bool format_value(EddyVM *vm, Value v, ObjStr *spec, Value *out) {
  if (spec->length == 0 && IS_STR(v) &&
      AS_OBJ(v)->cls == vm->types.str) {
    *out = v;
    return true;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok = format_value_into(vm, v, spec->chars, spec->length, &buf) &&
            str_value_from_buf(vm, &buf, out);
  buf_free(&buf);
  return ok;
}

bool format_ascii(EddyVM *vm, Value v, ByteBuf *out) {
  ByteBuf r;
  buf_init(&r);
  bool ok = value_repr(vm, v, &r);
  for (size_t i = 0; ok && i < r.len;) {
    uint32_t cp;
    size_t n = unicode_decode(r.data + i, r.len - i, &cp);
    ok = cp < 0x80      ? buf_putc(out, (char)cp)
         : cp <= 0xff   ? buf_printf(out, "\\x%02x", (unsigned)cp)
         : cp <= 0xffff ? buf_printf(out, "\\u%04x", (unsigned)cp)
                        : buf_printf(out, "\\U%08x", (unsigned)cp);
    if (!ok) ok = vm_raise_memory(vm);
    i += n;
  }
  buf_free(&r);
  return ok;
}

/* ---- __format__ methods --------------------------------------------------- */

/* The __format__ method of str, int and float: format(self, spec). */
static bool builtin_format_method(EddyVM *vm, Value *args, int nargs,
                                  ObjTuple *kwnames, Value *result) {
  if (!native_no_kwargs(vm, "__format__", kwnames) ||
      !native_check_count(vm, "__format__", nargs - 1, 1, 1))
    return false;
  if (!IS_STR(args[1]))
    return vm_raise(vm, vm->exc.TypeError,
                    "__format__() argument must be str, not %s",
                    vm_type_name(vm, args[1]));
  ObjStr *spec = AS_STR(args[1]);
  ByteBuf buf;
  buf_init(&buf);
  Value self = spec->length ? value_unbox(args[0]) : args[0];
  bool ok = format_builtin(vm, self, spec->chars, spec->length, &buf) &&
            str_value_from_buf(vm, &buf, result);
  buf_free(&buf);
  return ok;
}

bool format_install(EddyVM *vm) {
  return native_method(vm, vm->types.str, "format", str_format_method) &&
         native_method(vm, vm->types.str, "format_map",
                       str_format_map_method) &&
         native_method(vm, vm->types.str, "__format__",
                       builtin_format_method) &&
         native_method(vm, vm->types.int_, "__format__",
                       builtin_format_method) &&
         native_method(vm, vm->types.float_, "__format__",
                       builtin_format_method);
}
