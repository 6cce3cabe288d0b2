/* parser.c: the parser's token buffer, errors and node construction, and
 * the entry point parser_parse_module. The rules themselves live in
 * parse_stmt.c, parse_expr.c and parse_fstring.c (see parser_internal.h).
 */
#include <stdarg.h>
#include <string.h>

#include "parser/parser_internal.h"

/* Tokens are kept in chunks that never move, so a token pointer stays
 * valid while more tokens are read. */
#define CHUNK_BITS 8
#define CHUNK_SIZE (1 << CHUNK_BITS)

/* The buffered token at [index] (which must have been read). */
static TokenEntry *entry(Parser *p, int index) {
  return &p->chunks[index >> CHUNK_BITS][index & (CHUNK_SIZE - 1)];
}

void parser_init(Parser *p, Arena *arena, const char *source, size_t length,
                 SyntaxDiag *diag) {
  memset(p, 0, sizeof *p);
  p->arena = arena;
  p->root_source = source;
  p->diag = diag;
  p->match_newline = -1;
  lexer_init(&p->lexer, source, length, &p->lex_diag);
}

void parser_release(Parser *p) {
  for (int i = 0; i < p->nchunks; i++) free(p->chunks[i]);
  free(p->chunks);
  p->chunks = NULL;
  p->nchunks = 0;
}

/* Makes room for one more token; false when memory runs out. */
static bool grow(Parser *p) {
  if (p->count < p->nchunks * CHUNK_SIZE) return true;
  TokenEntry **chunks =
      realloc(p->chunks, sizeof(TokenEntry *) * (size_t)(p->nchunks + 1));
  if (!chunks) return false;
  p->chunks = chunks;
  chunks[p->nchunks] = malloc(sizeof(TokenEntry) * CHUNK_SIZE);
  if (!chunks[p->nchunks]) return false;
  p->nchunks++;
  return true;
}

/* Moves the token [t] of a sub-parser onto its place in the module, as
 * CPython does for f-string expressions: lines shift by [line_base], and
 * columns by [col_base] for tokens that end on the first line. */
static void shift(const Parser *p, Token *t) {
  if (t->end_line == 1) {
    t->col += p->col_base;
    t->end_col += p->col_base;
  }
  t->line += p->line_base;
  t->end_line += p->line_base;
}

/* Reads one more token from the lexer into the buffer. */
static bool read_token(Parser *p) {
  if (!grow(p)) return false;
  Token t = lexer_next(&p->lexer);
  if (p->line_base || p->col_base) shift(p, &t);
  if (t.kind == TOK_LPAR || t.kind == TOK_LSQB || t.kind == TOK_LBRACE)
    p->level++;
  if ((t.kind == TOK_RPAR || t.kind == TOK_RSQB || t.kind == TOK_RBRACE) &&
      p->level > 0)
    p->level--;
  TokenEntry *e = entry(p, p->count++);
  e->tok = t;
  e->level = p->level;
  return true;
}

/* True when the last buffered token ends the stream (EOF or an error):
 * asking for more repeats it. */
static bool at_end(Parser *p) {
  if (p->count == 0) return false;
  TokenKind kind = entry(p, p->count - 1)->tok.kind;
  return kind == TOK_EOF || kind == TOK_ERROR;
}

/* The buffered token at [index], reading tokens as needed. Once memory
 * has run out, tokens past those read are an ERROR token. Reads outside
 * checks move the furthest token (trials stand for alternatives CPython's
 * first pass tries; checks for its second pass, which does not count). */
static TokenEntry *fetch(Parser *p, int index) {
  while (p->count <= index && !at_end(p) && !p->fatal)
    if (!read_token(p)) parser_oom(p);
  if (index >= p->count && (p->fatal || p->count == 0)) {
    p->oom_entry.tok.kind = TOK_ERROR;
    return &p->oom_entry;
  }
  if (index >= p->count) index = p->count - 1;
  if (p->speculating == p->quiet && index > p->furthest) p->furthest = index;
  return entry(p, index);
}

const Token *parser_peek_at(Parser *p, int k) {
  return &fetch(p, p->pos + k)->tok;
}

const Token *parser_peek(Parser *p) { return parser_peek_at(p, 0); }

TokenKind parser_kind(Parser *p) { return parser_peek(p)->kind; }

TokenKind parser_kind_at(Parser *p, int k) {
  return parser_peek_at(p, k)->kind;
}

bool parser_check(Parser *p, TokenKind kind) { return parser_kind(p) == kind; }

