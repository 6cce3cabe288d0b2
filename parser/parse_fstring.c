/* parse_fstring.c: string literals (concatenation, f-strings) and numbers.
 *
 * Adjacent STRING tokens make one node, as in CPython 3.11's
 * _PyPegen_concatenate_strings: plain literals are decoded and joined; once
 * an f-string takes part the result is a JoinedStr whose literal runs are
 * Constants and whose replacement fields are FormattedValues. Every one of
 * those nodes spans the whole concatenation, except a format spec's
 * JoinedStr (and its trailing literal), which spans the token it is in.
 *
 * A replacement field is found by scanning its text as CPython's
 * fstring_find_expr does (quotes, brackets, '!', ':', '=' and '}' at depth
 * 0), then its expression is parsed by a sub-parser over "(expr)", placed
 * where the expression sits in the module. Conversions (!r !s !a), nested
 * format specs (one level deep) and the self-documenting '=' follow
 * CPython, error messages included.
 */
#include <gmp.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/strlit.h"
#include "parser/parser_internal.h"
#include "vm/buffer.h"

/* Brackets an f-string expression may nest (CPython's MAXLEVEL). */
#define FSTRING_MAX_BRACKETS 200

/* A string node being built from literal pieces and fields. */
typedef struct StrBuilder {
  ByteBuf last;   /* literal text not yet turned into a Constant */
  NodeVec values; /* the Constant and FormattedValue nodes so far */
  bool fmode;     /* an f-string took part: the result is a JoinedStr */
} StrBuilder;

/* The tokens that position the nodes of a string. */
typedef struct StrTokens {
  const Token *first; /* the first STRING token of the concatenation */
  const Token *last;  /* the last one */
  const Token *cur;   /* the one being read */
} StrTokens;

static Node *fstring_spec(Parser *p, const char **s, const char *end, bool raw,
                          int depth, const StrTokens *tk);

/* Records an f-string error at the token after the strings, where
 * CPython's RAISE_SYNTAX_ERROR puts it. */
static bool fstring_error(Parser *p, const char *message) {
  parser_error_last(p, DIAG_SYNTAX_ERROR, "%s", message);
  return false;
}

/* Records the f-string error [message] and returns -1. */
static int scan_failed(Parser *p, const char *message) {
  fstring_error(p, message);
  return -1;
}

/* Decodes [len] bytes of literal [text] from token [t] onto [out]. */
static bool decode(Parser *p, const char *text, int len, bool raw, bool bytes,
                   ByteBuf *out, const Token *t) {
  SyntaxDiag scratch = {0};
  SyntaxDiag *diag = p->quiet > 0 ? &scratch : p->diag;
  if (strlit_decode(text, len, raw, bytes, out, diag, t->line, t->col))
    return true;
  p->failed = true;
  if (p->quiet == 0 && p->speculating > 0) p->stopped = true;
  return false;
}

/* A Constant of [kind] holding a copy of [len] bytes at [s], spanning
 * tokens [first] to [last]. */
static Node *text_constant(Parser *p, ConstKind kind, const char *s, size_t len,
                           const Token *first, const Token *last) {
  Node *n = parser_node_at(p, NODE_CONSTANT, (Pos){first->line, first->col},
                           (Pos){last->end_line, last->end_col});
  const char *copy = n ? parser_strndup(p, s ? s : "", len) : NULL;
  if (!copy) return NULL;
  n->as.constant.value.kind = kind;
  n->as.constant.value.as.s = copy;
  n->as.constant.value.len = len;
  if (kind == CONST_STR && first->start[0] == 'u') n->as.constant.kind = "u";
  return n;
}

/* Turns the pending literal text of [b] into a Constant spanning [first]
 * to [last]. */
static bool flush_literal(Parser *p, StrBuilder *b, const Token *first,
                          const Token *last) {
  if (b->last.len == 0) return true;
  Node *c = text_constant(p, CONST_STR, b->last.data, b->last.len, first, last);
  buf_clear(&b->last);
  return c && parser_push(p, &b->values, c);
}

/* The node [b] stands for, spanning [first] to [last]: a Constant, or a
 * JoinedStr once an f-string took part. */
