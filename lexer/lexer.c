/* lexer.c: the tokenizer, following CPython 3.11's Parser/tokenizer.c.
 *
 * The scanner reads bytes through [cur] and never past [end]; the NUL
 * after the source is never relied on, so sources holding NUL bytes are
 * handled (and rejected) like any other. A line is checked for NUL bytes
 * and invalid UTF-8 when the lexer first steps onto it, which is when
 * CPython reads it, so errors come out in CPython's order.
 *
 * Line breaks are "\n", "\r\n" and a lone "\r", as CPython's universal
 * newlines make them. Token positions follow CPython's tokenizer: a NEWLINE
 * is zero-length at its line break; INDENT and DEDENT are zero-length at
 * the first token of their line; the NEWLINE made up for a last line
 * without a line break sits just after its last character; the closing
 * DEDENTs and EOF sit on the last line one column further on, where
 * CPython's tokenizer stands after the line break (which it adds to a
 * source that lacks one).
 *
 * Error positions follow CPython's too: most messages put the caret under
 * the last character read (CPython's syntaxerror()), converted to the
 * character columns a SyntaxDiag holds.
 */
#include "lexer/lexer.h"

#include <stdarg.h>
#include <string.h>

#define TAB_SIZE 8    /* CPython's tabsize */
#define END_CHAR (-1) /* what peek() returns at the end of the source */

/* ---- characters ------------------------------------------------------ */

/* The byte at [p] as 0..255, or END_CHAR when [p] is past the source. */
static int peek_at(const Lexer *lx, const char *p) {
  return p < lx->end ? (unsigned char)*p : END_CHAR;
}

/* The byte at the read position. */
static int peek(const Lexer *lx) { return peek_at(lx, lx->cur); }

/* The length of the line break at [p] ("\r\n" is 2), 0 if there is none. */
static int newline_len(const Lexer *lx, const char *p) {
  int c = peek_at(lx, p);
  if (c == '\n') return 1;
  if (c != '\r') return 0;
  return peek_at(lx, p + 1) == '\n' ? 2 : 1;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

static bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* A character that may start a name (CPython's
 * is_potential_identifier_start): non-ASCII bytes are checked later. */
static bool is_name_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c >= 128;
}

static bool is_name_char(int c) { return is_name_start(c) || is_digit(c); }

static bool is_quote(int c) { return c == '\'' || c == '"'; }

/* Decodes the UTF-8 character at [p] (before [end]) into [cp] and returns
 * its length; returns 0 when the bytes are not UTF-8, with [why] set to
 * the reason Python's codec gives. */
static int utf8_decode(const unsigned char *p, const unsigned char *end,
                       uint32_t *cp, const char **why) {
  unsigned c = p[0];
  int n = c < 0x80   ? 1
          : c < 0xC2 ? 0
          : c < 0xE0 ? 2
          : c < 0xF0 ? 3
          : c < 0xF5 ? 4
                     : 0;
  *why = "invalid start byte";
  if (n == 0) return 0;
  uint32_t value = n == 1 ? c : c & (0x7F >> n);
  for (int i = 1; i < n; i++) {
    if (p + i >= end) {
      *why = "unexpected end of data";
      return 0;
    }
    unsigned b = p[i];
    unsigned lo = 0x80, hi = 0xBF;
    if (i == 1 && c == 0xE0) lo = 0xA0;
    if (i == 1 && c == 0xED) hi = 0x9F;
    if (i == 1 && c == 0xF0) lo = 0x90;
    if (i == 1 && c == 0xF4) hi = 0x8F;
    if (b < lo || b > hi) {
      *why = "invalid continuation byte";
      return 0;
    }
    value = value << 6 | (b & 0x3F);
  }
  *cp = value;
  return n;
}

/* ---- non-ASCII names ------------------------------------------------- */

/* How a non-ASCII character may appear in a name. */
typedef enum {
  ID_OK,     /* anywhere in a name */
  ID_CONT,   /* in a name but not first (marks, digits, connectors) */
  ID_BAD,    /* not in a name; printable */
  ID_HIDDEN, /* not in a name; not printable */
} IdClass;

/* A range of code points sharing an IdClass. */
typedef struct IdRange {
  uint32_t lo;  /* first code point */
  uint32_t hi;  /* last code point */
  IdClass kind; /* how they may appear in names */
} IdRange;

/* Python's XID_Start/XID_Continue and isprintable() for the blocks where
 * source text commonly holds non-name characters (Latin-1 punctuation,
 * modifier symbols, general punctuation, symbols, arrows, CJK punctuation
 * and symbols, full-width forms, musical symbols, emoji), generated from
 * Python 3.11's unicodedata; every other non-ASCII character is taken as a
 * letter. */
