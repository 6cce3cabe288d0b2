/* test_lexer.c: unit tests for the lexer (lexer.c) and the literal
 * decoder (strlit.c).
 *
 * Token streams are written as the kind names of token.h, with ":text"
 * added when a token's text differs from its kind name ("NAME:x", "INT:1",
 * but "=" and "if"). Every expected error message and position below was
 * taken from CPython 3.11 (compile() of the same source), the reference
 * for all of them.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "lexer/lexer.h"
#include "lexer/strlit.h"

/* One source that must fail, and the diagnostic CPython gives for it. */
typedef struct ErrorCase {
  const char *src;     /* the source text */
  DiagKind kind;       /* the exception class */
  const char *message; /* the message */
  int line;            /* SyntaxError.lineno */
  int col;             /* SyntaxError.offset */
  int end_line;        /* SyntaxError.end_lineno */
  int end_col;         /* SyntaxError.end_offset (0 for none or -1) */
} ErrorCase;

#define LEADING_ZEROS                                                          \
  "leading zeros in decimal integer literals are not permitted; use an 0o "    \
  "prefix for octal integers"
#define BAD_DEDENT "unindent does not match any outer indentation level"
#define TAB_MIX "inconsistent use of tabs and spaces in indentation"
#define LINE_CONT "unexpected character after line continuation character"

/* Lexes the [len] bytes of [src] into [out] (see the top of this file),
 * stopping after EOF or ERROR; errors go to [diag]. */
static void render_n(const char *src, size_t len, char *out, size_t cap,
                     SyntaxDiag *diag) {
  Lexer lx;
  lexer_init(&lx, src, len, diag);
  size_t used = 0;
  out[0] = '\0';
  for (int i = 0; i < 10000; i++) {
    Token tok = lexer_next(&lx);
    const char *name = token_kind_name(tok.kind);
    size_t name_len = strlen(name);
    bool same = (size_t)tok.length == name_len &&
                memcmp(tok.start, name, name_len) == 0;
    const char *sep = used ? " " : "";
    int n = tok.length == 0 || same
                ? snprintf(out + used, cap - used, "%s%s", sep, name)
                : snprintf(out + used, cap - used, "%s%s:%.*s", sep, name,
                           tok.length, tok.start);
    used += (size_t)n;
    cr_assert_lt(used, cap, "rendering overflows");
    if (tok.kind == TOK_EOF || tok.kind == TOK_ERROR) return;
  }
  cr_assert_fail("no EOF after 10000 tokens");
}

/* Asserts that [src] lexes to the token stream [expected]. */
static void expect_tokens(const char *src, const char *expected) {
  char out[4096];
  SyntaxDiag diag = {0};
  render_n(src, strlen(src), out, sizeof out, &diag);
  cr_assert_str_eq(out, expected, "source: %s\n diag: %s", src, diag.message);
  cr_assert(!diag.set, "unexpected error: %s", diag.message);
}

/* Asserts that lexing the source of [c] ends in the error of [c]. */
static void expect_error(const ErrorCase *c) {
  char out[4096];
  SyntaxDiag diag = {0};
  render_n(c->src, strlen(c->src), out, sizeof out, &diag);
  cr_assert(diag.set, "no error for: %s\n tokens: %s", c->src, out);
  cr_assert_str_eq(diag.message, c->message, "source: %s", c->src);
  cr_assert_eq(diag.kind, c->kind, "kind, source: %s", c->src);
  cr_assert_eq(diag.line, c->line, "line, source: %s", c->src);
  cr_assert_eq(diag.col, c->col, "col, source: %s", c->src);
  cr_assert_eq(diag.end_line, c->end_line, "end line, source: %s", c->src);
  cr_assert_eq(diag.end_col, c->end_col, "end col, source: %s", c->src);
}

/* Checks every case of the array [cases]. */
#define EXPECT_ERRORS(cases)                                                   \
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases)[0]; i++)                \
  expect_error(&(cases)[i])

/* The [n]th token (from 0) of [src]. */
static Token nth_token(const char *src, int n) {
  static SyntaxDiag diag;
  static Lexer lx;
  memset(&diag, 0, sizeof diag);
  lexer_init(&lx, src, strlen(src), &diag);
  Token tok = lexer_next(&lx);
  for (int i = 0; i < n; i++) tok = lexer_next(&lx);
  return tok;
}

/* Asserts that [tok] is a [kind] spanning [line]:[col] to
 * [end_line]:[end_col]. */
static void expect_span(Token tok, TokenKind kind, int line, int col,
                        int end_line, int end_col) {
  const char *name = token_kind_name(kind);
  cr_assert_eq(tok.kind, kind, "%s instead of %s", token_kind_name(tok.kind),
               name);
  cr_assert_eq(tok.line, line, "line of %s", name);
  cr_assert_eq(tok.col, col, "col of %s", name);
  cr_assert_eq(tok.end_line, end_line, "end line of %s", name);
  cr_assert_eq(tok.end_col, end_col, "end col of %s", name);
}

/* ---- token streams --------------------------------------------------- */