static Node *finish(Parser *p, StrBuilder *b, const Token *first,
                    const Token *last) {
  if (!b->fmode)
    return text_constant(p, CONST_STR, b->last.data, b->last.len, first, last);
  if (!flush_literal(p, b, first, last)) return NULL;
  Node *n = parser_node_at(p, NODE_JOINED_STR, (Pos){first->line, first->col},
                           (Pos){last->end_line, last->end_col});
  if (n) n->as.joined_str.values = parser_list(&b->values);
  return n;
}

/* ---- literal text ---------------------------------------------------- */

/* literal -> (CHAR | '{{' | '}}' | '\N{' NAME '}')+
 *
 * Reads literal text at [*s] up to a '{' that opens a field, a '}' that
 * closes a format spec ([depth] > 0), or [end], appending it decoded to
 * [b]. Returns 1 after a doubled brace (the caller goes on reading), 0 at
 * a field or the end, -1 on error (CPython's fstring_find_literal). */
static int find_literal(Parser *p, const char **s, const char *end, bool raw,
                        int depth, StrBuilder *b, const Token *t) {
  const char *start = *s, *q = *s;
  int result = 0;
  while (q < end) {
    char ch = *q++;
    if (!raw && ch == '\\' && q < end) {
      ch = *q++;
      if (ch == 'N') {
        if (q < end && *q++ == '{')
          while (q < end && *q++ != '}') {
          }
        continue;
      }
    }
    if (ch != '{' && ch != '}') continue;
    if (depth == 0 && q < end && *q == ch) {
      result = 1;
      break;
    }
    if (depth == 0 && ch == '}') {
      *s = q - 1;
      return scan_failed(p, "f-string: single '}' is not allowed");
    }
    q--;
    break;
  }
  *s = result ? q + 1 : q;
  if (q != start &&
      !decode(p, start, (int)(q - start), raw, false, &b->last, t))
    return -1;
  return result;
}

/* ---- replacement fields ---------------------------------------------- */

/* Where the scan of a field's text has got to. */
typedef struct FieldScan {
  char quote;  /* the quote of the string literal being crossed, or 0 */
  bool triple; /* that literal is triple-quoted */
  int nested;  /* brackets open */
  char stack[FSTRING_MAX_BRACKETS]; /* the open brackets, innermost last */
} FieldScan;

/* Crosses the quote character at [*s]: it opens a string literal inside
 * the field, or closes the one open, or is part of it. */
static void cross_quote(FieldScan *fs, const char **s, const char *end) {
  char ch = **s;
  bool three = *s + 2 < end && (*s)[1] == ch && (*s)[2] == ch;
  if (!fs->quote) {
    fs->quote = ch;
    fs->triple = three;
    if (three) *s += 2;
  } else if (ch == fs->quote && (!fs->triple || three)) {
    fs->quote = 0;
    if (fs->triple) *s += 2;
  }
}