static const IdRange id_ranges[] = {
    {0x80, 0xA0, ID_HIDDEN},     {0xA1, 0xA9, ID_BAD},
    {0xAB, 0xAC, ID_BAD},        {0xAD, 0xAD, ID_HIDDEN},
    {0xAE, 0xB4, ID_BAD},        {0xB6, 0xB6, ID_BAD},
    {0xB7, 0xB7, ID_CONT},       {0xB8, 0xB9, ID_BAD},
    {0xBB, 0xBF, ID_BAD},        {0xD7, 0xD7, ID_BAD},
    {0xF7, 0xF7, ID_BAD},        {0x2C2, 0x2C5, ID_BAD},
    {0x2D2, 0x2DF, ID_BAD},      {0x2E5, 0x2EB, ID_BAD},
    {0x2ED, 0x2ED, ID_BAD},      {0x2EF, 0x2FF, ID_BAD},
    {0x300, 0x36F, ID_CONT},     {0x660, 0x669, ID_CONT},
    {0x6F0, 0x6F9, ID_CONT},     {0x966, 0x96F, ID_CONT},
    {0x2000, 0x200F, ID_HIDDEN}, {0x2010, 0x2027, ID_BAD},
    {0x2028, 0x202F, ID_HIDDEN}, {0x2030, 0x203E, ID_BAD},
    {0x203F, 0x2040, ID_CONT},   {0x2041, 0x2053, ID_BAD},
    {0x2054, 0x2054, ID_CONT},   {0x2055, 0x205E, ID_BAD},
    {0x205F, 0x206F, ID_HIDDEN}, {0x2070, 0x2070, ID_BAD},
    {0x2074, 0x207E, ID_BAD},    {0x2080, 0x208F, ID_BAD},
    {0x20A0, 0x20CF, ID_BAD},    {0x20D0, 0x20DC, ID_CONT},
    {0x20DD, 0x20E0, ID_BAD},    {0x20E1, 0x20E1, ID_CONT},
    {0x20E2, 0x20E4, ID_BAD},    {0x20E5, 0x20FF, ID_CONT},
    {0x2100, 0x2101, ID_BAD},    {0x2103, 0x2106, ID_BAD},
    {0x2108, 0x2109, ID_BAD},    {0x2114, 0x2114, ID_BAD},
    {0x2116, 0x2117, ID_BAD},    {0x211E, 0x2123, ID_BAD},
    {0x2125, 0x2125, ID_BAD},    {0x2127, 0x2127, ID_BAD},
    {0x2129, 0x2129, ID_BAD},    {0x213A, 0x213B, ID_BAD},
    {0x2140, 0x2144, ID_BAD},    {0x214A, 0x214D, ID_BAD},
    {0x214F, 0x215F, ID_BAD},    {0x2189, 0x2BFF, ID_BAD},
    {0x2E00, 0x2FFF, ID_BAD},    {0x3000, 0x3000, ID_HIDDEN},
    {0x3001, 0x3004, ID_BAD},    {0x3008, 0x3020, ID_BAD},
    {0x302A, 0x302F, ID_CONT},   {0x3030, 0x3030, ID_BAD},
    {0x3036, 0x3037, ID_BAD},    {0x303D, 0x303F, ID_BAD},
    {0x3200, 0x33FF, ID_BAD},    {0xE000, 0xF8FF, ID_HIDDEN},
    {0xFE10, 0xFE1F, ID_BAD},    {0xFE20, 0xFE2F, ID_CONT},
    {0xFE30, 0xFE32, ID_BAD},    {0xFE33, 0xFE34, ID_CONT},
    {0xFE35, 0xFE4C, ID_BAD},    {0xFE4D, 0xFE4F, ID_CONT},
    {0xFE50, 0xFE6F, ID_BAD},    {0xFEFF, 0xFF00, ID_HIDDEN},
    {0xFF01, 0xFF0F, ID_BAD},    {0xFF10, 0xFF19, ID_CONT},
    {0xFF1A, 0xFF20, ID_BAD},    {0xFF3B, 0xFF3E, ID_BAD},
    {0xFF3F, 0xFF3F, ID_CONT},   {0xFF40, 0xFF40, ID_BAD},
    {0xFF5B, 0xFF65, ID_BAD},    {0xFFF9, 0xFFFB, ID_HIDDEN},
    {0xFFFC, 0xFFFF, ID_BAD},    {0x1D000, 0x1D164, ID_BAD},
    {0x1D165, 0x1D169, ID_CONT}, {0x1D16A, 0x1D16C, ID_BAD},
    {0x1D16D, 0x1D172, ID_CONT}, {0x1D173, 0x1D17A, ID_HIDDEN},
    {0x1D17B, 0x1D182, ID_CONT}, {0x1D183, 0x1D184, ID_BAD},
    {0x1D185, 0x1D18B, ID_CONT}, {0x1D18C, 0x1D1A9, ID_BAD},
    {0x1D1AA, 0x1D1AD, ID_CONT}, {0x1D1AE, 0x1D241, ID_BAD},
    {0x1D242, 0x1D244, ID_CONT}, {0x1D245, 0x1D24F, ID_BAD},
    {0x1D300, 0x1D35F, ID_BAD},  {0x1F000, 0x1FBEF, ID_BAD},
    {0x1FBF0, 0x1FBFF, ID_CONT},
};

/* The IdClass of the non-ASCII code point [cp] (binary search). */
static IdClass id_class(uint32_t cp) {
  size_t lo = 0, hi = sizeof id_ranges / sizeof id_ranges[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < id_ranges[mid].lo)
      hi = mid;
    else if (cp > id_ranges[mid].hi)
      lo = mid + 1;
    else
      return id_ranges[mid].kind;
  }
  return ID_OK;
}

/* ---- errors and tokens ----------------------------------------------- */

/* Records an error of [kind] at the given 1-based position (see diag.h),
 * with the message printf-style [fmt] and [ap], and marks [lx] failed. */
