/* parser_internal.h: what the parser's files share.
 *
 * The parser is split by concern: parser.c owns the token buffer, errors
 * and node construction; parse_stmt.c the statements; parse_expr.c the
 * expressions, targets and parameter lists; parse_fstring.c string
 * literals (concatenation, f-strings) and numbers; check.c the checks that
 * CPython makes only after parsing (scopes, loops, async).
 *
 * Tokens: every token the lexer hands over is kept (in chunks that never
 * move, so token pointers stay valid), so the parser can look ahead as far
 * as a rule needs and can return to a saved position (parser_mark /
 * parser_reset). That is how the few places
 * where Python's grammar is not LL(1) are parsed: a parenthesized
 * with-statement, a `match` statement (rejected), loop targets. Such a
 * trial (parser_begin_trial) records no error; it merely fails. The
 * second look that CPython takes at invalid code to word its error
 * messages also reads ahead, in a check (parser_begin_check): there, as in
 * CPython's second pass, a specific error met on the way is raised at
 * once and stops the parse, and only a plain "invalid syntax" is quiet.
 *
 * Errors: parse functions return NULL (or false) once [failed] is set.
 * A rule that simply does not match fails without a message
 * (parser_invalid), as an alternative fails in CPython's PEG parser, and
 * its caller may fall back to a shorter reading; if the parse fails that
 * way, "invalid syntax" goes to the furthest token read
 * (parser_report_invalid). The errors CPython words in its second pass
 * are recorded where the plain parse fails, and the first one recorded is
 * the one reported. Positions in messages follow CPython: a token or node
 * range, converted to 1-based character columns.
 *
 * Depth: every rule that can nest (brackets, unary operators, lambda,
 * conditional expressions, blocks) counts itself in [nesting], so hostile
 * input cannot overflow the C stack; left-associative operator chains count
 * in [depth], so the trees that later passes walk recursively stay
 * shallow.
 *
 * f-strings: CPython parses the expression of a replacement field with a
 * fresh parser over "(expr)"; so does Eddy. A sub-parser shares the arena,
 * the diagnostic and the limits of its parent and shifts the positions of
 * its tokens onto the f-string's place in the module.
 */
#ifndef EDDY_PARSER_INTERNAL_H
#define EDDY_PARSER_INTERNAL_H

#include "lexer/lexer.h"
#include "parser/parser.h"

/* Nesting of recursive rules beyond which the parser gives up. */
#define PARSER_MAX_NESTING 300
/* Depth of the tree (nesting plus operator chains) beyond which it gives
 * up; CPython's compiler fails near this with RecursionError. */
#define PARSER_MAX_DEPTH 1000

/* A position in the source: line from 1, byte column from 0. */
typedef struct Pos {
  int line; /* line number */
  int col;  /* byte offset within the line */
} Pos;

/* One buffered token and the bracket depth around it. */
typedef struct TokenEntry {
  Token tok; /* the token, positions already shifted for sub-parsers */
  int level; /* open brackets after this token (CPython's tok->level) */
} TokenEntry;

typedef struct Parser Parser;

struct Parser {
  Arena *arena;            /* where every node, list and string goes */
  const char *root_source; /* the module's text, for error columns */
  Lexer lexer;             /* the token source */
  SyntaxDiag lex_diag;     /* errors of [lexer], merged at the end */
  SyntaxDiag *diag;        /* the error reported to the caller */
  TokenEntry **chunks;     /* every token read so far, in fixed-size
                              malloc'd chunks that never move */
  int nchunks;             /* chunks allocated */
  int count;               /* tokens read */
  int pos;                 /* index of the next token to consume */
  int furthest;            /* index of the furthest token read outside
                              checks: where "invalid syntax" points */
  TokenEntry oom_entry;    /* stands for tokens when none could be read */
  int level;               /* open brackets after the last token read */
  bool failed;             /* an error stopped the parse (or the trial) */
  bool fatal;              /* memory ran out or a limit was passed */
  bool stopped;            /* an error raised inside a check: unwind all */
  int speculating;         /* trials and checks under way */
  int quiet;               /* trials under way: no error is recorded */
  int nesting;             /* current depth of nested recursive rules */
  int depth;               /* [nesting] plus open operator chains */
  int line_base;           /* sub-parser: added to every token line */
  int col_base;            /* sub-parser: added to columns on line 1 */
  bool in_fstring;         /* sub-parser of an f-string field */
  bool no_invalid;         /* set just before an expression whose top
                              level is CPython's expression_without_invalid
                              (its checks for invalid code are off); the
                              next parser_expression takes it */
  bool keep_error;         /* the error recorded is one CPython raises in
                              its first parser pass (lexer, literals) or
                              Eddy's own: the second pass cannot reword it */
  int match_newline;       /* index of the NEWLINE ending the first
                              `match x` that parsed as an ordinary
                              statement, or -1 */
};

/* A growing list of nodes, kept in the arena. */
typedef struct NodeVec {
  Node **items; /* [count] nodes in [cap] slots */
  int count;    /* nodes pushed */
  int cap;      /* slots allocated */
} NodeVec;