Test(lexer, simple_statements) {
  expect_tokens("x = 1\n", "NAME:x = INT:1 NEWLINE ENDMARKER");
  expect_tokens("print(a, b.c)\n",
                "NAME:print ( NAME:a , NAME:b . NAME:c ) NEWLINE ENDMARKER");
  expect_tokens("", "ENDMARKER");
  expect_tokens("\n\n  \n", "ENDMARKER");
  expect_tokens("a; b\n", "NAME:a ; NAME:b NEWLINE ENDMARKER");
}

Test(lexer, keywords_and_soft_keywords) {
  expect_tokens("False None True and as assert async await break class\n",
                "False None True and as assert async await break class "
                "NEWLINE ENDMARKER");
  expect_tokens("continue def del elif else except finally for from\n",
                "continue def del elif else except finally for from "
                "NEWLINE ENDMARKER");
  expect_tokens("global if import in is lambda nonlocal not or pass\n",
                "global if import in is lambda nonlocal not or pass "
                "NEWLINE ENDMARKER");
  expect_tokens("raise return try while with yield\n",
                "raise return try while with yield NEWLINE ENDMARKER");
  expect_tokens("match case type _ print iff Nonesuch\n",
                "NAME:match NAME:case NAME:type NAME:_ NAME:print NAME:iff "
                "NAME:Nonesuch NEWLINE ENDMARKER");
}

Test(lexer, operators_longest_match) {
  expect_tokens("a **= b //= c >>= d <<= e\n",
                "NAME:a **= NAME:b //= NAME:c >>= NAME:d <<= NAME:e "
                "NEWLINE ENDMARKER");
  expect_tokens("** // << >> <= >= == != -> := ...\n",
                "** // << >> <= >= == != -> := ... NEWLINE ENDMARKER");
  expect_tokens("+= -= *= /= %= &= |= ^= @=\n",
                "+= -= *= /= %= &= |= ^= @= NEWLINE ENDMARKER");
  expect_tokens("+ - * / % & | ^ ~ < > = @ : , ; . !\n",
                "+ - * / % & | ^ ~ < > = @ : , ; . ! NEWLINE ENDMARKER");
  expect_tokens("a***b ....x\n",
                "NAME:a ** * NAME:b ... . NAME:x NEWLINE ENDMARKER");
  expect_tokens("f(x)[0]{1}\n",
                "NAME:f ( NAME:x ) [ INT:0 ] { INT:1 } NEWLINE ENDMARKER");
}

Test(lexer, async_and_await_are_keywords) {
  expect_tokens("async def f():\n    await g()\n",
                "async def NAME:f ( ) : NEWLINE INDENT await NAME:g ( ) "
                "NEWLINE DEDENT ENDMARKER");
}

Test(lexer, comments) {
  expect_tokens("# only a comment\n", "ENDMARKER");
  expect_tokens("x = 1  # trailing\n", "NAME:x = INT:1 NEWLINE ENDMARKER");
  expect_tokens("x # no newline", "NAME:x NEWLINE ENDMARKER");
}

/* ---- indentation ----------------------------------------------------- */

Test(lexer, nested_blocks_dedent_several_levels) {
  expect_tokens("if a:\n"
                "    if b:\n"
                "        c\n"
                "d\n",
                "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT "
                "NAME:c NEWLINE DEDENT DEDENT NAME:d NEWLINE ENDMARKER");
  expect_tokens("if a:\n"
                "  if b:\n"
                "    c\n"
                "  d\n",
                "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT "
                "NAME:c NEWLINE DEDENT NAME:d NEWLINE DEDENT ENDMARKER");
}

Test(lexer, blank_and_comment_lines_keep_indentation) {
  expect_tokens("if a:\n"
                "    b\n"
                "\n"
                "# at column 0\n"
                "  # at column 2\n"
                "    c\n",
                "if NAME:a : NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE "
                "DEDENT ENDMARKER");
}

Test(lexer, unexpected_indent_is_left_to_the_parser) {
  expect_tokens("  x\n", "INDENT NAME:x NEWLINE DEDENT ENDMARKER");
}

Test(lexer, tabs_advance_to_multiples_of_eight) {
  expect_tokens("if a:\n\tb\n\tc\n",
                "if NAME:a : NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE "
                "DEDENT ENDMARKER");
  /* a tab, then a tab and spaces: deeper with both tab sizes */
  expect_tokens("if a:\n\tif b:\n\t  c\n",
                "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT "
                "NAME:c NEWLINE DEDENT DEDENT ENDMARKER");
}

Test(lexer, form_feed_resets_the_column) {
  expect_tokens("\fx = 1\n", "NAME:x = INT:1 NEWLINE ENDMARKER");
  expect_tokens("if a:\n  b\n  \f  c\n",
                "if NAME:a : NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE "
                "DEDENT ENDMARKER");
  expect_tokens("x\f= 1\n", "NAME:x = INT:1 NEWLINE ENDMARKER");
}