bool parser_check_name(Parser *p, int k, const char *word) {
  const Token *t = parser_peek_at(p, k);
  size_t n = strlen(word);
  return t->kind == TOK_NAME && (size_t)t->length == n &&
         memcmp(t->start, word, n) == 0;
}

const Token *parser_advance(Parser *p) {
  TokenEntry *e = fetch(p, p->pos);
  if (p->pos < p->count - 1 || (p->pos == p->count - 1 && !at_end(p))) p->pos++;
  return &e->tok;
}

bool parser_accept(Parser *p, TokenKind kind) {
  if (!parser_check(p, kind)) return false;
  parser_advance(p);
  return true;
}

const Token *parser_prev(Parser *p) {
  return &fetch(p, p->pos > 0 ? p->pos - 1 : 0)->tok;
}

int parser_level(Parser *p) {
  return p->pos > 0 ? fetch(p, p->pos - 1)->level : 0;
}

int parser_level_at(Parser *p, int index) {
  return index >= 0 ? fetch(p, index)->level : 0;
}

const Token *parser_token(Parser *p, int index) {
  return &fetch(p, index)->tok;
}

bool parser_group_span(Parser *p, int from, int to) {
  if (to - from < 2 || parser_token(p, from)->kind != TOK_LPAR ||
      parser_token(p, to - 1)->kind != TOK_RPAR)
    return false;
  int base = parser_level_at(p, from - 1);
  for (int i = from; i < to - 1; i++)
    if (parser_level_at(p, i) <= base) return false;
  return true;
}

Pos parser_start(Parser *p) {
  const Token *t = parser_peek(p);
  return (Pos){t->line, t->col};
}

int parser_mark(Parser *p) { return p->pos; }

void parser_reset(Parser *p, int mark) { p->pos = mark; }

/* Ends a trial or check begun at [mark] (see parser_end_trial). */
static bool end_lookahead(Parser *p, int mark, bool keep) {
  p->speculating--;
  bool ok = !p->failed;
  if (p->fatal || p->stopped) {
    p->failed = true;
    return false;
  }
  p->failed = false;
  if (!ok || !keep) p->pos = mark;
  return ok;
}

int parser_begin_trial(Parser *p) {
  p->speculating++;
  p->quiet++;
  return p->pos;
}

bool parser_end_trial(Parser *p, int mark, bool keep) {
  p->quiet--;
  return end_lookahead(p, mark, keep);
}

int parser_begin_check(Parser *p) {
  p->speculating++;
  return p->pos;
}

bool parser_end_check(Parser *p, int mark, bool keep) {
  return end_lookahead(p, mark, keep);
}

/* ---- errors ---------------------------------------------------------- */

/* The first byte of line [line] (from 1) of [src], or of its last line. */
static const char *line_start(const char *src, int line) {
  const char *s = src;
  for (int n = 1; n < line; n++) {
    const char *nl = strchr(s, '\n');
    if (!nl) break;
    s = nl + 1;
  }
  return s;
}

int parser_char_col(const char *source, int line, int col) {
  return diag_char_col(line_start(source, line), col);
}

/* The 1-based character column of byte column [col] on line [line]. */
static int char_col(const Parser *p, int line, int col) {
  if (col < 0) return 0;
  return parser_char_col(p->root_source, line, col);
}

/* True when the furthest token read is a lexer error: CPython stops at a
 * tokenizer error before any parser error is raised. */
static bool lexer_error_ahead(Parser *p) {
  if (p->count == 0 || !p->lexer.failed) return false;
  return entry(p, p->count - 1)->tok.kind == TOK_ERROR;
}

/* Reports the lexer's error. A sub-parser's lexer read "(expr)" of an
 * f-string: its lines are moved to the f-string's place, and columns on
 * its first line by the offset of the expression. */
static void copy_lexer_error(Parser *p) {
  SyntaxDiag d = p->lex_diag;
  if (d.line == 1 && d.col > 0) d.col += p->col_base;
  if (d.end_line == 1 && d.end_col > 0) d.end_col += p->col_base;
  d.line += p->line_base;
  if (d.end_line > 0) d.end_line += p->line_base;
  *p->diag = d;
  p->keep_error = true;
}

/* True when an error met now is not recorded: an error is already there,
 * or a trial is under way, or (when [generic], plain "invalid syntax") a
 * check is. An error that is recorded inside a check stops the parse. */