/* ---- parser.c: tokens ---- */

/* Starts [p] on [source] ([length] bytes, NUL-terminated). */
void parser_init(Parser *p, Arena *arena, const char *source, size_t length,
                 SyntaxDiag *diag);
/* Frees the token buffer of [p]. */
void parser_release(Parser *p);
/* The token [k] places after the next one (k = 0: the next token). */
const Token *parser_peek_at(Parser *p, int k);
/* The next token. */
const Token *parser_peek(Parser *p);
/* The kind of the next token. */
TokenKind parser_kind(Parser *p);
/* The kind of the token [k] places after the next one. */
TokenKind parser_kind_at(Parser *p, int k);
/* True when the next token is of [kind]. */
bool parser_check(Parser *p, TokenKind kind);
/* True when the next token is the NAME [word] (a soft keyword). */
bool parser_check_name(Parser *p, int k, const char *word);
/* Consumes and returns the next token. */
const Token *parser_advance(Parser *p);
/* Consumes the next token if it is of [kind]. */
bool parser_accept(Parser *p, TokenKind kind);
/* The last consumed token. */
const Token *parser_prev(Parser *p);
/* Bracket depth after the last consumed token. */
int parser_level(Parser *p);
/* Bracket depth after the token at [index] (0 for index -1). */
int parser_level_at(Parser *p, int index);
/* The token at [index] of the buffer. */
const Token *parser_token(Parser *p, int index);
/* True when tokens [from, to) are one parenthesized group: '(' ... ')'. */
bool parser_group_span(Parser *p, int from, int to);
/* Where the next token starts. */
Pos parser_start(Parser *p);
/* The position to come back to with parser_reset. */
int parser_mark(Parser *p);
/* Returns to the position [mark]. */
void parser_reset(Parser *p, int mark);
/* Begins a trial parse: no error is recorded until parser_end_trial. */
int parser_begin_trial(Parser *p);
/* Ends the trial begun at [mark]: returns whether it succeeded and, when
 * [keep] is false or it failed, returns to [mark]. */
bool parser_end_trial(Parser *p, int mark, bool keep);
/* Begins a check: a trial in which errors other than "invalid syntax"
 * are recorded and stop the parse (CPython's second pass). */
int parser_begin_check(Parser *p);
/* Ends the check begun at [mark], as parser_end_trial does. */
bool parser_end_check(Parser *p, int mark, bool keep);

/* ---- parser.c: errors ---- */

/* Records a SyntaxError of [kind] spanning [start] to [end] (byte
 * positions). */