static const ErrorCase indentation_errors[] = {
    {"if x:\n    a\n  b\n", DIAG_INDENTATION_ERROR, BAD_DEDENT, 3, 4, 3, 0},
    {"if x:\n    a\n  b", DIAG_INDENTATION_ERROR, BAD_DEDENT, 3, 4, 3, 0},
    {"if x:\n\ta\n        b\n", DIAG_TAB_ERROR, TAB_MIX, 3, 1, 3, 0},
    {"if x:\n        a\n\tb\n", DIAG_TAB_ERROR, TAB_MIX, 3, 1, 3, 0},
    {"if x:\n  \ta\n\t  b\n", DIAG_TAB_ERROR, TAB_MIX, 3, 1, 3, 0},
    {"if 1:\n    x = 1\n  \\\n    y\n", DIAG_INDENTATION_ERROR, BAD_DEDENT, 4,
     6, 4, 0},
};

Test(lexer, indentation_errors) { EXPECT_ERRORS(indentation_errors); }

/* Writes into [out] [levels] nested "if x:" lines and a "pass" in the
 * innermost block. */
static void nested_ifs(char *out, int levels) {
  size_t used = 0;
  for (int i = 0; i <= levels; i++) {
    used += (size_t)sprintf(out + used, "%*s%s\n", i, "",
                            i < levels ? "if x:" : "pass");
  }
}

Test(lexer, too_many_levels_of_indentation) {
  static char src[20000];
  char out[4096];
  SyntaxDiag diag = {0};
  nested_ifs(src, 99);
  render_n(src, strlen(src), out, sizeof out, &diag);
  cr_assert(!diag.set, "99 levels are allowed: %s", diag.message);
  nested_ifs(src, 100);
  render_n(src, strlen(src), out, sizeof out, &diag);
  cr_assert_str_eq(diag.message, "too many levels of indentation");
  cr_assert_eq(diag.kind, DIAG_INDENTATION_ERROR);
  cr_assert_eq(diag.line, 101);
  cr_assert_eq(diag.col, 1);
}

Test(lexer, backslash_in_indentation_joins_lines) {
  /* CPython 3.11: the first backslash after some indentation fixes it */
  expect_tokens("if x:\n    \\\n  a\n",
                "if NAME:x : NEWLINE INDENT NAME:a NEWLINE DEDENT ENDMARKER");
  expect_tokens("\\\nx = 1\n", "NAME:x = INT:1 NEWLINE ENDMARKER");
}

/* ---- line joining ---------------------------------------------------- */

Test(lexer, brackets_join_lines) {
  expect_tokens("x = (1,\n"
                "  2,\n"
                "\n"
                "     # comment\n"
                "3)\n"
                "y\n",
                "NAME:x = ( INT:1 , INT:2 , INT:3 ) NEWLINE NAME:y NEWLINE "
                "ENDMARKER");
  expect_tokens("if a:\n  f([\n1], {\n  2: 3})\n",
                "if NAME:a : NEWLINE INDENT NAME:f ( [ INT:1 ] , { INT:2 : "
                "INT:3 } ) NEWLINE DEDENT ENDMARKER");
}

Test(lexer, backslash_continuation) {
  expect_tokens("x = 1 + \\\n    2\n",
                "NAME:x = INT:1 + INT:2 NEWLINE ENDMARKER");
  expect_tokens("x = \\\n\ny\n", "NAME:x = NEWLINE NAME:y NEWLINE ENDMARKER");
}

static const ErrorCase joining_errors[] = {
    {"a = 1 \\ b\n", DIAG_SYNTAX_ERROR, LINE_CONT, 1, 8, 1, 0},
    {"a = 1 \\", DIAG_SYNTAX_ERROR, "unexpected EOF while parsing", 1, 8, 1, 0},
    {"x = 1\nyy\\\n", DIAG_SYNTAX_ERROR, "unexpected EOF while parsing", 2, 4,
     2, 0},
    {"a = (1 \\\n", DIAG_SYNTAX_ERROR, "'(' was never closed", 1, 5, 1, 0},
};

Test(lexer, joining_errors) { EXPECT_ERRORS(joining_errors); }

static const ErrorCase bracket_errors[] = {
    {"a = (1, 2]\n", DIAG_SYNTAX_ERROR,
     "closing parenthesis ']' does not match opening parenthesis '('", 1, 10, 1,
     10},
    {"a = (1,\n 2]\n", DIAG_SYNTAX_ERROR,
     "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
     2, 3, 2, 3},
    {"a = 1)\n", DIAG_SYNTAX_ERROR, "unmatched ')'", 1, 6, 1, 6},
    {"a = }\n", DIAG_SYNTAX_ERROR, "unmatched '}'", 1, 5, 1, 5},
    {"a = (1,\n", DIAG_SYNTAX_ERROR, "'(' was never closed", 1, 5, 1, 0},
    {"a = {1: [2,\n  3\n", DIAG_SYNTAX_ERROR, "'[' was never closed", 1, 9, 1,
     0},
};

Test(lexer, bracket_errors) { EXPECT_ERRORS(bracket_errors); }

/* Writes into [out] "x=", [open] copies of [bracket], [close] closing
 * parentheses and a newline. */