static bool unrecorded(Parser *p, bool generic) {
  p->failed = true;
  if (p->diag->set || p->quiet > 0 || (generic && p->speculating > 0))
    return true;
  if (p->speculating > 0) p->stopped = true;
  return false;
}

/* Records [fmt] with arguments [ap] as an error of [kind] from [start] to
 * [end] (see unrecorded); [generic] for "invalid syntax". */
static void record(Parser *p, DiagKind kind, Pos start, Pos end, bool generic,
                   const char *fmt, va_list ap) {
  if (unrecorded(p, generic)) return;
  if (lexer_error_ahead(p)) {
    copy_lexer_error(p);
    return;
  }
  char message[sizeof p->diag->message];
  vsnprintf(message, sizeof message, fmt, ap);
  diag_set(p->diag, kind, start.line, char_col(p, start.line, start.col),
           end.line, char_col(p, end.line, end.col), "%s%s",
           p->in_fstring ? "f-string: " : "", message);
}

void parser_error_span(Parser *p, DiagKind kind, Pos start, Pos end,
                       const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  record(p, kind, start, end, false, fmt, ap);
  va_end(ap);
}

void parser_error_token(Parser *p, const Token *t, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  record(p, DIAG_SYNTAX_ERROR, (Pos){t->line, t->col},
         (Pos){t->end_line, t->end_col}, false, fmt, ap);
  va_end(ap);
}

void parser_error_node(Parser *p, const Node *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  record(p, DIAG_SYNTAX_ERROR, parser_node_start(n),
         (Pos){n->end_lineno, n->end_col_offset}, false, fmt, ap);
  va_end(ap);
}

void parser_error_range(Parser *p, const Node *a, const Node *b,
                        const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  record(p, DIAG_SYNTAX_ERROR, parser_node_start(a),
         (Pos){b->end_lineno, b->end_col_offset}, false, fmt, ap);
  va_end(ap);
}

/* The furthest token read outside trials. */
static const Token *furthest(Parser *p) { return &fetch(p, p->furthest)->tok; }