static void vreport(Lexer *lx, DiagKind kind, int line, int col, int end_col,
                    const char *fmt, va_list ap) {
  char message[sizeof lx->diag->message];
  vsnprintf(message, sizeof message, fmt, ap);
  diag_set(lx->diag, kind, line, col, line, end_col, "%s", message);
  lx->failed = true;
}

/* vreport() with the arguments of the message given directly. */
static void report(Lexer *lx, DiagKind kind, int line, int col, int end_col,
                   const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void report(Lexer *lx, DiagKind kind, int line, int col, int end_col,
                   const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreport(lx, kind, line, col, end_col, fmt, ap);
  va_end(ap);
}

/* The 1-based character column of the byte at [p] on the current line. */
static int char_col(const Lexer *lx, const char *p) {
  return diag_char_col(lx->line_start, (int)(p - lx->line_start));
}

/* Records a SyntaxError with the caret under the character just before
 * [upto], as CPython's syntaxerror() does with its read position. */
static void error_upto(Lexer *lx, const char *upto, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_upto(Lexer *lx, const char *upto, const char *fmt, ...) {
  int col = char_col(lx, upto) - 1;
  va_list ap;
  va_start(ap, fmt);
  vreport(lx, DIAG_SYNTAX_ERROR, lx->line, col, col, fmt, ap);
  va_end(ap);
}

/* A token of [kind] from [start] (on line [line], which begins at
 * [line_start]) up to the read position. */
static Token token_from(const Lexer *lx, TokenKind kind, const char *start,
                        int line, const char *line_start) {
  Token tok;
  tok.kind = kind;
  tok.start = start;
  tok.length = (int)(lx->cur - start);
  tok.line = line;
  tok.col = (int)(start - line_start);
  tok.end_line = lx->line;
  tok.end_col = (int)(lx->cur - lx->line_start);
  return tok;
}

/* A token of [kind] from [start] on the current line to the read
 * position. */
static Token token_here(const Lexer *lx, TokenKind kind, const char *start) {
  return token_from(lx, kind, start, lx->line, lx->line_start);
}

/* A zero-length token of [kind] at line [line], byte column [col]. */
static Token empty_token(const Lexer *lx, TokenKind kind, int line, int col) {
  Token tok = {kind, lx->cur, 0, line, col, line, col};
  return tok;
}

/* The TOK_ERROR token returned once an error was recorded. */
static Token error_token(const Lexer *lx) {
  return empty_token(lx, TOK_ERROR, lx->line, (int)(lx->cur - lx->line_start));
}

/* Where EOF and the tokens just before it sit: on the last line, one
 * column past its last character (CPython counts its line break as one
 * character). Stores the line in [line] and the byte column in [col]. */
static void end_position(const Lexer *lx, int *line, int *col) {
  const char *end = lx->end;
  *line = lx->line;
  if (lx->line_start < end) {
    *col = (int)(end - lx->line_start) + 1;
    return;
  }
  if (lx->line == 1) { /* empty source */
    *col = 0;
    return;
  }
  const char *p = end - 1; /* the final line break, "\r\n" is one */
  if (*p == '\n' && p > lx->source && p[-1] == '\r') p--;
  const char *start = p;
  while (start > lx->source && start[-1] != '\n' && start[-1] != '\r') start--;
  if (start == lx->source && p - start >= 3 &&
      memcmp(start, "\xEF\xBB\xBF", 3) == 0)
    start += 3; /* a byte order mark is not part of line 1 */
  *line = lx->line - 1;
  *col = (int)(p - start) + 1;
}

/* A zero-length INDENT, DEDENT or NEWLINE token at the read position, or
 * at the end position once the source is exhausted. */
static Token marker_token(const Lexer *lx, TokenKind kind) {
  if (lx->cur < lx->end)
    return empty_token(lx, kind, lx->line, (int)(lx->cur - lx->line_start));
  int line, col;
  end_position(lx, &line, &col);
  return empty_token(lx, kind, line, col);
}

/* ---- lines ----------------------------------------------------------- */

/* Reports the first NUL byte or invalid UTF-8 sequence of the current line
 * the first time it is asked about that line; CPython checks each line as
 * it reads it. */
static void check_line(Lexer *lx) {
  if (lx->line_checked) return;
  lx->line_checked = true;
  const unsigned char *p = (const unsigned char *)lx->line_start;
  const unsigned char *end = (const unsigned char *)lx->end;
  for (; p < end && *p != '\n' && *p != '\r'; p++) {
    if (*p == 0) {
      report(lx, DIAG_SYNTAX_ERROR, lx->line, 0, 0,
             "source code cannot contain null bytes");
      return;
    }
    if (*p < 0x80) continue;
    uint32_t cp;
    const char *why;
    int n = utf8_decode(p, end, &cp, &why);
    if (n == 0) {
      int col = char_col(lx, (const char *)p);
      report(lx, DIAG_SYNTAX_ERROR, lx->line, col, 0,
             "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
             "position %d: %s",
             *p, (int)(p - (const unsigned char *)lx->line_start), why);
      return;
    }
    p += n - 1;
  }
}

/* Steps over the line break at the read position onto the next line,
 * checking that line at once when [check] (a token in progress reads it)
 * or later (after a NEWLINE token, when the next token begins). */
static void next_line(Lexer *lx, bool check) {
  lx->cur += newline_len(lx, lx->cur);
  lx->line++;
  lx->line_start = lx->cur;
  lx->line_checked = false;
  if (check) check_line(lx);
}

/* Reports the end of input inside a construct: an unclosed bracket if one
 * is open, else "unexpected EOF" with the caret at [col] of [line]. */
static void unexpected_eof(Lexer *lx, int line, int col) {
  if (lx->paren_depth == 0) {
    report(lx, DIAG_SYNTAX_ERROR, line, col, 0, "unexpected EOF while parsing");
    return;
  }
  int top = lx->paren_depth - 1;
  int open_col = diag_char_col(lx->paren_line_starts[top], lx->paren_cols[top]);
  report(lx, DIAG_SYNTAX_ERROR, lx->paren_lines[top], open_col, 0,
         "'%c' was never closed", lx->parens[top]);
}

/* Reads a backslash at the read position that must end its line (explicit
 * line joining); false after reporting an error. */
static bool continuation(Lexer *lx) {
  const char *after = lx->cur + 1;
  int col = char_col(lx, after);
  int line = lx->line;
  lx->cur = after;
  if (newline_len(lx, after) == 0 && after < lx->end) {
    report(lx, DIAG_SYNTAX_ERROR, line, col, 0,
           "unexpected character after line continuation character");
    return false;
  }
  if (after < lx->end) next_line(lx, true);
  if (lx->cur >= lx->end) {
    unexpected_eof(lx, line, col);
    return false;
  }
  return !lx->failed;
}

/* ---- indentation ----------------------------------------------------- */

/* Reports an indentation error of [kind] with CPython's position for it:
 * the caret at the start ([at_end] false) or past the end of the line. */
static void indent_error(Lexer *lx, DiagKind kind, bool at_end,
                         const char *message) {
  int col = 1;
  if (at_end) {
    const char *p = lx->cur;
    while (p < lx->end && newline_len(lx, p) == 0) p++;
    col = char_col(lx, p);
  }
  report(lx, kind, lx->line, col, 0, "%s", message);
}

/* Compares the indentation [col] ([alt] with tab size 1) of a new logical
 * line with the open levels, queueing INDENT or DEDENT tokens; false after
 * reporting an error. */
static bool indent_to(Lexer *lx, int col, int alt) {
  static const char tab_msg[] =
      "inconsistent use of tabs and spaces in indentation";
  int depth = lx->indent_depth;
  if (col > lx->indents[depth]) {
    if (depth + 1 >= LEXER_MAX_INDENT) {
      indent_error(lx, DIAG_INDENTATION_ERROR, false,
                   "too many levels of indentation");
      return false;
    }
    if (alt <= lx->alt_indents[depth]) {
      indent_error(lx, DIAG_TAB_ERROR, false, tab_msg);
      return false;
    }
    lx->indent_depth = ++depth;
    lx->indents[depth] = col;
    lx->alt_indents[depth] = alt;
    lx->pending_indent = true;
    return true;
  }
  while (depth > 0 && col < lx->indents[depth]) {
    depth--;
    lx->pending_dedents++;
  }
  lx->indent_depth = depth;
  if (col != lx->indents[depth]) {
    indent_error(lx, DIAG_INDENTATION_ERROR, true,
                 "unindent does not match any outer indentation level");
    return false;
  }
  if (alt != lx->alt_indents[depth]) {
    indent_error(lx, DIAG_TAB_ERROR, false, tab_msg);
    return false;
  }
  return true;
}

/* Measures the indentation at the start of a line and, unless the line is
 * blank or inside brackets, compares it with the open levels. Sets
 * [blank] for lines holding only whitespace and a comment. A backslash in
 * the indentation joins lines; the first one that follows some
 * indentation fixes the level, as in CPython 3.11. False after an error. */
static bool read_indentation(Lexer *lx, bool *blank) {
  int col = 0, alt = 0, cont_col = 0;
  for (;;) {
    int c = peek(lx);
    if (c == ' ') {
      col++;
      alt++;
    } else if (c == '\t') {
      col = (col / TAB_SIZE + 1) * TAB_SIZE;
      alt++;
    } else if (c == '\f') {
      col = alt = 0;
    } else if (c == '\\') {
      if (cont_col == 0) cont_col = col;
      if (!continuation(lx)) return false;
      continue;
    } else {
      break;
    }
    lx->cur++;
  }
  int c = peek(lx);
  *blank = c == '#' || c == END_CHAR || newline_len(lx, lx->cur) > 0;
  if (*blank || lx->paren_depth > 0) return true;
  if (cont_col) col = alt = cont_col;
  return indent_to(lx, col, alt);
}

/* ---- names ----------------------------------------------------------- */

/* A keyword's spelling and kind. */
typedef struct Keyword {
  const char *text; /* the spelling */
  TokenKind kind;   /* its token */
} Keyword;

static const Keyword keywords[] = {
    {"False", TOK_FALSE},
    {"None", TOK_NONE},
    {"True", TOK_TRUE},
    {"and", TOK_AND},
    {"as", TOK_AS},
    {"assert", TOK_ASSERT},
    {"async", TOK_ASYNC},
    {"await", TOK_AWAIT},
    {"break", TOK_BREAK},
    {"class", TOK_CLASS},
    {"continue", TOK_CONTINUE},
    {"def", TOK_DEF},
    {"del", TOK_DEL},
    {"elif", TOK_ELIF},
    {"else", TOK_ELSE},
    {"except", TOK_EXCEPT},
    {"finally", TOK_FINALLY},
    {"for", TOK_FOR},
    {"from", TOK_FROM},
    {"global", TOK_GLOBAL},
    {"if", TOK_IF},
    {"import", TOK_IMPORT},
    {"in", TOK_IN},
    {"is", TOK_IS},
    {"lambda", TOK_LAMBDA},
    {"nonlocal", TOK_NONLOCAL},
    {"not", TOK_NOT},
    {"or", TOK_OR},
    {"pass", TOK_PASS},
    {"raise", TOK_RAISE},
    {"return", TOK_RETURN},
    {"try", TOK_TRY},
    {"while", TOK_WHILE},
    {"with", TOK_WITH},
    {"yield", TOK_YIELD},
};

/* The keyword kind of the [len] bytes at [text], or TOK_NAME. */
static TokenKind keyword_kind(const char *text, size_t len) {
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
    const char *k = keywords[i].text;
    if (strlen(k) == len && memcmp(k, text, len) == 0) return keywords[i].kind;
  }
  return TOK_NAME;
}

/* Reports the first character of the name [start, cur) that cannot be in
 * a name, as CPython's verify_identifier does; true if there is none. */
static bool verify_name(Lexer *lx, const char *start) {
  const unsigned char *p = (const unsigned char *)start;
  const unsigned char *end = (const unsigned char *)lx->cur;
  for (bool first = true; p < end; first = false) {
    uint32_t cp = *p;
    const char *why;
    int n = *p < 0x80 ? 1 : utf8_decode(p, end, &cp, &why);
    if (n == 0) { /* only after an earlier error */
      n = 1;
      cp = 0xFFFD;
    }
    IdClass kind = cp < 0x80 ? ID_OK : id_class(cp);
    if (kind == ID_OK || (kind == ID_CONT && !first)) {
      p += n;
      continue;
    }
    int col = char_col(lx, (const char *)p + n) - 1;
    if (kind == ID_HIDDEN)
      report(lx, DIAG_SYNTAX_ERROR, lx->line, col, col,
             "invalid non-printable character U+%04X", (unsigned)cp);
    else
      report(lx, DIAG_SYNTAX_ERROR, lx->line, col, col,
             "invalid character '%.*s' (U+%04X)", n, (const char *)p,
             (unsigned)cp);
    return false;
  }
  return true;
}

/* True if a string prefix (b, r, u, f, br, rb, fr, rf in any case)
 * followed by a quote starts at the read position; then moves the read
 * position to the quote. */
static bool string_prefix(Lexer *lx) {
  bool b = false, r = false, u = false, f = false;
  for (const char *p = lx->cur;; p++) {
    int c = peek_at(lx, p) | 0x20; /* lower case for letters */
    if (c == 'b' && !(b || u || f))
      b = true;
    else if (c == 'u' && !(b || u || r || f))
      u = true;
    else if (c == 'r' && !(r || u))
      r = true;
    else if (c == 'f' && !(f || b || u))
      f = true;
    else
      return false;
    if (is_quote(peek_at(lx, p + 1))) {
      lx->cur = p + 1;
      return true;
    }
  }
}

/* ---- strings --------------------------------------------------------- */

/* Reports an unterminated string that started at [start], on line [line]
 * beginning at [line_start]; [triple] for triple-quoted ones. */
static void unterminated(Lexer *lx, const char *start, int line,
                         const char *line_start, bool triple) {
  int detected = lx->line;
  /* CPython counts the lines it read; a final line break opens none. */
  if (lx->cur >= lx->end && lx->line_start == lx->end && detected > 1)
    detected--;
  int col = diag_char_col(line_start, (int)(start - line_start));
  report(lx, DIAG_SYNTAX_ERROR, line, col, col,
         "unterminated %sstring literal (detected at line %d)",
         triple ? "triple-quoted " : "", detected);
}

/* Scans a string literal whose prefix begins at [start] and whose opening
 * quote is at the read position. */
static Token scan_string(Lexer *lx, const char *start) {
  int line = lx->line;
  const char *line_start = lx->line_start;
  int quote = peek(lx);
  int size = 1, closing = 0;
  lx->cur++;
  if (peek(lx) == quote) {
    lx->cur++;
    if (peek(lx) == quote)
      lx->cur++, size = 3;
    else
      closing = 1; /* the empty string */
  }
  while (closing != size) {
    int c = peek(lx);
    bool newline = newline_len(lx, lx->cur) > 0;
    if (c == END_CHAR || (size == 1 && newline)) {
      unterminated(lx, start, line, line_start, size == 3);
      return error_token(lx);
    }
    if (lx->failed) return error_token(lx);
    closing = c == quote ? closing + 1 : 0;
    if (newline) {
      next_line(lx, true);
      continue;
    }
    lx->cur++;
    if (c != '\\') continue;
    if (newline_len(lx, lx->cur))
      next_line(lx, true);
    else if (lx->cur < lx->end)
      lx->cur++;
  }
  return token_from(lx, TOK_STRING, start, line, line_start);
}

/* Scans a name, keyword or prefixed string starting at the read position. */
static Token scan_name(Lexer *lx) {
  const char *start = lx->cur;
  if (string_prefix(lx)) return scan_string(lx, start);
  bool ascii = true;
  while (is_name_char(peek(lx))) {
    if (peek(lx) >= 128) ascii = false;
    lx->cur++;
  }
  if (!ascii && !verify_name(lx, start)) return error_token(lx);
  size_t len = (size_t)(lx->cur - start);
  return token_here(lx, keyword_kind(start, len), start);
}

/* ---- numbers --------------------------------------------------------- */

/* True if a keyword that may follow a number in valid code ("1if x else
 * y") starts at [p]: CPython's verify_end_of_number accepts these. */
static bool keyword_follows(const Lexer *lx, const char *p) {
  int c = peek_at(lx, p);
  if (c == 'i') {
    int c2 = peek_at(lx, p + 1);
    return c2 == 'f' || c2 == 'n' || c2 == 's';
  }
  const char *rest = c == 'a'   ? "nd"
                     : c == 'e' ? "lse"
                     : c == 'f' ? "or"
                     : c == 'o' ? "r"
                     : c == 'n' ? "ot"
                                : NULL;
  if (!rest) return false;
  size_t n = strlen(rest);
  if (lx->end - (p + 1) < (ptrdiff_t)n || memcmp(p + 1, rest, n) != 0)
    return false;
  return !is_name_char(peek_at(lx, p + 1 + n));
}

/* Checks what follows a number of [kind] ("decimal", "hexadecimal", ...):
 * an ASCII name character glued to it is an error; false after reporting
 * it. (A non-ASCII one starts the next token, as in CPython.) */
static bool end_of_number(Lexer *lx, const char *kind) {
  int c = peek(lx);
  if (keyword_follows(lx, lx->cur) || c >= 128 || !is_name_char(c)) return true;
  error_upto(lx, lx->cur, "invalid %s literal", kind);
  return false;
}

/* Reads digits with single underscores between them, starting at a digit
 * (CPython's tok_decimal_tail); false after reporting an error. */
static bool decimal_tail(Lexer *lx) {
  for (;;) {
    while (is_digit(peek(lx))) lx->cur++;
    if (peek(lx) != '_') return true;
    lx->cur++;
    if (!is_digit(peek(lx))) {
      error_upto(lx, lx->cur, "invalid decimal literal");
      return false;
    }
  }
}

/* True if [c] is a digit of base [radix] ('x', 'o' or 'b'). */
static bool radix_digit(int c, int radix) {
  if (radix == 'x') return is_xdigit(c);
  return c >= '0' && c <= (radix == 'o' ? '7' : '1');
}

/* Reads a 0x, 0o or 0b integer at the read position; false after an
 * error. */
static bool radix_number(Lexer *lx) {
  int radix = lx->cur[1] | 0x20;
  const char *name = radix == 'x'   ? "hexadecimal"
                     : radix == 'o' ? "octal"
                                    : "binary";
  lx->cur += 2;
  do {
    if (peek(lx) == '_') lx->cur++;
    int c = peek(lx);
    if (!radix_digit(c, radix)) {
      if (radix != 'x' && is_digit(c)) {
        error_upto(lx, lx->cur + 1, "invalid digit '%c' in %s literal", c,
                   name);
      } else {
        error_upto(lx, lx->cur, "invalid %s literal", name);
      }
      return false;
    }
    while (radix_digit(peek(lx), radix)) lx->cur++;
  } while (peek(lx) == '_');
  if (radix != 'x' && is_digit(peek(lx))) {
    error_upto(lx, lx->cur + 1, "invalid digit '%c' in %s literal", peek(lx),
               name);
    return false;
  }
  return end_of_number(lx, name);
}

/* Reads an optional exponent and an optional j suffix after the digits of
 * a decimal number, setting [kind]; false after an error. */
static bool number_suffix(Lexer *lx, TokenKind *kind) {
  int c = peek(lx);
  if (c == 'e' || c == 'E') {
    const char *e = lx->cur++;
    c = peek(lx);
    if (c == '+' || c == '-') {
      lx->cur++;
      if (!is_digit(peek(lx))) {
        error_upto(lx, lx->cur, "invalid decimal literal");
        return false;
      }
    } else if (!is_digit(c)) { /* "1else": the number ends before e */
      lx->cur = e;
      if (keyword_follows(lx, e)) return true;
      error_upto(lx, e, "invalid decimal literal");
      return false;
    }
    *kind = TOK_FLOAT;
    if (!decimal_tail(lx)) return false;
    c = peek(lx);
  }
  if (c == 'j' || c == 'J') {
    lx->cur++;
    *kind = TOK_IMAGINARY;
    return end_of_number(lx, "imaginary");
  }
  return end_of_number(lx, "decimal");
}

/* Reads the fraction digits after a decimal point and what follows them;
 * the point was just read. */
static bool fraction(Lexer *lx, TokenKind *kind) {
  *kind = TOK_FLOAT;
  if (is_digit(peek(lx)) && !decimal_tail(lx)) return false;
  return number_suffix(lx, kind);
}

/* Reads a number starting with '0' that is not 0x/0o/0b: only zeros may
 * precede its point or exponent ("0_0", "00.5", "09.5" are fine, "007"
 * is not). */
static bool zero_number(Lexer *lx, TokenKind *kind) {
  const char *start = lx->cur++;
  for (;;) {
    if (peek(lx) == '_') {
      lx->cur++;
      if (!is_digit(peek(lx))) {
        error_upto(lx, lx->cur, "invalid decimal literal");
        return false;
      }
    }
    if (peek(lx) != '0') break;
    lx->cur++;
  }
  const char *nonzero = is_digit(peek(lx)) ? lx->cur : NULL;
  if (nonzero && !decimal_tail(lx)) return false;
  int c = peek(lx);
  if (c == '.') {
    lx->cur++;
    return fraction(lx, kind);
  }
  if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
    return number_suffix(lx, kind);
  if (!nonzero) return end_of_number(lx, "decimal");
  /* CPython gives this range in bytes, from the first zero through the
   * first other digit. */
  report(lx, DIAG_SYNTAX_ERROR, lx->line, (int)(start - lx->line_start) + 1,
         (int)(nonzero + 1 - lx->line_start),
         "leading zeros in decimal integer literals are not permitted; use "
         "an 0o prefix for octal integers");
  return false;
}

/* Scans a number at the read position (a digit, or a point before one). */
static Token scan_number(Lexer *lx) {
  const char *start = lx->cur;
  TokenKind kind = TOK_INT;
  bool ok;
  int c1 = peek_at(lx, start + 1) | 0x20;
  if (*start == '.') {
    lx->cur++;
    ok = fraction(lx, &kind);
  } else if (*start == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
    ok = radix_number(lx);
  } else if (*start == '0') {
    ok = zero_number(lx, &kind);
  } else {
    ok = decimal_tail(lx);
    if (ok && peek(lx) == '.') {
      lx->cur++;
      ok = fraction(lx, &kind);
    } else if (ok) {
      ok = number_suffix(lx, &kind);
    }
  }
  return ok ? token_here(lx, kind, start) : error_token(lx);
}

/* ---- operators and brackets ------------------------------------------ */

/* An operator's spelling and kind. */
typedef struct Operator {
  const char *text; /* the spelling */
  TokenKind kind;   /* its token; TOK_ERROR for "<>" */
} Operator;

/* Longest first, so the first match is the longest one. */
static const Operator operators[] = {
    {"**=", TOK_DOUBLESTAREQUAL},
    {"//=", TOK_DOUBLESLASHEQUAL},
    {">>=", TOK_RIGHTSHIFTEQUAL},
    {"<<=", TOK_LEFTSHIFTEQUAL},
    {"...", TOK_ELLIPSIS},
    {"!=", TOK_NOTEQUAL},
    {"%=", TOK_PERCENTEQUAL},
    {"&=", TOK_AMPEREQUAL},
    {"**", TOK_DOUBLESTAR},
    {"*=", TOK_STAREQUAL},
    {"+=", TOK_PLUSEQUAL},
    {"-=", TOK_MINEQUAL},
    {"->", TOK_ARROW},
    {"//", TOK_DOUBLESLASH},
    {"/=", TOK_SLASHEQUAL},
    {":=", TOK_COLONEQUAL},
    {"<<", TOK_LEFTSHIFT},
    {"<=", TOK_LESSEQUAL},
    {"<>", TOK_ERROR},
    {"==", TOK_EQEQUAL},
    {">=", TOK_GREATEREQUAL},
    {">>", TOK_RIGHTSHIFT},
    {"@=", TOK_ATEQUAL},
    {"^=", TOK_CIRCUMFLEXEQUAL},
    {"|=", TOK_VBAREQUAL},
    {"(", TOK_LPAR},
    {")", TOK_RPAR},
    {"[", TOK_LSQB},
    {"]", TOK_RSQB},
    {"{", TOK_LBRACE},
    {"}", TOK_RBRACE},
    {":", TOK_COLON},
    {",", TOK_COMMA},
    {";", TOK_SEMI},
    {".", TOK_DOT},
    {"+", TOK_PLUS},
    {"-", TOK_MINUS},
    {"*", TOK_STAR},
    {"/", TOK_SLASH},
    {"|", TOK_VBAR},
    {"&", TOK_AMPER},
    {"<", TOK_LESS},
    {">", TOK_GREATER},
    {"=", TOK_EQUAL},
    {"%", TOK_PERCENT},
    {"~", TOK_TILDE},
    {"^", TOK_CIRCUMFLEX},
    {"@", TOK_AT},
    {"!", TOK_EXCLAMATION},
};

/* The operator spelled at the read position, or NULL. */
static const Operator *match_operator(const Lexer *lx) {
  ptrdiff_t left = lx->end - lx->cur;
  for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
    size_t n = strlen(operators[i].text);
    if ((ptrdiff_t)n <= left && memcmp(lx->cur, operators[i].text, n) == 0)
      return &operators[i];
  }
  return NULL;
}

