/* strlit.c: splitting literal tokens and decoding their escapes.
 *
 * Decoding follows CPython 3.11's string_parser.c. For str literals
 * CPython first rewrites every non-ASCII character of the body as a
 * 10-byte "\UXXXXXXXX" escape and then runs the 'unicodeescape' codec, so
 * the byte positions in its error messages count in that rewritten text;
 * converted_offset() reproduces them. Bytes literals go through
 * PyBytes_DecodeEscape, whose positions are plain offsets in the body.
 * Unknown escapes ("\q") are kept with their backslash, as CPython keeps
 * them (with a DeprecationWarning that Eddy does not print).
 */
#include "lexer/strlit.h"

#include <string.h>

/* One \N{...} name the decoder knows. */
typedef struct CharName {
  const char *name; /* the Unicode name, upper case */
  uint32_t cp;      /* its code point */
} CharName;

/* The names most often written in \N{...} escapes; others are reported as
 * unknown (together with the LATIN ... LETTER and DIGIT names matched by
 * rule in algorithmic_name()). */
static const CharName char_names[] = {
    {"NULL", 0x0},
    {"CHARACTER TABULATION", 0x9},
    {"LINE FEED", 0xA},
    {"CARRIAGE RETURN", 0xD},
    {"ESCAPE", 0x1B},
    {"SPACE", 0x20},
    {"NO-BREAK SPACE", 0xA0},
    {"CENT SIGN", 0xA2},
    {"POUND SIGN", 0xA3},
    {"YEN SIGN", 0xA5},
    {"SECTION SIGN", 0xA7},
    {"COPYRIGHT SIGN", 0xA9},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"REGISTERED SIGN", 0xAE},
    {"DEGREE SIGN", 0xB0},
    {"PLUS-MINUS SIGN", 0xB1},
    {"MICRO SIGN", 0xB5},
    {"PILCROW SIGN", 0xB6},
    {"MIDDLE DOT", 0xB7},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"MULTIPLICATION SIGN", 0xD7},
    {"DIVISION SIGN", 0xF7},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"ZERO WIDTH SPACE", 0x200B},
    {"EN DASH", 0x2013},
    {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"EURO SIGN", 0x20AC},
    {"TRADE MARK SIGN", 0x2122},
    {"LEFTWARDS ARROW", 0x2190},
    {"UPWARDS ARROW", 0x2191},
    {"RIGHTWARDS ARROW", 0x2192},
    {"DOWNWARDS ARROW", 0x2193},
    {"INFINITY", 0x221E},
    {"NOT EQUAL TO", 0x2260},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"HOURGLASS", 0x231B},
    {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606},
    {"SNOWMAN", 0x2603},
    {"BLACK HEART SUIT", 0x2665},
    {"WARNING SIGN", 0x26A0},
    {"CHECK MARK", 0x2713},
    {"HEAVY CHECK MARK", 0x2714},
    {"BALLOT X", 0x2717},
    {"SPARKLES", 0x2728},
    {"CROSS MARK", 0x274C},
    {"HEAVY BLACK HEART", 0x2764},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"PARTY POPPER", 0x1F389},
    {"SNAKE", 0x1F40D},
    {"THUMBS UP SIGN", 0x1F44D},
    {"FIRE", 0x1F525},
    {"GRINNING FACE", 0x1F600},
    {"ROCKET", 0x1F680},
};

/* The state of one decode call. */
typedef struct Decoder {
  const char *text; /* the literal text being decoded */
  int len;          /* its length in bytes */
  bool is_bytes;    /* decoding a bytes literal */
  ByteBuf *out;     /* where decoded bytes go */
  SyntaxDiag *diag; /* where an error goes */
  int line;         /* the token's line, for errors */
  int col;          /* the token's 0-based byte column, for errors */
} Decoder;

void strlit_split(const Token *tok, StrLit *out) {
  memset(out, 0, sizeof *out);
  const char *p = tok->start, *end = tok->start + tok->length;
  for (; p < end && *p != '\'' && *p != '"'; p++) {
    int c = *p | 0x20;
    if (c == 'b') out->is_bytes = true;
    if (c == 'r') out->is_raw = true;
    if (c == 'u') out->is_u = true;
    if (c == 'f') out->is_fstring = true;
  }
  out->quote = p < end ? *p : '"';
  int size = end - p >= 6 && p[1] == *p && p[2] == *p ? 3 : 1;
  out->triple = size == 3;
  out->body = p + size < end ? p + size : end;
  long body_len = (long)(end - p) - 2 * size;
  out->body_len = body_len > 0 ? (int)body_len : 0;
}

/* Records [message] as a SyntaxError at the token of [d]. */
static bool fail(const Decoder *d, const char *message) {
  diag_set(d->diag, DIAG_SYNTAX_ERROR, d->line, d->col + 1, d->line, 0, "%s",
           message);
  return false;
}

/* Appends [n] bytes at [s]; false (with an error recorded) when memory
 * runs out. */
static bool put(const Decoder *d, const char *s, size_t n) {
  return buf_append(d->out, s, n) || fail(d, "out of memory");
}

