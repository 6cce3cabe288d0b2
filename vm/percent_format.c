/* percent_format.c: printf-style formatting, str % args.
 *
 * Follows CPython's PyUnicode_Format: conversions
 *   '%' ['(' key ')'] flags ['*' | width] ['.' ('*' | precision)]
 *       [h | l | L] type
 * with flags '-' (left), '+', ' ', '#' (alternate) and '0' (zero pad),
 * types s r a (str, repr, ascii of anything), d i u (ints; floats are
 * truncated), o x X (ints only), e E f F g G (floats and ints), c (a code
 * point or one-character str) and %%. The arguments are a tuple, a single
 * value, or a mapping for the %(key)s form, and every error is CPython's
 * ("not enough arguments for format string", "not all arguments converted
 * during string formatting", "%d format: a real number is required, not
 * str", ...).
 */
#include <string.h>

#include "vm/boxed.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/number.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/unicode.h"

/* The flags of one conversion. */
enum {
  F_LJUST = 1 << 0, /* '-' */
  F_SIGN = 1 << 1,  /* '+' */
  F_BLANK = 1 << 2, /* ' ' */
  F_ALT = 1 << 3,   /* '#' */
  F_ZERO = 1 << 4,  /* '0' */
};

/* Stands for "the format string ended" where a character is expected. */
#define END_OF_FORMAT 0xFFFFFFFFu

/* The state of one formatting operation. */
typedef struct Percent {
  ObjStr *fmt;    /* the format string */
  size_t pos;     /* byte offset of the next character to read */
  size_t last;    /* byte offset of the character read last */
  Value args;     /* the tuple, single value or looked-up value */
  int64_t arglen; /* items in [args] when a tuple, else -1 */
  int64_t argidx; /* the next item; -2 before a single value is used */
  Value dict;     /* the mapping for %(key)s, or UNDEF */
  int roots;      /* temporary roots pushed */
} Percent;

/* One parsed conversion. */
typedef struct Conversion {
  uint32_t ch;     /* the type character */
  size_t ch_pos;   /* its byte offset in the format */
  int flags;       /* F_* */
  int64_t width;   /* -1 when absent */
  int64_t prec;    /* -1 when absent */
  bool sign;       /* a numeric conversion: the sign gets special care */
} Conversion;

/* ---- arguments ------------------------------------------------------------ */

/* The next argument (CPython's unicode_format_getnextarg). */
static bool next_arg(EddyVM *vm, Percent *p, Value *out) {
  if (p->argidx < p->arglen) {
    int64_t i = p->argidx++;
    *out = p->arglen < 0 ? p->args : AS_TUPLE(p->args)->items[i];
    return true;
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "not enough arguments for format string");
}

/* True when [v] is a mapping as PyMapping_Check sees it (any object
 * with __getitem__), for deciding whether %(key)s may be used. */
static bool is_mapping(EddyVM *vm, Value v) {
  if (IS_TUPLE(v) || IS_STR(v)) return false;
  if (IS_DICT(v) || IS_LIST(v) || IS_BYTES(v) || IS_RANGE(v)) return true;
  if (!IS_INSTANCE(v)) return false;
  ObjStr *name = str_intern_cstr(vm, "__getitem__");
  return name && !IS_UNDEF(class_lookup(vm_class_of(vm, v), name));
}

/* ---- parsing ---------------------------------------------------------------- */

/* The next character of the format, or END_OF_FORMAT. */
static uint32_t next_char(Percent *p) {
  ObjStr *f = p->fmt;
  p->last = p->pos;
  if (p->pos >= f->length) return END_OF_FORMAT;
  uint32_t cp;
  p->pos += unicode_decode(f->chars + p->pos, f->length - p->pos, &cp);
  return cp;
}

/* Parses "(key)" (the '(' already read) and makes the key's value the
 * current argument. */
static bool parse_key(EddyVM *vm, Percent *p) {
  if (IS_UNDEF(p->dict))
    return vm_raise(vm, vm->exc.TypeError, "format requires a mapping");
  ObjStr *f = p->fmt;
  size_t start = p->pos;
  int depth = 1;
  while (depth > 0 && p->pos < f->length) {
    char c = f->chars[p->pos++];
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
  }
  if (depth > 0)
    return vm_raise(vm, vm->exc.ValueError, "incomplete format key");
  ObjStr *key = str_new(vm, f->chars + start, p->pos - 1 - start);
  if (!key) return false;
  gc_push_root(vm, OBJ_VAL(key));
  bool ok = value_getitem(vm, p->dict, OBJ_VAL(key), &p->args);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  gc_push_root(vm, p->args);
  p->roots++;
  p->arglen = -1;
  p->argidx = -2;
  return true;
}