/* Pushes the opening bracket [c] that starts at [start]; false if
 * brackets nest too deeply. */
static bool open_bracket(Lexer *lx, int c, const char *start) {
  int depth = lx->paren_depth;
  if (depth >= LEXER_MAX_PAREN) {
    error_upto(lx, lx->cur, "too many nested parentheses");
    return false;
  }
  lx->parens[depth] = (char)c;
  lx->paren_lines[depth] = lx->line;
  lx->paren_cols[depth] = (int)(start - lx->line_start);
  lx->paren_line_starts[depth] = lx->line_start;
  lx->paren_depth++;
  return true;
}

/* Pops the bracket that the closing bracket [c] closes; false after
 * reporting an unmatched or mismatched one. */
static bool close_bracket(Lexer *lx, int c) {
  if (lx->paren_depth == 0) {
    error_upto(lx, lx->cur, "unmatched '%c'", c);
    return false;
  }
  int depth = --lx->paren_depth;
  int open = lx->parens[depth];
  if ((open == '(' && c == ')') || (open == '[' && c == ']') ||
      (open == '{' && c == '}'))
    return true;
  if (lx->paren_lines[depth] != lx->line) {
    error_upto(lx, lx->cur,
               "closing parenthesis '%c' does not match opening "
               "parenthesis '%c' on line %d",
               c, open, lx->paren_lines[depth]);
  } else {
    error_upto(lx, lx->cur,
               "closing parenthesis '%c' does not match opening "
               "parenthesis '%c'",
               c, open);
  }
  return false;
}