/* Appends code point [cp] as UTF-8 (surrogates too, as 3 bytes), or as
 * one byte (its low 8 bits) in a bytes literal. */
static bool put_code_point(const Decoder *d, uint32_t cp) {
  char b[4];
  size_t n;
  if (d->is_bytes) {
    b[0] = (char)(cp & 0xFF);
    n = 1;
  } else if (cp < 0x80) {
    b[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    b[0] = (char)(0xC0 | cp >> 6);
    b[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | cp >> 12);
    b[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = (char)(0xF0 | cp >> 18);
    b[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    b[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return put(d, b, n);
}

/* The offset in CPython's rewritten text (see the top of this file) of
 * byte [off] of the text of [d]: a non-ASCII character counts 10 bytes,
 * a backslash before one counts 6 ("\u005c"), and "\r\n" counts 1. */
static long converted_offset(const Decoder *d, int off) {
  const unsigned char *s = (const unsigned char *)d->text;
  long v = 0;
  for (int i = 0; i < off; i++) {
    if (s[i] == '\\') {
      bool before_ascii = i + 1 < d->len && s[i + 1] < 0x80;
      v += before_ascii ? 1 : 6;
      if (before_ascii && i + 1 < off) { /* copied along with it */
        v++;
        i++;
      }
    } else if (s[i] == '\r' && i + 1 < off && s[i + 1] == '\n') {
      v++; /* read as one "\n" */
      i++;
    } else if (s[i] < 0x80) {
      v++;
    } else if (s[i] >= 0xC0) { /* the first byte of a character */
      v += 10;
    }
  }
  return v;
}

/* Reports an 'unicodeescape' codec error [why] for the escape that starts
 * at byte [start] and spans [span] bytes. */
static bool codec_error(const Decoder *d, int start, int span,
                        const char *why) {
  long from = converted_offset(d, start);
  char message[200];
  snprintf(message, sizeof message,
           "(unicode error) 'unicodeescape' codec can't decode bytes in "
           "position %ld-%ld: %s",
           from, from + span - 1, why);
  return fail(d, message);
}

/* The value of hex digit [c], or -1. */
static int hex_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes \x, \u or \U with [digits] hex digits in a str literal; the
 * backslash is at [i]. Returns the index after it, -1 after an error. */
static int hex_escape(const Decoder *d, int i, int digits) {
  static const char *const truncated[] = {"truncated \\xXX escape",
                                          "truncated \\uXXXX escape",
                                          "truncated \\UXXXXXXXX escape"};
  uint32_t cp = 0;
  int j = i + 2;
  for (int k = 0; k < digits; k++, j++) {
    int v = j < d->len ? hex_value((unsigned char)d->text[j]) : -1;
    if (v < 0) {
      codec_error(d, i, j - i,
                  truncated[digits == 2   ? 0
                            : digits == 4 ? 1
                                          : 2]);
      return -1;
    }
    cp = cp << 4 | (uint32_t)v;
  }
  if (cp > 0x10FFFF) {
    codec_error(d, i, j - i, "illegal Unicode character");
    return -1;
  }
  return put_code_point(d, cp) ? j : -1;
}

/* Decodes \xhh in a bytes literal; the backslash is at [i]. */
static int bytes_hex_escape(const Decoder *d, int i) {
  int hi = i + 2 < d->len ? hex_value((unsigned char)d->text[i + 2]) : -1;
  int lo = i + 3 < d->len ? hex_value((unsigned char)d->text[i + 3]) : -1;
  if (hi < 0 || lo < 0) {
    char message[100];
    snprintf(message, sizeof message,
             "(value error) invalid \\x escape at position %d", i);
    fail(d, message);
    return -1;
  }
  return put_code_point(d, (uint32_t)(hi << 4 | lo)) ? i + 4 : -1;
}

/* Decodes an octal escape of 1 to 3 digits; the backslash is at [i]. */
static int octal_escape(const Decoder *d, int i) {
  uint32_t cp = 0;
  int j = i + 1;
  for (; j < d->len && j < i + 4; j++) {
    int c = d->text[j];
    if (c < '0' || c > '7') break;
    cp = cp * 8 + (uint32_t)(c - '0');
  }
  return put_code_point(d, cp) ? j : -1;
}

/* True if the [len] bytes at [name] spell [upper] in any case. */
static bool name_equals(const char *name, int len, const char *upper) {
  if ((int)strlen(upper) != len) return false;
  for (int i = 0; i < len; i++) {
    int c = (unsigned char)name[i];
    if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
    if (c != upper[i]) return false;
  }
  return true;
}

/* Matches the names given by rule: LATIN SMALL/CAPITAL LETTER A-Z and
 * DIGIT ZERO-NINE. */
static bool algorithmic_name(const char *name, int len, uint32_t *cp) {
  static const char *const digits[] = {"ZERO", "ONE", "TWO",   "THREE", "FOUR",
                                       "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
  char upper[32];
  for (int i = 0; i < 10; i++) {
    snprintf(upper, sizeof upper, "DIGIT %s", digits[i]);
    if (name_equals(name, len, upper)) {
      *cp = '0' + (uint32_t)i;
      return true;
    }
  }
  int letter = len > 0 ? name[len - 1] & ~0x20 : 0;
  if (letter < 'A' || letter > 'Z') return false;
  snprintf(upper, sizeof upper, "LATIN CAPITAL LETTER %c", letter);
  if (name_equals(name, len, upper)) {
    *cp = (uint32_t)letter;
    return true;
  }
  snprintf(upper, sizeof upper, "LATIN SMALL LETTER %c", letter);
  if (name_equals(name, len, upper)) {
    *cp = (uint32_t)letter + ('a' - 'A');
    return true;
  }
  return false;
}

/* Looks up the character named by the [len] bytes at [name]. */
static bool lookup_name(const char *name, int len, uint32_t *cp) {
  for (size_t i = 0; i < sizeof char_names / sizeof char_names[0]; i++) {
    if (name_equals(name, len, char_names[i].name)) {
      *cp = char_names[i].cp;
      return true;
    }
  }
  return algorithmic_name(name, len, cp);
}

/* Decodes \N{name} in a str literal; the backslash is at [i]. */
static int named_escape(const Decoder *d, int i) {
  static const char malformed[] = "malformed \\N character escape";
  int open = i + 2;
  if (open >= d->len || d->text[open] != '{') {
    codec_error(d, i, open - i, malformed);
    return -1;
  }
  int close = open + 1;
  while (close < d->len && d->text[close] != '}') close++;
  if (close >= d->len || close == open + 1) {
    codec_error(d, i, close - i, malformed);
    return -1;
  }
  uint32_t cp;
  if (!lookup_name(d->text + open + 1, close - open - 1, &cp)) {
    codec_error(d, i, close + 1 - i, "unknown Unicode character name");
    return -1;
  }
  return put_code_point(d, cp) ? close + 1 : -1;
}

/* The byte that the one-character escape [c] stands for, or -1. */
static int simple_escape(int c) {
  switch (c) {
  case '\\': return '\\';
  case '\'': return '\'';
  case '"': return '"';
  case 'a': return '\a';
  case 'b': return '\b';
  case 'f': return '\f';
  case 'n': return '\n';
  case 'r': return '\r';
  case 't': return '\t';
  case 'v': return '\v';
  default: return -1;
  }
}

/* Decodes the escape whose backslash is at [i]; returns the index after
 * it, or -1 after recording an error. */
static int escape(const Decoder *d, int i) {
  if (i + 1 >= d->len) {
    if (!d->is_bytes) return put(d, "\\", 1) ? i + 1 : -1;
    fail(d, "(value error) Trailing \\ in string");
    return -1;
  }
  int c = (unsigned char)d->text[i + 1];
  if (c == '\n') return i + 2;
  if (c == '\r') return i + 2 + (i + 2 < d->len && d->text[i + 2] == '\n');
  int simple = simple_escape(c);
  if (simple >= 0) {
    char b = (char)simple;
    return put(d, &b, 1) ? i + 2 : -1;
  }
  if (c >= '0' && c <= '7') return octal_escape(d, i);
  if (c == 'x')
    return d->is_bytes ? bytes_hex_escape(d, i) : hex_escape(d, i, 2);
  if (!d->is_bytes && c == 'u') return hex_escape(d, i, 4);
  if (!d->is_bytes && c == 'U') return hex_escape(d, i, 8);
  if (!d->is_bytes && c == 'N') return named_escape(d, i);
  return put(d, "\\", 1) ? i + 1 : -1; /* kept as written */
}

/* The index of the first backslash (unless [raw]) or carriage return at
 * or after [i] in the text of [d], or its length. */
static int next_special(const Decoder *d, int i, bool raw) {
  while (i < d->len && d->text[i] != '\r' && (raw || d->text[i] != '\\')) i++;
  return i;
}

/* Copies the text of [d] from [i], turning each line break into "\n" as
 * CPython's newline translation does before it reads a literal, and
 * decoding escapes unless [raw]. */
static bool copy_text(const Decoder *d, int i, bool raw) {
  while (i < d->len) {
    int stop = next_special(d, i, raw);
    if (!put(d, d->text + i, (size_t)(stop - i))) return false;
    i = stop;
    if (i >= d->len) break;
    if (d->text[i] == '\r') {
      i += 1 + (i + 1 < d->len && d->text[i + 1] == '\n');
      if (!put(d, "\n", 1)) return false;
    } else if ((i = escape(d, i)) < 0) {
      return false;
    }
  }
  return true;
}

bool strlit_decode(const char *text, int len, bool is_raw, bool is_bytes,
                   ByteBuf *out, SyntaxDiag *diag, int line, int col) {
  Decoder d = {text, len, is_bytes, out, diag, line, col};
  if (is_bytes) {
    for (int i = 0; i < len; i++)
      if ((unsigned char)text[i] >= 0x80)
        return fail(&d, "bytes can only contain ASCII literal characters");
  }
  return copy_text(&d, 0, is_raw);
}