/* Reports the closing bracket [ch] that matches no open one. */
static int unmatched(Parser *p, FieldScan *fs, char ch) {
  char message[96];
  if (!fs->nested) {
    snprintf(message, sizeof message, "f-string: unmatched '%c'", ch);
    return scan_failed(p, message);
  }
  char open = fs->stack[--fs->nested];
  if ((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
      (open == '{' && ch == '}'))
    return 0;
  snprintf(message, sizeof message,
           "f-string: closing parenthesis '%c' does not match opening "
           "parenthesis '%c'",
           ch, open);
  return scan_failed(p, message);
}

/* Looks at the character at [*s] outside string literals: 1 when it ends
 * the expression, -1 after an error, 0 to go on. */
static int scan_char(Parser *p, FieldScan *fs, const char **s,
                     const char *end) {
  char ch = **s;
  if (ch == '[' || ch == '{' || ch == '(') {
    if (fs->nested >= FSTRING_MAX_BRACKETS)
      return scan_failed(p, "f-string: too many nested parenthesis");
    fs->stack[fs->nested++] = ch;
    return 0;
  }
  if (ch == '#')
    return scan_failed(p, "f-string expression part cannot include '#'");
  if (ch == ']' || (ch == '}' && fs->nested) || ch == ')')
    return unmatched(p, fs, ch);
  if (fs->nested || !strchr("!:}=<>", ch)) return 0;
  char next = *s + 1 < end ? (*s)[1] : 0;
  if (next == '=' && strchr("!=<>", ch)) {
    (*s)++;
    return 0;
  }
  return ch != '<' && ch != '>';
}

/* field_text -> CHAR+
 *
 * Scans the expression of a field from [*s] (just past '{') to the '!',
 * ':', '=' or '}' that ends it, as CPython's fstring_find_expr does:
 * quotes and brackets are tracked, backslashes and '#' are refused. */
static bool scan_expression(Parser *p, const char **s, const char *end) {
  FieldScan fs = {0};
  for (; *s < end; (*s)++) {
    if (**s == '\\')
      return fstring_error(p, "f-string expression part cannot include a "
                              "backslash");
    if (fs.quote || **s == '\'' || **s == '"') {
      cross_quote(&fs, s, end);
      continue;
    }
    int r = scan_char(p, &fs, s, end);
    if (r < 0) return false;
    if (r > 0) break;
  }
  if (fs.quote) return fstring_error(p, "f-string: unterminated string");
  if (fs.nested) {
    char message[40];
    snprintf(message, sizeof message, "f-string: unmatched '%c'",
             fs.stack[fs.nested - 1]);
    return fstring_error(p, message);
  }
  return *s < end || fstring_error(p, "f-string: expecting '}'");
}

/* Where the expression of a field sits relative to its token [t], whose
 * '{' is at [brace]: the lines before it in [lines], and its column
 * offset in [cols] (CPython's fstring_find_expr_location). */
static void expression_location(const Token *t, const char *brace, int *lines,
                                int *cols) {
  *lines = 0;
  *cols = 0;
  bool newline_after_brace = true;
  for (const char *q = brace + 1; *q != '}' && *q != '\n' && *q; q++) {
    if (*q != ' ' && *q != '\t' && *q != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  if (!newline_after_brace) {
    const char *q = brace;
    while (q > t->start && *q != '\n') q--;
    *cols = (int)(brace - q) - (*q == '\n');
  }
  for (const char *q = t->start; q < brace; q++)
    if (*q == '\n') (*lines)++;
}

/* True when [text] of [len] bytes is only Python whitespace. */
static bool blank(const char *text, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!strchr(" \t\n\f", text[i])) return false;
  return true;
}

/* Reports a field with no expression before [end] (its '!', ':', '=' or
 * '}'). */
static Node *empty_field(Parser *p, const char *end) {
  char message[64];
  if (*end == '!' || *end == ':' || *end == '=')
    snprintf(message, sizeof message,
             "f-string: expression required before '%c'", *end);
  else
    snprintf(message, sizeof message, "f-string: empty expression not allowed");
  fstring_error(p, message);
  return NULL;
}

/* Parses [text] ("(expr)", [len] bytes) with a sub-parser whose tokens
 * are placed [lines] lines into token [t] and, on their first line,
 * [cols] columns in (CPython's fstring_compile_expr). */
static Node *sub_parse(Parser *p, const char *text, size_t len, const Token *t,
                       int lines, int cols) {
  Parser sub;
  parser_init(&sub, p->arena, text, len, p->diag);
  sub.root_source = p->root_source;
  sub.line_base = t->line + lines - 1;
  sub.col_base = lines ? cols : t->col + cols;
  sub.in_fstring = true;
  sub.speculating = p->speculating;
  sub.quiet = p->quiet;
  sub.nesting = p->nesting;
  sub.depth = p->depth;
  Node *e = parser_star_expressions(&sub);
  if (!e && !p->diag->set && sub.quiet == 0) parser_report_invalid(&sub);
  parser_release(&sub);
  if (sub.fatal) p->fatal = true;
  if (sub.stopped) p->stopped = true;
  if (!e) p->failed = true;
  return e;
}

/* Parses the field expression [start, end) of token [t] as
 * star_expressions over "(" text ")". */
static Node *compile_expression(Parser *p, const char *start, const char *end,
                                const Token *t) {
  size_t len = (size_t)(end - start);
  if (blank(start, len)) return empty_field(p, end);
  char *text = arena_alloc(p->arena, len + 3);
  if (!text) {
    parser_oom(p);
    return NULL;
  }
  text[0] = '(';
  memcpy(text + 1, start, len);
  text[len + 1] = ')';
  int lines, cols;
  expression_location(t, start - 1, &lines, &cols);
  return sub_parse(p, text, len + 2, t, lines, cols);
}

/* field_suffix -> ['=' WHITESPACE*] ['!' ('r' | 's' | 'a')] [':' format_spec]
 *                 '}'
 *
 * Reads the suffix of the field whose text is [start, *s) into [conv] and
 * [spec]; '=' copies the text into [b]. */
static bool field_suffix(Parser *p, const char **s, const char *end,
                         const char *start, bool raw, int depth, StrBuilder *b,
                         const StrTokens *tk, int *conv, Node **spec) {
  bool self_doc = **s == '=';
  if (self_doc) {
    for ((*s)++; *s < end && strchr(" \t\n\r\v\f", **s) && **s; (*s)++) {
    }
    if (*s >= end) return fstring_error(p, "f-string: expecting '}'");
    if (!buf_append(&b->last, start, (size_t)(*s - start))) {
      parser_oom(p);
      return false;
    }
  }
  if (**s == '!') {
    if (++*s >= end) return fstring_error(p, "f-string: expecting '}'");
    *conv = (unsigned char)*(*s)++;
    if (*conv != 's' && *conv != 'r' && *conv != 'a')
      return fstring_error(p, "f-string: invalid conversion character: "
                              "expected 's', 'r', or 'a'");
  }
  if (*s < end && **s == ':') {
    if (++*s >= end) return fstring_error(p, "f-string: expecting '}'");
    if (!(*spec = fstring_spec(p, s, end, raw, depth + 1, tk))) return false;
  }
  if (*s >= end || **s != '}')
    return fstring_error(p, "f-string: expecting '}'");
  (*s)++;
  if (self_doc && !*spec && *conv == -1) *conv = 'r';
  return true;
}

/* field -> '{' field_text field_suffix
 *
 * Reads the field at [*s] into a FormattedValue. */
static Node *field(Parser *p, const char **s, const char *end, bool raw,
                   int depth, StrBuilder *b, const StrTokens *tk) {
  if (depth >= 2) {
    fstring_error(p, "f-string: expressions nested too deeply");
    return NULL;
  }
  const char *start = ++*s;
  if (!scan_expression(p, s, end)) return NULL;
  Node *value = compile_expression(p, start, *s, tk->cur), *spec = NULL;
  int conv = -1;
  if (!value ||
      !field_suffix(p, s, end, start, raw, depth, b, tk, &conv, &spec))
    return NULL;
  Node *n = parser_node_at(p, NODE_FORMATTED_VALUE,
                           (Pos){tk->first->line, tk->first->col},
                           (Pos){tk->last->end_line, tk->last->end_col});
  if (!n) return NULL;
  n->as.formatted_value.value = value;
  n->as.formatted_value.conversion = conv;
  n->as.formatted_value.format_spec = spec;
  return n;
}

/* fstring_body -> (literal | field)*
 *
 * Reads the f-string text [*s, end) of token tk->cur into [b]; [depth]
 * is 0 for the string itself and 1 inside a format spec, which ends at
 * its '}' (CPython's _PyPegen_FstringParser_ConcatFstring). */
static bool fstring_body(Parser *p, StrBuilder *b, const char **s,
                         const char *end, bool raw, int depth,
                         const StrTokens *tk) {
  b->fmode = true;
  for (;;) {
    int r = find_literal(p, s, end, raw, depth, b, tk->cur);
    if (r < 0) return false;
    if (r == 1) continue;
    if (*s >= end || **s == '}') break;
    Node *e = field(p, s, end, raw, depth, b, tk);
    if (!e || !flush_literal(p, b, tk->first, tk->last) ||
        !parser_push(p, &b->values, e))
      return false;
  }
  if (depth == 0 && *s < end - 1)
    return fstring_error(p, "f-string: unexpected end of string");
  if (depth != 0 && (*s >= end || **s != '}'))
    return fstring_error(p, "f-string: expecting '}'");
  return true;
}

/* format_spec -> fstring_body
 *
 * Reads a format spec (after ':') up to its '}' into a JoinedStr that
 * spans the token being read. */
static Node *fstring_spec(Parser *p, const char **s, const char *end, bool raw,
                          int depth, const StrTokens *tk) {
  StrBuilder b = {0};
  buf_init(&b.last);
  Node *spec = fstring_body(p, &b, s, end, raw, depth, tk)
                   ? finish(p, &b, tk->cur, tk->cur)
                   : NULL;
  buf_free(&b.last);
  return spec;
}

/* ---- strings --------------------------------------------------------- */

/* Adds the STRING token tk->cur to [b] (str) or [bytes]. */
static bool add_string(Parser *p, StrBuilder *b, ByteBuf *bytes,
                       const StrLit *lit, const StrTokens *tk) {
  if (!lit->is_fstring)
    return decode(p, lit->body, lit->body_len, lit->is_raw, lit->is_bytes,
                  lit->is_bytes ? bytes : &b->last, tk->cur);
  const char *s = lit->body;
  return fstring_body(p, b, &s, lit->body + lit->body_len, lit->is_raw, 0, tk);
}

/* strings -> STRING+ */
Node *parser_strings(Parser *p) {
  int first = parser_mark(p);
  while (parser_check(p, TOK_STRING)) parser_advance(p);
  StrTokens tk = {parser_token(p, first), parser_prev(p), NULL};
  StrBuilder b = {0};
  ByteBuf bytes;
  buf_init(&b.last);
  buf_init(&bytes);
  bool ok = true, bytes_mode = false;
  for (int i = first; ok && i < parser_mark(p); i++) {
    StrLit lit;
    tk.cur = parser_token(p, i);
    strlit_split(tk.cur, &lit);
    if (i > first && lit.is_bytes != bytes_mode)
      ok = fstring_error(p, "cannot mix bytes and nonbytes literals");
    bytes_mode = lit.is_bytes;
    ok = ok && add_string(p, &b, &bytes, &lit, &tk);
  }
  Node *n = NULL;
  if (ok && bytes_mode)
    n = text_constant(p, CONST_BYTES, bytes.data, bytes.len, tk.first, tk.last);
  else if (ok)
    n = finish(p, &b, tk.first, tk.last);
  buf_free(&b.last);
  buf_free(&bytes);
  if (!n && !p->speculating) p->keep_error = true;
  return n;
}

/* ---- numbers --------------------------------------------------------- */

/* The value of the digit [c] in bases up to 16. */
static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return (c | 0x20) - 'a' + 10;
}

/* Reads [digits] in [base] into [c] as a big integer: its decimal
 * digits, converted by GMP. */
static bool big_int(Parser *p, const char *digits, int base, Constant *c) {
  mpz_t z;
  if (mpz_init_set_str(z, digits, base) != 0) {
    mpz_clear(z);
    parser_invalid(p);
    return false;
  }
  char *s = arena_alloc(p->arena, mpz_sizeinbase(z, 10) + 2);
  if (s) mpz_get_str(s, 10, z);
  mpz_clear(z);
  if (!s) {
    parser_oom(p);
    return false;
  }
  c->kind = CONST_BIGINT;
  c->as.s = s;
  c->len = strlen(s);
  return true;
}

/* Reads the integer literal [text] (underscores removed) into [c]: an
 * int64 when it fits, else the decimal digits of a big integer. */
static bool parse_int(Parser *p, const char *text, Constant *c) {
  int base = 10;
  const char *digits = text;
  if (text[0] == '0' && text[1]) {
    char x = (char)(text[1] | 0x20);
    base = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 10;
    if (base != 10) digits += 2;
  }
  uint64_t v = 0;
  bool big = false;
  for (const char *q = digits; *q && !big; q++) {
    uint64_t d = (uint64_t)digit_value(*q);
    big = v > (UINT64_MAX - d) / (uint64_t)base;
    v = v * (uint64_t)base + d;
  }
  if (big || v > (uint64_t)INT64_MAX) return big_int(p, digits, base, c);
  c->kind = CONST_INT;
  c->as.i = (int64_t)v;
  return true;
}

/* NUMBER -> INT | FLOAT
 *
 * An IMAGINARY token is rejected: Eddy has no complex numbers. */
Node *parser_number(Parser *p) {
  Pos start = parser_start(p);
  const Token *t = parser_advance(p);
  if (t->kind == TOK_IMAGINARY) {
    parser_error_token(p, t, "complex numbers are not supported by Eddy");
    if (!p->speculating) p->keep_error = true;
    return NULL;
  }
  char *text = arena_alloc(p->arena, (size_t)t->length + 1);
  Node *n = text ? parser_node(p, NODE_CONSTANT, start) : NULL;
  if (!n) {
    if (!text) parser_oom(p);
    return NULL;
  }
  size_t len = 0;
  for (int i = 0; i < t->length; i++)
    if (t->start[i] != '_') text[len++] = t->start[i];
  text[len] = '\0';
  Constant *c = &n->as.constant.value;
  if (t->kind == TOK_INT) return parse_int(p, text, c) ? n : NULL;
  c->kind = CONST_FLOAT;
  c->as.f = strtod(text, NULL);
  return n;
}