/* Reads a '*' argument into [*out]. */
static bool star_arg(EddyVM *vm, Percent *p, int64_t *out) {
  Value v;
  if (!next_arg(vm, p, &v)) return false;
  if (!IS_ANY_INT(v))
    return vm_raise(vm, vm->exc.TypeError, "* wants int");
  if (!int_to_int64(vm, v, out)) return false;
  return true;
}

/* Reads the digits that start with [*c] into [*out], leaving in [*c] the
 * character after them. */
static bool digits(EddyVM *vm, Percent *p, uint32_t *c, int64_t limit,
                   const char *what, int64_t *out) {
  int64_t n = 0;
  while (*c >= '0' && *c <= '9') {
    int d = (int)(*c - '0');
    if (n > (limit - d) / 10)
      return vm_raise(vm, vm->exc.ValueError, "%s too big", what);
    n = n * 10 + d;
    *c = next_char(p);
  }
  *out = n;
  return true;
}

/* Parses the width ([*c] is its first character). */
static bool parse_width(EddyVM *vm, Percent *p, uint32_t *c,
                        Conversion *cv) {
  if (*c == '*') {
    if (!star_arg(vm, p, &cv->width)) return false;
    if (cv->width < 0) {
      cv->flags |= F_LJUST;
      cv->width = -cv->width;
    }
    *c = next_char(p);
    return true;
  }
  if (*c >= '0' && *c <= '9')
    return digits(vm, p, c, INT64_MAX, "width", &cv->width);
  return true;
}

/* Parses the precision ([*c] is the character after the '.'). */
static bool parse_precision(EddyVM *vm, Percent *p, uint32_t *c,
                            Conversion *cv) {
  cv->prec = 0;
  if (*c == '*') {
    if (!star_arg(vm, p, &cv->prec)) return false;
    if (cv->prec > INT32_MAX)
      return vm_raise(vm, vm->exc.OverflowError,
                      "Python int too large to convert to C int");
    if (cv->prec < 0) cv->prec = 0;
    *c = next_char(p);
    return true;
  }
  if (*c >= '0' && *c <= '9')
    return digits(vm, p, c, INT32_MAX, "precision", &cv->prec);
  return true;
}

/* Parses a conversion after its '%' up to and including its type. */
static bool parse_conversion(EddyVM *vm, Percent *p, Conversion *cv) {
  memset(cv, 0, sizeof *cv);
  cv->width = cv->prec = -1;
  uint32_t c = next_char(p);
  if (c == '(') {
    if (!parse_key(vm, p)) return false;
    c = next_char(p);
  }
  for (;; c = next_char(p)) {
    int flag = c == '-' ? F_LJUST : c == '+' ? F_SIGN : c == ' ' ? F_BLANK
               : c == '#' ? F_ALT : c == '0' ? F_ZERO : 0;
    if (!flag) break;
    cv->flags |= flag;
  }
  if (!parse_width(vm, p, &c, cv)) return false;
  if (c == '.') {
    c = next_char(p);
    if (!parse_precision(vm, p, &c, cv)) return false;
  }
  if (c == 'h' || c == 'l' || c == 'L') c = next_char(p);
  if (c == END_OF_FORMAT)
    return vm_raise(vm, vm->exc.ValueError, "incomplete format");
  cv->ch = c;
  cv->ch_pos = p->last;
  return true;
}

/* ---- converting one argument ------------------------------------------- */

/* Appends [n] zeros (none when [n] <= 0). */
static bool put_zeros(ByteBuf *out, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if (!buf_putc(out, '0')) return false;
  return true;
}

/* %d %i %u %o %x %X: appends the int [v] with its sign, the alternate
 * prefix, and zeros up to [prec] digits (CPython's _PyUnicode_FormatLong). */
static bool format_long(EddyVM *vm, const Conversion *cv, Value v,
                        ByteBuf *out) {
  int base = cv->ch == 'o' ? 8 : (cv->ch == 'x' || cv->ch == 'X') ? 16 : 10;
  ByteBuf d;
  buf_init(&d);
  bool ok = base == 10 ? int_repr(vm, v, &d)
                       : int_format_base(vm, v, base, false, &d);
  if (ok) {
    bool negative = d.data[0] == '-';
    const char *digits_text = d.data + negative;
    int64_t n = (int64_t)d.len - negative;
    ok = (!negative || buf_putc(out, '-')) &&
         (!(cv->flags & F_ALT) || base == 10 ||
          (buf_putc(out, '0') && buf_putc(out, (char)cv->ch))) &&
         put_zeros(out, cv->prec - n) &&
         buf_append(out, digits_text, (size_t)n);
    if (!ok) ok = vm_raise_memory(vm);
    if (ok && cv->ch == 'X')
      for (size_t i = 0; i < out->len; i++)
        if (out->data[i] >= 'a' && out->data[i] <= 'f') out->data[i] -= 32;
  }
  buf_free(&d);
  return ok;
}