/* Records [fmt] at the furthest token read; [generic] as for record. */
static void error_at_furthest(Parser *p, DiagKind kind, bool generic,
                              const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void error_at_furthest(Parser *p, DiagKind kind, bool generic,
                              const char *fmt, ...) {
  const Token *t = furthest(p);
  va_list ap;
  va_start(ap, fmt);
  record(p, kind, (Pos){t->line, t->col}, (Pos){t->end_line, t->end_col},
         generic, fmt, ap);
  va_end(ap);
}

void parser_error_last(Parser *p, DiagKind kind, const char *fmt, ...) {
  const Token *t = furthest(p);
  va_list ap;
  va_start(ap, fmt);
  record(p, kind, (Pos){t->line, t->col}, (Pos){t->end_line, t->end_col}, false,
         fmt, ap);
  va_end(ap);
}

/* Records an IndentationError at the INDENT or DEDENT token [t]. CPython
 * has no column for these tokens and points at the last character of the
 * indentation instead, with no end. */
static void indentation_error(Parser *p, const Token *t, const char *message) {
  if (unrecorded(p, true)) return;
  int col = t->col > 0 ? char_col(p, t->line, t->col) - 1 : 0;
  diag_set(p->diag, DIAG_INDENTATION_ERROR, t->line, col, t->line, 0, "%s",
           message);
}

void parser_invalid(Parser *p) { p->failed = true; }

void parser_report_invalid(Parser *p) {
  const Token *t = furthest(p);
  if (t->kind == TOK_INDENT && !lexer_error_ahead(p))
    indentation_error(p, t, "unexpected indent");
  else if (t->kind == TOK_DEDENT && !lexer_error_ahead(p))
    indentation_error(p, t, "unexpected unindent");
  else
    error_at_furthest(p, DIAG_SYNTAX_ERROR, true, "invalid syntax");
}

void parser_oom(Parser *p) {
  p->failed = true;
  p->fatal = true;
  if (p->diag->set) return;
  diag_set(p->diag, DIAG_SYNTAX_ERROR, 0, 0, 0, 0, "out of memory");
}

/* Stops the parse at the next token with [message], even inside a trial:
 * input past the parser's limits gets no second look. */
static void fatal_error(Parser *p, const char *message) {
  const Token *t = parser_peek(p);
  p->failed = true;
  p->fatal = true;
  if (p->diag->set) return;
  diag_set(p->diag, DIAG_SYNTAX_ERROR, t->line, char_col(p, t->line, t->col),
           t->end_line, char_col(p, t->end_line, t->end_col), "%s", message);
}

bool parser_enter(Parser *p) {
  if (p->nesting >= PARSER_MAX_NESTING || p->depth >= PARSER_MAX_DEPTH) {
    fatal_error(p, "too many nested expressions");
    return false;
  }
  p->nesting++;
  p->depth++;
  return true;
}

void parser_leave(Parser *p) {
  p->nesting--;
  p->depth--;
}

bool parser_deepen(Parser *p) {
  if (p->depth >= PARSER_MAX_DEPTH) {
    fatal_error(p, "too many nested expressions");
    return false;
  }
  p->depth++;
  return true;
}

void parser_undeepen(Parser *p, int links) { p->depth -= links; }

/* ---- nodes ----------------------------------------------------------- */

Pos parser_node_start(const Node *n) { return (Pos){n->lineno, n->col_offset}; }

Node *parser_node_at(Parser *p, NodeKind kind, Pos start, Pos end) {
  Node *n = ast_new(p->arena, kind, start.line, start.col, end.line, end.col);
  if (!n) parser_oom(p);
  return n;
}

Pos parser_real_end(Parser *p) {
  int i = p->pos - 1;
  while (i > 0) {
    TokenKind kind = parser_token(p, i)->kind;
    if (kind != TOK_NEWLINE && kind != TOK_INDENT && kind != TOK_DEDENT &&
        kind != TOK_EOF)
      break;
    i--;
  }
  const Token *t = parser_token(p, i < 0 ? 0 : i);
  return (Pos){t->end_line, t->end_col};
}

Node *parser_node(Parser *p, NodeKind kind, Pos start) {
  const Token *t = parser_prev(p);
  return parser_node_at(p, kind, start, (Pos){t->end_line, t->end_col});
}

const char *parser_strndup(Parser *p, const char *s, size_t n) {
  char *copy = arena_strndup(p->arena, s, n);
  if (!copy) parser_oom(p);
  return copy;
}

const char *parser_name_text(Parser *p, const Token *t) {
  return parser_strndup(p, t->start, (size_t)t->length);
}

bool parser_push(Parser *p, NodeVec *vec, Node *n) {
  if (vec->count == vec->cap) {
    int cap = vec->cap ? vec->cap * 2 : 4;
    Node **items = arena_alloc(p->arena, sizeof(Node *) * (size_t)cap);
    if (!items) {
      parser_oom(p);
      return false;
    }
    if (vec->count)
      memcpy(items, vec->items, sizeof(Node *) * (size_t)vec->count);
    vec->items = items;
    vec->cap = cap;
  }
  vec->items[vec->count++] = n;
  return true;
}

NodeList parser_list(const NodeVec *vec) {
  NodeList list = {vec->items, vec->count};
  return list;
}

/* CPython's name for a Constant in messages. */
static const char *constant_name(const Node *e) {
  switch (e->as.constant.value.kind) {
  case CONST_NONE: return "None";
  case CONST_TRUE: return "True";
  case CONST_FALSE: return "False";
  case CONST_ELLIPSIS: return "ellipsis";
  default: return "literal";
  }
}

const char *parser_expr_name(const Node *e) {
  switch (e->kind) {
  case NODE_ATTRIBUTE: return "attribute";
  case NODE_SUBSCRIPT: return "subscript";
  case NODE_STARRED: return "starred";
  case NODE_NAME: return "name";
  case NODE_LIST: return "list";
  case NODE_TUPLE: return "tuple";
  case NODE_LAMBDA: return "lambda";
  case NODE_CALL: return "function call";
  case NODE_BOOL_OP:
  case NODE_BIN_OP:
  case NODE_UNARY_OP: return "expression";
  case NODE_GENERATOR_EXP: return "generator expression";
  case NODE_YIELD:
  case NODE_YIELD_FROM: return "yield expression";
  case NODE_AWAIT: return "await expression";
  case NODE_LIST_COMP: return "list comprehension";
  case NODE_SET_COMP: return "set comprehension";
  case NODE_DICT_COMP: return "dict comprehension";
  case NODE_DICT: return "dict literal";
  case NODE_SET: return "set display";
  case NODE_JOINED_STR:
  case NODE_FORMATTED_VALUE: return "f-string expression";
  case NODE_CONSTANT: return constant_name(e);
  case NODE_COMPARE: return "comparison";
  case NODE_IF_EXP: return "conditional expression";
  case NODE_NAMED_EXPR: return "named expression";
  default: return "expression";
  }
}

/* ---- the entry point ------------------------------------------------- */

/* True when the lexer error [lex] should replace a parser error whose
 * parse read tokens up to line [last_line]: CPython tokenizes the rest of
 * the source after a parser error, and a tokenizer error found there
 * wins if its tokenizer raised it at once. Some it only notes, to be
 * worded later: a stray character, a bad dedent, tabs, too deep an
 * indentation, a bad line continuation; these do not win. An unclosed
 * bracket wins when the parser had read past the line it opened on. */
static bool lexer_error_wins(const SyntaxDiag *lex, int last_line) {
  static const char *const noted[] = {
      "invalid syntax", "unindent does not match any outer indentation level",
      "too many levels of indentation",
      "unexpected character after line continuation character",
      "unexpected EOF while parsing"};
  const char *msg = lex->message;
  size_t n = strlen(msg), tail = strlen("was never closed");
  if (lex->kind == DIAG_TAB_ERROR) return false;
  for (size_t i = 0; i < sizeof noted / sizeof noted[0]; i++)
    if (strcmp(msg, noted[i]) == 0) return false;
  if (n >= tail && strcmp(msg + n - tail, "was never closed") == 0)
    return last_line > lex->line;
  return true;
}

/* After a parser error, reads the rest of the source for a lexer error
 * that takes precedence (see lexer_error_wins); CPython does not for an
 * unexpected indent. */
static void drain_lexer(Parser *p) {
  if (p->fatal || p->lexer.failed || p->count == 0 ||
      p->diag->kind == DIAG_INDENTATION_ERROR)
    return;
  int last_line = entry(p, p->count - 1)->tok.line;
  while (!p->lexer.failed && !p->lexer.done) lexer_next(&p->lexer);
  if (p->lexer.failed && lexer_error_wins(&p->lex_diag, last_line))
    *p->diag = p->lex_diag;
}

/* CPython's second parser pass, which words most syntax errors, takes a
 * statement `match x` (a name "match", an expression, a line end) for a
 * match statement missing its ':', and reports that at the token where
 * its first pass failed, in place of the error that pass would have
 * worded. Eddy mirrors it when such a statement came before the error. */
static void reword_for_match(Parser *p) {
  if (p->match_newline < 0 || p->keep_error || p->fatal || !p->diag->set)
    return;
  const Token *t = furthest(p);
  SyntaxDiag d = {0};
  diag_set(&d, DIAG_SYNTAX_ERROR, t->line, char_col(p, t->line, t->col),
           t->end_line, char_col(p, t->end_line, t->end_col), "expected ':'");
  *p->diag = d;
}

/* Copies [source] with CPython's newline translation ("\r\n" and "\r"
 * become "\n") when it holds a carriage return; stores the new length in
 * [length]. */
static const char *translate_newlines(Arena *arena, const char *source,
                                      size_t *length) {
  if (*length == 0 || !memchr(source, '\r', *length)) return source;
  char *copy = arena_alloc(arena, *length + 1);
  if (!copy) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < *length; i++) {
    if (source[i] == '\r') {
      copy[n++] = '\n';
      if (i + 1 < *length && source[i + 1] == '\n') i++;
    } else {
      copy[n++] = source[i];
    }
  }
  copy[n] = '\0';
  *length = n;
  return copy;
}

/* Parses and checks [source]; [top_level_await] relaxes the checks as
 * parser_parse_interactive says. */
static Node *parse_module(Arena *arena, const char *source, size_t length,
                          bool top_level_await, SyntaxDiag *diag) {
  const char *text = translate_newlines(arena, source, &length);
  if (!text) {
    diag_set(diag, DIAG_SYNTAX_ERROR, 0, 0, 0, 0, "out of memory");
    return NULL;
  }
  Parser p;
  parser_init(&p, arena, text, length, diag);
  Node *mod = parser_file(&p);
  if (diag->set) mod = NULL; /* an error raised while looking ahead */
  if (!mod && !diag->set) parser_report_invalid(&p);
  if (!mod) reword_for_match(&p);
  if (!mod) drain_lexer(&p);
  parser_release(&p);
  if (mod && !check_module(mod, text, top_level_await, diag)) return NULL;
  return mod;
}

Node *parser_parse_module(Arena *arena, const char *source, size_t length,
                          SyntaxDiag *diag) {
  return parse_module(arena, source, length, false, diag);
}

Node *parser_parse_interactive(Arena *arena, const char *source,
                               size_t length, SyntaxDiag *diag) {
  return parse_module(arena, source, length, true, diag);
}