void parser_error_span(Parser *p, DiagKind kind, Pos start, Pos end,
                       const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Records a SyntaxError spanning the token [t]. */
void parser_error_token(Parser *p, const Token *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Records a SyntaxError spanning the node [n]. */
void parser_error_node(Parser *p, const Node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Records a SyntaxError from the start of [a] to the end of [b]. */
void parser_error_range(Parser *p, const Node *a, const Node *b,
                        const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Records an error of [kind] at the last token read (CPython's
 * RAISE_SYNTAX_ERROR without a location). */
void parser_error_last(Parser *p, DiagKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Fails the current rule without an error of its own, as an alternative
 * fails in CPython's PEG parser: callers may fall back to a shorter
 * reading (see backtrack in parse_expr.c), and unless a later check words
 * an error, the parse ends with parser_report_invalid. */
void parser_invalid(Parser *p);
/* Records CPython's generic "invalid syntax" at the furthest token read,
 * or what that token stands for (a lexer error, an unexpected indent). */
void parser_report_invalid(Parser *p);
/* The 1-based character column of byte column [col] (from 0) on line
 * [line] of [source], for diagnostics. */
int parser_char_col(const char *source, int line, int col);
/* Records "out of memory" and stops even trial parses. */
void parser_oom(Parser *p);
/* Enters one more level of nesting; false (error recorded) past the
 * limit. Pair with parser_leave. */
bool parser_enter(Parser *p) MUST_CHECK;
/* Leaves a level entered with parser_enter. */
void parser_leave(Parser *p);
/* Counts one more link of a left-associative chain (a + b + c, a.b.c);
 * false (error recorded) past the depth limit. */
bool parser_deepen(Parser *p) MUST_CHECK;
/* Forgets [links] links counted with parser_deepen. */
void parser_undeepen(Parser *p, int links);

/* ---- parser.c: nodes ---- */

/* The start of node [n]. */
Pos parser_node_start(const Node *n);
/* A new node of [kind] from [start] to the end of the last consumed
 * token; NULL when memory runs out (recorded). */
Node *parser_node(Parser *p, NodeKind kind, Pos start);
/* The end of the last consumed token that is not NEWLINE, INDENT or
 * DEDENT: where a compound statement ends (a trailing ';' included). */
Pos parser_real_end(Parser *p);
/* A new node of [kind] spanning [start] to [end]. */
Node *parser_node_at(Parser *p, NodeKind kind, Pos start, Pos end);
/* Copies [n] bytes of [s] into the arena as a NUL-terminated string. */
const char *parser_strndup(Parser *p, const char *s, size_t n);
/* The text of the NAME token [t], copied into the arena. */
const char *parser_name_text(Parser *p, const Token *t);
/* Appends [n] to [vec]; false when memory runs out (recorded). */
bool parser_push(Parser *p, NodeVec *vec, Node *n) MUST_CHECK;
/* The NodeList holding the nodes of [vec]. */
NodeList parser_list(const NodeVec *vec);
/* CPython's name for the expression [e] in messages: "literal", ... */
const char *parser_expr_name(const Node *e);

/* ---- parse_stmt.c ---- */

/* Parses the whole token stream as a module. */
Node *parser_file(Parser *p) MUST_CHECK;

/* ---- parse_expr.c ---- */

Node *parser_expression(Parser *p) MUST_CHECK;
Node *parser_named_expression(Parser *p) MUST_CHECK;
Node *parser_star_expressions(Parser *p) MUST_CHECK;
Node *parser_star_expression(Parser *p) MUST_CHECK;
Node *parser_star_named_expression(Parser *p) MUST_CHECK;
Node *parser_yield_expr(Parser *p) MUST_CHECK;
Node *parser_disjunction(Parser *p) MUST_CHECK;
Node *parser_bitwise_or(Parser *p) MUST_CHECK;
Node *parser_annotated_rhs(Parser *p) MUST_CHECK;
/* Parses parameters up to ')' (def) or ':' ([lambda]) into an arguments
 * node. */
Node *parser_params(Parser *p, bool lambda) MUST_CHECK;
/* Parses the arguments after '(' up to, not including, ')' into [call]
 * (a Call node: args and keywords). [allow_genexp]: f(x for x in y). */
bool parser_arguments(Parser *p, Node *call, bool allow_genexp) MUST_CHECK;
/* True when [kind] can begin an expression. */
bool parser_starts_expression(TokenKind kind);
/* True when a comprehension clause ('for' or 'async' 'for') is next. */
bool parser_comprehension_ahead(Parser *p);
/* Parses for_if_clauses into [out] (comprehension nodes). */
bool parser_for_if_clauses(Parser *p, NodeList *out) MUST_CHECK;
/* The last expression of the comprehensions [gens] (CPython's
 * _PyPegen_get_last_comprehension_item). */
const Node *parser_last_comprehension_item(NodeList gens);
/* Parses the target of a for loop or comprehension, which must be
 * followed by 'in'; the result is in Store context. */
Node *parser_loop_target(Parser *p) MUST_CHECK;
/* Parses the target after `as` in a with item, in Store context. */
Node *parser_with_target(Parser *p) MUST_CHECK;

/* ---- parse_expr.c: CPython's second look at invalid code ---- */

/* The bitwise_or after the '=' at token [eq] when neither '=' nor ':='
 * follows it (a trial parse), else NULL. */
Node *parser_assigned_value(Parser *p, int eq) MUST_CHECK;
/* True when tokens [from, to) hold the expression [e] as CPython's
 * invalid_named_expression sees an assignable-looking bitwise_or: not a
 * comparison or boolean expression (unless parenthesized) and not opened
 * by a list, tuple or generator display or True/None/False. */
bool parser_assignable_lhs(Parser *p, int from, int to, const Node *e);
/* CPython's invalid_named_expression for [e], spanning tokens [from, eq)
 * and followed by '=' at token [eq]: "Maybe you meant '==' ...". Returns
 * true when it recorded an error. */
bool parser_named_assign_error(Parser *p, int from, int eq,
                               const Node *e) MUST_CHECK;

/* How a target is used, for CPython's messages. */
typedef enum {
  TARGET_STAR, /* assignment, with: "cannot assign to %s" */
  TARGET_FOR,  /* for loops and comprehensions */
  TARGET_DEL,  /* del: "cannot delete %s" */
} TargetUse;

/* The part of the expression [e] that cannot be a target of [use], or
 * NULL (CPython's _PyPegen_get_invalid_target). */
Node *parser_invalid_target(Node *e, TargetUse use);
/* True when [e] can be assigned to ([del]: deleted): names, attributes,
 * subscripts, and lists and tuples of them, with starred items unless
 * [del]. */
bool parser_valid_target(const Node *e, bool del);
/* Sets context [ctx] on the target [e] and its parts. */
void parser_set_context(Node *e, ExprContext ctx);

/* ---- parse_fstring.c ---- */

/* Parses one or more adjacent STRING tokens into a Constant or a
 * JoinedStr. */
Node *parser_strings(Parser *p) MUST_CHECK;
/* Parses a NUMBER token into a Constant. */
Node *parser_number(Parser *p) MUST_CHECK;

/* ---- check.c ---- */

/* Runs the checks CPython makes after parsing (symbol table and compiler
 * errors) on the module [mod]; false with [diag] filled on error.
 * [top_level_await] allows await and the async statements at the top
 * level (interactive entries). */
bool check_module(const Node *mod, const char *source, bool top_level_await,
                  SyntaxDiag *diag) MUST_CHECK;

#endif