/* Reports a character that starts no token, as CPython's parser does:
 * plain "invalid syntax" under it. */
static Token invalid_syntax(Lexer *lx, const char *start, int len) {
  int col = char_col(lx, start);
  report(lx, DIAG_SYNTAX_ERROR, lx->line, col, col + len, "invalid syntax");
  return error_token(lx);
}

/* Scans an operator or bracket at the read position. */
static Token scan_operator(Lexer *lx) {
  const char *start = lx->cur;
  const Operator *op = match_operator(lx);
  if (!op) return invalid_syntax(lx, start, 1);
  if (op->kind == TOK_ERROR) return invalid_syntax(lx, start, 2);
  lx->cur += strlen(op->text);
  int c = (unsigned char)*start;
  bool ok = true;
  if (c == '(' || c == '[' || c == '{') ok = open_bracket(lx, c, start);
  if (c == ')' || c == ']' || c == '}') ok = close_bracket(lx, c);
  return ok ? token_here(lx, op->kind, start) : error_token(lx);
}

/* ---- the token loop -------------------------------------------------- */

/* What comes at the end of the source: an error for an open bracket, the
 * NEWLINE the last line lacks, one DEDENT per open level, then EOF. */
static Token at_end(Lexer *lx) {
  if (lx->paren_depth > 0) {
    unexpected_eof(lx, lx->line, 0);
    return error_token(lx);
  }
  if (!lx->emitted_newline)
    return empty_token(lx, TOK_NEWLINE, lx->line,
                       (int)(lx->cur - lx->line_start));
  if (lx->indent_depth > 0) {
    lx->pending_dedents = lx->indent_depth - 1;
    lx->indent_depth = 0;
    return marker_token(lx, TOK_DEDENT);
  }
  lx->done = true;
  return marker_token(lx, TOK_EOF);
}