static void nested_brackets(char *out, char bracket, int open, int close) {
  memcpy(out, "x=", 2);
  memset(out + 2, bracket, (size_t)open);
  memset(out + 2 + open, ')', (size_t)close);
  strcpy(out + 2 + open + close, "\n");
}

Test(lexer, too_many_nested_parentheses) {
  char src[500], out[4096];
  SyntaxDiag diag = {0};
  nested_brackets(src, '(', 200, 200);
  render_n(src, strlen(src), out, sizeof out, &diag);
  cr_assert(!diag.set, "200 levels are allowed: %s", diag.message);
  nested_brackets(src, '[', 201, 0);
  render_n(src, strlen(src), out, sizeof out, &diag);
  cr_assert_str_eq(diag.message, "too many nested parentheses");
  cr_assert_eq(diag.col, 203);
  cr_assert_eq(diag.end_col, 203);
}

/* ---- line ends ------------------------------------------------------- */

Test(lexer, eof_without_newline) {
  expect_tokens("if a:\n  b",
                "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT ENDMARKER");
  expect_tokens("if a:\n  if b:\n    c  # x",
                "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT "
                "NAME:c NEWLINE DEDENT DEDENT ENDMARKER");
}

Test(lexer, crlf_and_lone_cr_end_lines) {
  expect_tokens("if a:\r\n  b\r\nc\r\n",
                "if NAME:a : NEWLINE INDENT NAME:b NEWLINE DEDENT NAME:c "
                "NEWLINE ENDMARKER");
  expect_tokens("x = 1\ry = 2\r",
                "NAME:x = INT:1 NEWLINE NAME:y = INT:2 NEWLINE ENDMARKER");
  expect_tokens("x = (1,\r\n2) \\\r\n+ 3\r\n",
                "NAME:x = ( INT:1 , INT:2 ) + INT:3 NEWLINE ENDMARKER");
  expect_span(nth_token("ab\r\ncd\r\n", 2), TOK_NAME, 2, 0, 2, 2);
}

/* ---- positions ------------------------------------------------------- */

Test(lexer, token_positions) {
  const char *src = "if x:\n    yy = 'a\\\nb'\n";
  expect_span(nth_token(src, 0), TOK_IF, 1, 0, 1, 2);
  expect_span(nth_token(src, 1), TOK_NAME, 1, 3, 1, 4);
  expect_span(nth_token(src, 3), TOK_NEWLINE, 1, 5, 1, 5);
  expect_span(nth_token(src, 4), TOK_INDENT, 2, 4, 2, 4);
  expect_span(nth_token(src, 5), TOK_NAME, 2, 4, 2, 6);
  expect_span(nth_token(src, 7), TOK_STRING, 2, 9, 3, 2);
  expect_span(nth_token(src, 8), TOK_NEWLINE, 3, 2, 3, 2);
  /* past the last line break, on the last line, as CPython places them */
  expect_span(nth_token(src, 9), TOK_DEDENT, 3, 3, 3, 3);
  expect_span(nth_token(src, 10), TOK_EOF, 3, 3, 3, 3);
}

Test(lexer, positions_at_end_without_newline) {
  const char *src = "if x:\n  yy";
  expect_span(nth_token(src, 5), TOK_NAME, 2, 2, 2, 4);
  expect_span(nth_token(src, 6), TOK_NEWLINE, 2, 4, 2, 4);
  expect_span(nth_token(src, 7), TOK_DEDENT, 2, 5, 2, 5);
  expect_span(nth_token(src, 8), TOK_EOF, 2, 5, 2, 5);
  expect_span(nth_token("", 0), TOK_EOF, 1, 0, 1, 0);
}

Test(lexer, columns_are_bytes) {
  expect_span(nth_token("é = 'ü'\n", 2), TOK_STRING, 1, 5, 1, 9);
}

Test(lexer, eof_and_errors_repeat) {
  SyntaxDiag diag = {0};
  Lexer lx;
  lexer_init(&lx, "x", 1, &diag);
  cr_assert_eq(lexer_next(&lx).kind, TOK_NAME);
  cr_assert_eq(lexer_next(&lx).kind, TOK_NEWLINE);
  for (int i = 0; i < 3; i++) cr_assert_eq(lexer_next(&lx).kind, TOK_EOF);
  lexer_init(&lx, "x) + 'a\n", 8, &diag);
  cr_assert_eq(lexer_next(&lx).kind, TOK_NAME);
  for (int i = 0; i < 3; i++) cr_assert_eq(lexer_next(&lx).kind, TOK_ERROR);
  cr_assert_str_eq(diag.message, "unmatched ')'");
}

/* ---- numbers --------------------------------------------------------- */

Test(lexer, integers) {
  expect_tokens("0 00 0_0 7 1_000 0x1F 0XaB_cd 0o17 0O_7 0b1010 0B_1\n",
                "INT:0 INT:00 INT:0_0 INT:7 INT:1_000 INT:0x1F INT:0XaB_cd "
                "INT:0o17 INT:0O_7 INT:0b1010 INT:0B_1 NEWLINE ENDMARKER");
}