/* The int a %d-style conversion formats for [v]: ints as they are,
 * floats truncated (d, i, u only); TypeError for anything else. */
static bool long_arg(EddyVM *vm, const Conversion *cv, Value v, Value *out) {
  bool integer_only = cv->ch == 'o' || cv->ch == 'x' || cv->ch == 'X';
  if (IS_ANY_INT(v)) {
    *out = IS_BOOL(v) ? INT_VAL(AS_SMALLINT(v)) : v;
    return true;
  }
  if (IS_FLOAT(v) && !integer_only)
    return number_float_to_int(vm, AS_FLOAT(v), out);
  return vm_raise(vm, vm->exc.TypeError, "%%%c format: %s is required, not %s",
                  (char)cv->ch,
                  integer_only ? "an integer" : "a real number",
                  vm_type_name(vm, v));
}

/* %e %f %g and their upper-case forms. */
static bool format_float_arg(EddyVM *vm, const Conversion *cv, Value v,
                             ByteBuf *out) {
  double d;
  if (IS_FLOAT(v)) {
    d = AS_FLOAT(v);
  } else if (IS_ANY_INT(v)) {
    if (!number_to_double(vm, v, &d)) return false;
  } else {
    return vm_raise(vm, vm->exc.TypeError, "must be real number, not %s",
                    vm_type_name(vm, v));
  }
  int prec = cv->prec < 0 ? 6 : (int)cv->prec;
  if (!format_double(out, d, (char)cv->ch, prec,
                     cv->flags & F_ALT ? FORMAT_ALT : 0))
    return vm_raise_memory(vm);
  return true;
}

/* %c: a code point given as an int or a one-character str. */
static bool format_char_arg(EddyVM *vm, Value v, ByteBuf *out) {
  uint32_t cp;
  if (IS_STR(v) && AS_STR(v)->cp_len == 1) {
    cp = str_cp_at(AS_STR(v), 0);
  } else if (IS_ANY_INT(v)) {
    if (!IS_SMALLINT_LIKE(v) || AS_SMALLINT(v) < 0 ||
        AS_SMALLINT(v) >= (int64_t)UNICODE_LIMIT)
      return vm_raise(vm, vm->exc.OverflowError,
                      "%%c arg not in range(0x110000)");
    cp = (uint32_t)AS_SMALLINT(v);
  } else {
    return vm_raise(vm, vm->exc.TypeError, "%%c requires int or char");
  }
  char text[UNICODE_MAX_UTF8];
  if (!buf_append(out, text, unicode_encode(cp, text)))
    return vm_raise_memory(vm);
  return true;
}

/* Formats the next argument for [cv] into [out], setting cv->sign for
 * the numeric conversions. */
static bool format_arg(EddyVM *vm, Percent *p, Conversion *cv, ByteBuf *out) {
  Value v;
  if (!next_arg(vm, p, &v)) return false;
  switch (cv->ch) {
  case 's': return value_str(vm, v, out);
  case 'r': return value_repr(vm, v, out);
  case 'a': return format_ascii(vm, v, out);
  case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
    Value n;
    cv->sign = true;
    if (!long_arg(vm, cv, value_unbox(v), &n)) return false;
    gc_push_root(vm, n);
    bool ok = format_long(vm, cv, n, out);
    gc_pop_roots(vm, 1);
    return ok;
  }
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
    cv->sign = true;
    return format_float_arg(vm, cv, value_unbox(v), out);
  case 'c': return format_char_arg(vm, v, out);
  default: {
    size_t index = str_cp_index(p->fmt, cv->ch_pos);
    return vm_raise(vm, vm->exc.ValueError,
                    "unsupported format character '%c' (0x%x) at index %zu",
                    cv->ch >= 31 && cv->ch <= 126 ? (char)cv->ch : '?',
                    (unsigned)cv->ch, index);
  }
  }
}

/* ---- padding ------------------------------------------------------------ */

/* Appends [n] copies of [c]. */
static bool put_fill(ByteBuf *out, char c, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if (!buf_putc(out, c)) return false;
  return true;
}

/* The sign a numeric conversion shows: the number's own '-' or '+'
 * (skipped in [text] by advancing [*at] and lowering [*cps]), else '+'
 * or ' ' from the flags, else none (0). */
static char take_sign(const Conversion *cv, const char *text, size_t *at,
                      int64_t *cps) {
  if (text[0] == '-' || text[0] == '+') {
    (*at)++;
    (*cps)--;
    return text[0];
  }
  return cv->flags & F_SIGN ? '+' : cv->flags & F_BLANK ? ' ' : 0;
}