/* Scans the token that starts with the byte [c] at the read position. */
static Token scan_token(Lexer *lx, int c) {
  if (is_name_start(c)) return scan_name(lx);
  if (is_digit(c) || (c == '.' && is_digit(peek_at(lx, lx->cur + 1))))
    return scan_number(lx);
  if (is_quote(c)) return scan_string(lx, lx->cur);
  if (c < 0x20 || c == 0x7F) {
    int col = char_col(lx, lx->cur + 1) - 1;
    report(lx, DIAG_SYNTAX_ERROR, lx->line, col, col,
           "invalid non-printable character U+%04X", (unsigned)c);
    return error_token(lx);
  }
  return scan_operator(lx);
}

/* Skips spaces, tabs, form feeds and a comment. */
static void skip_blanks(Lexer *lx) {
  int c = peek(lx);
  while (c == ' ' || c == '\t' || c == '\f') c = peek_at(lx, ++lx->cur);
  if (c != '#') return;
  while (lx->cur < lx->end && newline_len(lx, lx->cur) == 0) lx->cur++;
}

/* Finds the next token: handles line starts, blank lines, line joining and
 * line ends, then scans the token itself. */
static Token next_token(Lexer *lx) {
  if (lx->pending_dedents > 0) {
    lx->pending_dedents--;
    return marker_token(lx, TOK_DEDENT);
  }
  for (;;) {
    if (lx->failed) return error_token(lx);
    bool blank = false;
    if (lx->at_line_start) {
      lx->at_line_start = false;
      if (!read_indentation(lx, &blank)) return error_token(lx);
      if (lx->pending_indent) {
        lx->pending_indent = false;
        return marker_token(lx, TOK_INDENT);
      }
      if (lx->pending_dedents > 0) return next_token(lx);
    }
    skip_blanks(lx);
    int c = peek(lx);
    if (c == END_CHAR) return at_end(lx);
    if (newline_len(lx, lx->cur) == 0) {
      if (c != '\\') return scan_token(lx, c);
      if (!continuation(lx)) return error_token(lx);
      continue;
    }
    if (!blank && lx->paren_depth == 0) {
      Token tok = marker_token(lx, TOK_NEWLINE);
      next_line(lx, false);
      lx->at_line_start = true;
      return tok;
    }
    next_line(lx, true);
    lx->at_line_start = true;
  }
}

void lexer_init(Lexer *lx, const char *source, size_t length,
                SyntaxDiag *diag) {
  memset(lx, 0, sizeof *lx);
  lx->source = source;
  lx->end = source + length;
  lx->cur = source;
  if (length >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) lx->cur += 3;
  lx->line_start = lx->cur;
  lx->line = 1;
  lx->at_line_start = true;
  lx->emitted_newline = true;
  lx->diag = diag;
}

Token lexer_next(Lexer *lx) {
  if (lx->failed) return error_token(lx);
  if (lx->done) return marker_token(lx, TOK_EOF);
  check_line(lx);
  Token tok = next_token(lx);
  if (lx->failed) return error_token(lx);
  if (tok.kind != TOK_INDENT && tok.kind != TOK_DEDENT)
    lx->emitted_newline = tok.kind == TOK_NEWLINE;
  return tok;
}