Test(lexer, floats_and_imaginaries) {
  expect_tokens("1.5 1e-3 .5 5. 1_000.5 1E+5 1.e5 00.5 09.5 0e5 1_0e1_0\n",
                "FLOAT:1.5 FLOAT:1e-3 FLOAT:.5 FLOAT:5. FLOAT:1_000.5 "
                "FLOAT:1E+5 FLOAT:1.e5 FLOAT:00.5 FLOAT:09.5 FLOAT:0e5 "
                "FLOAT:1_0e1_0 NEWLINE ENDMARKER");
  expect_tokens("1j 1.5J 09j 1e5j .5j 0.j\n",
                "IMAG:1j IMAG:1.5J IMAG:09j IMAG:1e5j IMAG:.5j IMAG:0.j "
                "NEWLINE ENDMARKER");
  expect_tokens("1..real\n", "FLOAT:1. . NAME:real NEWLINE ENDMARKER");
}

Test(lexer, number_followed_by_keyword) {
  /* CPython accepts these (with a warning that Eddy does not print) */
  expect_tokens("1if x else 2\n",
                "INT:1 if NAME:x else INT:2 NEWLINE ENDMARKER");
  expect_tokens("[0o1for x in y]\n",
                "[ INT:0o1 for NAME:x in NAME:y ] NEWLINE ENDMARKER");
  expect_tokens("1or 2 1and 2 1in x 1is x 1not in x 0o7or 1.5if\n",
                "INT:1 or INT:2 INT:1 and INT:2 INT:1 in NAME:x INT:1 is "
                "NAME:x INT:1 not in NAME:x INT:0o7 or FLOAT:1.5 if NEWLINE "
                "ENDMARKER");
  expect_tokens("1else 0xfor\n", "INT:1 else INT:0xf or NEWLINE ENDMARKER");
}