/* Appends the first [cps] characters of the [len] bytes of [text] that
 * start at byte [at]. */
static bool put_text(ByteBuf *out, const char *text, size_t len, size_t at,
                     int64_t cps) {
  size_t end = at;
  for (int64_t i = 0; i < cps; i++) {
    uint32_t cp;
    end += unicode_decode(text + end, len - end, &cp);
  }
  return buf_append(out, text + at, end - at);
}

/* Appends the converted [text] ([len] bytes) padded and signed as [cv]
 * says; zero padding goes between the sign or 0x prefix and the digits
 * (CPython's unicode_format_arg_output). */
static bool output(const Conversion *cv, const char *text, size_t len,
                   ByteBuf *out) {
  int64_t cps = (int64_t)unicode_count(text, len);
  bool textual = cv->ch == 's' || cv->ch == 'r' || cv->ch == 'a';
  if (textual && cv->prec >= 0 && cps > cv->prec) cps = cv->prec;
  char fill = cv->sign && (cv->flags & F_ZERO) ? '0' : ' ';
  size_t at = 0; /* byte offset of the next character of [text] */
  char sign = cv->sign ? take_sign(cv, text, &at, &cps) : 0;
  int64_t width = cv->width < cps ? cps : cv->width;
  bool prefix = (cv->flags & F_ALT) &&
                (cv->ch == 'x' || cv->ch == 'X' || cv->ch == 'o');
  bool ok = true;
  if (sign && fill != ' ') ok = buf_putc(out, sign);
  if (sign && width > cps) width--;
  if (prefix && fill != ' ') {
    ok = ok && buf_append(out, text + at, 2);
    at += 2;
  }
  if (prefix) {
    width = width - 2 < 0 ? 0 : width - 2;
    cps -= 2;
  }
  if (width > cps && !(cv->flags & F_LJUST)) {
    ok = ok && put_fill(out, fill, width - cps);
    width = cps;
  }
  if (sign && fill == ' ') ok = ok && buf_putc(out, sign);
  if (prefix && fill == ' ') {
    ok = ok && buf_append(out, text + at, 2);
    at += 2;
  }
  return ok && put_text(out, text, len, at, cps) &&
         put_fill(out, ' ', width - cps);
}

/* ---- the main loop ------------------------------------------------------ */

/* Handles one '%' (already read) of the format. */
static bool one_conversion(EddyVM *vm, Percent *p, ByteBuf *out) {
  ObjStr *f = p->fmt;
  if (p->pos < f->length && f->chars[p->pos] == '%') {
    p->pos++;
    if (!buf_putc(out, '%')) return vm_raise_memory(vm);
    return true;
  }
  Conversion cv;
  if (!parse_conversion(vm, p, &cv)) return false;
  ByteBuf text;
  buf_init(&text);
  bool ok = format_arg(vm, p, &cv, &text);
  if (ok && !output(&cv, text.data ? text.data : "", text.len, out))
    ok = vm_raise_memory(vm);
  buf_free(&text);
  if (ok && !IS_UNDEF(p->dict) && p->argidx < p->arglen)
    return vm_raise(vm, vm->exc.TypeError,
                    "not all arguments converted during string formatting");
  return ok;
}

/* Formats all of [p]'s format into [out]. */
static bool format_all(EddyVM *vm, Percent *p, ByteBuf *out) {
  ObjStr *f = p->fmt;
  while (p->pos < f->length) {
    const char *pct = memchr(f->chars + p->pos, '%', f->length - p->pos);
    size_t stop = pct ? (size_t)(pct - f->chars) : f->length;
    if (!buf_append(out, f->chars + p->pos, stop - p->pos))
      return vm_raise_memory(vm);
    p->pos = stop;
    if (!pct) break;
    p->pos++;
    if (!one_conversion(vm, p, out)) return false;
  }
  if (p->argidx < p->arglen && IS_UNDEF(p->dict))
    return vm_raise(vm, vm->exc.TypeError,
                    "not all arguments converted during string formatting");
  return true;
}

bool str_percent_format(EddyVM *vm, ObjStr *fmt, Value args, Value *out) {
  Percent p = {fmt, 0, 0, args, -1, -2, UNDEF_VAL, 0};
  if (IS_TUPLE(args)) {
    p.arglen = (int64_t)AS_TUPLE(args)->length;
    p.argidx = 0;
  }
  if (is_mapping(vm, args)) p.dict = args;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = format_all(vm, &p, &buf);
  gc_pop_roots(vm, p.roots);
  ok = ok && str_value_from_buf(vm, &buf, out);
  buf_free(&buf);
  return ok;
}