static const ErrorCase number_errors[] = {
    {"x = 007\n", DIAG_SYNTAX_ERROR, LEADING_ZEROS, 1, 5, 1, 7},
    {"x = 0_7\n", DIAG_SYNTAX_ERROR, LEADING_ZEROS, 1, 5, 1, 7},
    {"é=007\n", DIAG_SYNTAX_ERROR, LEADING_ZEROS, 1, 4, 1, 6},
    {"x = 1__0\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1_\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 6, 1, 6},
    {"x = 0x\n", DIAG_SYNTAX_ERROR, "invalid hexadecimal literal", 1, 6, 1, 6},
    {"x = 0x_\n", DIAG_SYNTAX_ERROR, "invalid hexadecimal literal", 1, 7, 1, 7},
    {"x = 0x1_\n", DIAG_SYNTAX_ERROR, "invalid hexadecimal literal", 1, 8, 1,
     8},
    {"x = 0xg\n", DIAG_SYNTAX_ERROR, "invalid hexadecimal literal", 1, 6, 1, 6},
    {"x = 0o\n", DIAG_SYNTAX_ERROR, "invalid octal literal", 1, 6, 1, 6},
    {"x = 0o8\n", DIAG_SYNTAX_ERROR, "invalid digit '8' in octal literal", 1, 7,
     1, 7},
    {"x = 0o1_8\n", DIAG_SYNTAX_ERROR, "invalid digit '8' in octal literal", 1,
     9, 1, 9},
    {"x = 0b2\n", DIAG_SYNTAX_ERROR, "invalid digit '2' in binary literal", 1,
     7, 1, 7},
    {"x = 0b12\n", DIAG_SYNTAX_ERROR, "invalid digit '2' in binary literal", 1,
     8, 1, 8},
    {"x = 0b\n", DIAG_SYNTAX_ERROR, "invalid binary literal", 1, 6, 1, 6},
    {"x = 1abc\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 5, 1, 5},
    {"x = 1e\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 5, 1, 5},
    {"x = 1e+\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 7, 1, 7},
    {"x = 1._5\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1.5_\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 8, 1, 8},
    {"x = 1e_5\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 5, 1, 5},
    {"x = 1j2\n", DIAG_SYNTAX_ERROR, "invalid imaginary literal", 1, 6, 1, 6},
    {"x = 0x1and 2\n", DIAG_SYNTAX_ERROR, "invalid hexadecimal literal", 1, 8,
     1, 8},
    {"x = 0b1a\n", DIAG_SYNTAX_ERROR, "invalid binary literal", 1, 7, 1, 7},
    {"x = 0o7a\n", DIAG_SYNTAX_ERROR, "invalid octal literal", 1, 7, 1, 7},
    {"x = 1.5e+_3\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 9, 1, 9},
    {"x = 1andy\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 5, 1, 5},
    {"x = 1_€\n", DIAG_SYNTAX_ERROR, "invalid decimal literal", 1, 6, 1, 6},
};

Test(lexer, number_errors) { EXPECT_ERRORS(number_errors); }

/* ---- strings --------------------------------------------------------- */

Test(lexer, string_forms) {
  expect_tokens("'a' \"b\" '' \"\" '''c''' \"\"\"d\"\"\" '''''' "
                "\"\"\"\"\"\"\n",
                "STRING:'a' STRING:\"b\" STRING:'' STRING:\"\" "
                "STRING:'''c''' STRING:\"\"\"d\"\"\" STRING:'''''' "
                "STRING:\"\"\"\"\"\" NEWLINE ENDMARKER");
  expect_tokens("'it\\'s' \"q\\\"\" '\\\\' '''a'b''c'''\n",
                "STRING:'it\\'s' STRING:\"q\\\"\" STRING:'\\\\' "
                "STRING:'''a'b''c''' NEWLINE ENDMARKER");
  expect_tokens("'''x\ny'''\n", "STRING:'''x\ny''' NEWLINE ENDMARKER");
}

Test(lexer, string_prefixes) {
  expect_tokens("r'a' u'b' b'c' br'd' rb'e' f'f' fr'g' rf'h'\n",
                "STRING:r'a' STRING:u'b' STRING:b'c' STRING:br'd' "
                "STRING:rb'e' STRING:f'f' STRING:fr'g' STRING:rf'h' "
                "NEWLINE ENDMARKER");
  expect_tokens("R'a' U'b' B'c' bR'd' Rb'e' F'f' fR'g' RF'h'\n",
                "STRING:R'a' STRING:U'b' STRING:B'c' STRING:bR'd' "
                "STRING:Rb'e' STRING:F'f' STRING:fR'g' STRING:RF'h' "
                "NEWLINE ENDMARKER");
  /* not prefixes: a name followed by a string */
  expect_tokens("ur'a' bu'b' fb'c'\n",
                "NAME:ur STRING:'a' NAME:bu STRING:'b' NAME:fb STRING:'c' "
                "NEWLINE ENDMARKER");
}

Test(lexer, fstrings_are_whole_tokens) {
  expect_tokens("f'{x!r:>{w}} {y}' f\"{'a'}\"\n",
                "STRING:f'{x!r:>{w}} {y}' STRING:f\"{'a'}\" NEWLINE "
                "ENDMARKER");
}

Test(lexer, backslash_newline_continues_a_string) {
  expect_tokens("x = 'ab\\\ncd'\n",
                "NAME:x = STRING:'ab\\\ncd' NEWLINE ENDMARKER");
}

static const ErrorCase string_errors[] = {
    {"x = \"abc\n", DIAG_SYNTAX_ERROR,
     "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"abc", DIAG_SYNTAX_ERROR,
     "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = 1\ny = \"\"\"abc\n\nz\n", DIAG_SYNTAX_ERROR,
     "unterminated triple-quoted string literal (detected at line 4)", 2, 5, 2,
     5},
    {"x = \"\"\"abc", DIAG_SYNTAX_ERROR,
     "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1,
     5},
    {"x = rb\"abc\\\"\n", DIAG_SYNTAX_ERROR,
     "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"abc\\\nde\n", DIAG_SYNTAX_ERROR,
     "unterminated string literal (detected at line 2)", 1, 5, 1, 5},
};

Test(lexer, string_errors) { EXPECT_ERRORS(string_errors); }

/* ---- names and characters -------------------------------------------- */

Test(lexer, non_ascii_names) {
  expect_tokens("café = λ + 日本\n",
                "NAME:café = NAME:λ + NAME:日本 NEWLINE ENDMARKER");
  expect_tokens("x·y a٣\n", "NAME:x·y NAME:a٣ NEWLINE ENDMARKER");
}

static const ErrorCase name_errors[] = {
    {"a€b = 1\n", DIAG_SYNTAX_ERROR, "invalid character '€' (U+20AC)", 1, 2, 1,
     2},
    {"٣a = 1\n", DIAG_SYNTAX_ERROR, "invalid character '٣' (U+0663)", 1, 1, 1,
     1},
    {"x = 1 + 😀\n", DIAG_SYNTAX_ERROR, "invalid character '😀' (U+1F600)", 1, 9,
     1, 9},
};

Test(lexer, invalid_characters_in_names) { EXPECT_ERRORS(name_errors); }

static const ErrorCase character_errors[] = {
    {"x = (€, ]\n", DIAG_SYNTAX_ERROR, "invalid character '€' (U+20AC)", 1, 6,
     1, 6},
    {"x = 1\xc2\xa0"
     "\n",
     DIAG_SYNTAX_ERROR, "invalid non-printable character U+00A0", 1, 6, 1, 6},
    {"x = \xe2\x80\x8b"
     "\n",
     DIAG_SYNTAX_ERROR, "invalid non-printable character U+200B", 1, 5, 1, 5},
    {"x = \x01"
     "\n",
     DIAG_SYNTAX_ERROR, "invalid non-printable character U+0001", 1, 5, 1, 5},
    {"x = \x7f"
     "\n",
     DIAG_SYNTAX_ERROR, "invalid non-printable character U+007F", 1, 5, 1, 5},
    {"a $ b\n", DIAG_SYNTAX_ERROR, "invalid syntax", 1, 3, 1, 4},
    {"a ? b\n", DIAG_SYNTAX_ERROR, "invalid syntax", 1, 3, 1, 4},
    {"`a`\n", DIAG_SYNTAX_ERROR, "invalid syntax", 1, 1, 1, 2},
    {"a <> b\n", DIAG_SYNTAX_ERROR, "invalid syntax", 1, 3, 1, 5},
    {"x = 1€\n", DIAG_SYNTAX_ERROR, "invalid character '€' (U+20AC)", 1, 6, 1,
     6},
};

Test(lexer, invalid_characters) { EXPECT_ERRORS(character_errors); }

Test(lexer, null_bytes) {
  static const char src[] = "x = 1\ny = 2\0\n";
  char out[4096];
  SyntaxDiag diag = {0};
  render_n(src, sizeof src - 1, out, sizeof out, &diag);
  cr_assert_str_eq(out, "NAME:x = INT:1 NEWLINE ERRORTOKEN");
  cr_assert_str_eq(diag.message, "source code cannot contain null bytes");
  cr_assert_eq(diag.line, 2);
  cr_assert_eq(diag.col, 0);
}

Test(lexer, invalid_utf8) {
  char out[4096];
  SyntaxDiag diag = {0};
  render_n("x = 1\ny = '\xff'\n", 12, out, sizeof out, &diag);
  cr_assert_str_eq(diag.message, "(unicode error) 'utf-8' codec can't decode "
                                 "byte 0xff in position 5: invalid start "
                                 "byte");
  cr_assert_eq(diag.line, 2);
  SyntaxDiag truncated = {0};
  render_n("# \xe2\x82\n", 5, out, sizeof out, &truncated);
  cr_assert_str_eq(truncated.message,
                   "(unicode error) 'utf-8' codec can't decode byte 0xe2 in "
                   "position 2: invalid continuation byte");
  SyntaxDiag at_end = {0};
  render_n("x\xc3", 2, out, sizeof out, &at_end);
  cr_assert_str_eq(at_end.message,
                   "(unicode error) 'utf-8' codec can't decode byte 0xc3 in "
                   "position 1: unexpected end of data");
}

Test(lexer, byte_order_mark_is_skipped) {
  expect_tokens("\xef\xbb\xbfx = 1\n", "NAME:x = INT:1 NEWLINE ENDMARKER");
  expect_span(nth_token("\xef\xbb\xbfx = 1\n", 0), TOK_NAME, 1, 0, 1, 1);
}

Test(lexer, every_prefix_ends_in_eof_or_error) {
  static const char src[] =
      "async def main(a, *, b=0x1F, **kw) -> None:\n"
      "    '''doc\n    string'''\n"
      "    x = [1.5e3, .5j, f'{a!r}', rb'\\x00', \"\\\"\"]  # note\n"
      "    if (a and\n\tb):\n"
      "        await x \\\n            .y\n"
      "\n    return {k: v for k, v in kw.items()}\n";
  for (size_t n = 0; n < sizeof src; n++) {
    char copy[sizeof src];
    memcpy(copy, src, n);
    copy[n] = '\0';
    char out[4096];
    SyntaxDiag diag = {0};
    render_n(copy, n, out, sizeof out, &diag);
    size_t len = strlen(out);
    bool eof = len >= 9 && strcmp(out + len - 9, "ENDMARKER") == 0;
    cr_assert(eof || diag.set, "prefix %zu: %s", n, out);
  }
}

/* ---- literal splitting and decoding ----------------------------------- */

/* Decodes the body of the literal token [lit] into [out] as the parser
 * would for a token at line 1, column 4; errors go to [diag]. */
static bool decode(const char *lit, ByteBuf *out, SyntaxDiag *diag) {
  int len = (int)strlen(lit);
  Token tok = {TOK_STRING, lit, len, 1, 4, 1, 4 + len};
  StrLit s;
  strlit_split(&tok, &s);
  buf_init(out);
  return strlit_decode(s.body, s.body_len, s.is_raw, s.is_bytes, out, diag,
                       tok.line, tok.col);
}

/* Asserts that the literal [lit] decodes to the [len] bytes [expected]. */
static void expect_decoded(const char *lit, const char *expected, size_t len) {
  ByteBuf out;
  SyntaxDiag diag = {0};
  cr_assert(decode(lit, &out, &diag), "%s: %s", lit, diag.message);
  cr_assert_eq(out.len, len, "length of %s", lit);
  cr_assert(len == 0 || memcmp(out.data, expected, len) == 0, "bytes of %s",
            lit);
  buf_free(&out);
}

/* Checks a decoding against the string literal [expected] (NULs too). */
#define EXPECT_DECODED(lit, expected)                                          \
  expect_decoded(lit, expected, sizeof(expected) - 1)

/* Asserts that decoding the literal [lit] fails with [message]. */
static void expect_decode_error(const char *lit, const char *message) {
  ByteBuf out;
  SyntaxDiag diag = {0};
  cr_assert(!decode(lit, &out, &diag), "%s decoded", lit);
  cr_assert_str_eq(diag.message, message, "literal: %s", lit);
  cr_assert_eq(diag.line, 1);
  cr_assert_eq(diag.col, 5);
  buf_free(&out);
}

Test(strlit, split_prefix_quotes_and_body) {
  StrLit s;
  Token tok = {TOK_STRING, "Rb'''a'b'''", 11, 1, 0, 1, 11};
  strlit_split(&tok, &s);
  cr_assert(s.is_bytes && s.is_raw && !s.is_fstring && !s.is_u && s.triple);
  cr_assert_eq(s.quote, '\'');
  cr_assert_eq(s.body_len, 3);
  cr_assert(memcmp(s.body, "a'b", 3) == 0);
  Token empty = {TOK_STRING, "f\"\"", 3, 1, 0, 1, 3};
  strlit_split(&empty, &s);
  cr_assert(s.is_fstring && !s.triple && s.body_len == 0 && s.quote == '"');
  Token u = {TOK_STRING, "u\"\"\"\"\"\"", 7, 1, 0, 1, 7};
  strlit_split(&u, &s);
  cr_assert(s.is_u && s.triple && s.body_len == 0);
}

Test(strlit, simple_escapes) {
  EXPECT_DECODED("'plain'", "plain");
  EXPECT_DECODED("'\\a\\b\\f\\n\\r\\t\\v'", "\a\b\f\n\r\t\v");
  EXPECT_DECODED("'\\\\ \\' \\\"'", "\\ ' \"");
  EXPECT_DECODED("'a\\\nb'", "ab");
  EXPECT_DECODED("'a\\\r\nb'", "ab");
  EXPECT_DECODED("'''a\r\nb\rc'''", "a\nb\nc");
}

Test(strlit, numeric_escapes) {
  EXPECT_DECODED("'\\0\\12\\101\\1234'", "\0\n\x41S4");
  EXPECT_DECODED("'\\777'", "\xc7\xbf");
  EXPECT_DECODED("'\\x41\\xe9'", "A\xc3\xa9");
  EXPECT_DECODED("'\\u20ac\\U0001F600'", "\xe2\x82\xac\xf0\x9f\x98\x80");
  EXPECT_DECODED("'\\ud800'", "\xed\xa0\x80");
}

Test(strlit, named_escapes) {
  EXPECT_DECODED("'\\N{BULLET}\\N{em dash}'", "\xe2\x80\xa2\xe2\x80\x94");
  EXPECT_DECODED("'\\N{LATIN SMALL LETTER Q}\\N{DIGIT SEVEN}'", "q7");
}

Test(strlit, unknown_escapes_are_kept) {
  EXPECT_DECODED("'\\q\\8\\é'", "\\q\\8\\\xc3\xa9");
  EXPECT_DECODED("b'\\u1234\\N{x}'", "\\u1234\\N{x}");
}

Test(strlit, raw_and_bytes) {
  EXPECT_DECODED("r'\\x\\n\\''", "\\x\\n\\'");
  EXPECT_DECODED("b'\\x00\\xff\\777'", "\0\xff\xff");
  EXPECT_DECODED("br'\\xff'", "\\xff");
  EXPECT_DECODED("'é€'", "\xc3\xa9\xe2\x82\xac");
}

Test(strlit, escape_errors) {
  expect_decode_error("'\\x'", "(unicode error) 'unicodeescape' codec can't "
                               "decode bytes in position 0-1: truncated "
                               "\\xXX escape");
  expect_decode_error("'é\\x4'", "(unicode error) 'unicodeescape' codec "
                                 "can't decode bytes in position 10-12: "
                                 "truncated \\xXX escape");
  expect_decode_error("'\\u12'", "(unicode error) 'unicodeescape' codec "
                                 "can't decode bytes in position 0-3: "
                                 "truncated \\uXXXX escape");
  expect_decode_error("'\\U1234567'", "(unicode error) 'unicodeescape' codec "
                                      "can't decode bytes in position 0-8: "
                                      "truncated \\UXXXXXXXX escape");
  expect_decode_error("'\\U00110000'", "(unicode error) 'unicodeescape' "
                                       "codec can't decode bytes in "
                                       "position 0-9: illegal Unicode "
                                       "character");
  expect_decode_error("'\\N{NOPE}'", "(unicode error) 'unicodeescape' codec "
                                     "can't decode bytes in position 0-7: "
                                     "unknown Unicode character name");
  expect_decode_error("'abc\\N{}'", "(unicode error) 'unicodeescape' codec "
                                    "can't decode bytes in position 3-5: "
                                    "malformed \\N character escape");
  expect_decode_error("'\\N{BULLET'", "(unicode error) 'unicodeescape' codec "
                                      "can't decode bytes in position 0-8: "
                                      "malformed \\N character escape");
}

Test(strlit, bytes_errors) {
  expect_decode_error("b'\\x4'", "(value error) invalid \\x escape at "
                                 "position 0");
  expect_decode_error("b'\\777\\x'", "(value error) invalid \\x escape at "
                                     "position 4");
  expect_decode_error("b'é'", "bytes can only contain ASCII literal "
                              "characters");
  expect_decode_error("rb'é'", "bytes can only contain ASCII literal "
                               "characters");
}
