/* parse_stmt.c: statements, simple and compound, and blocks.
 *
 * One function per rule of grammar.txt's statement section. Assignments
 * are parsed the way CPython's old parser did: the left side is read as an
 * expression, and only when '=' (or ':' or an augmented operator) follows
 * is it checked and turned into a target. The checks word their errors as
 * CPython's invalid_assignment rule does.
 */
#include <string.h>

#include "parser/parser_internal.h"
#include "vm/buffer.h"

static bool statement(Parser *p, NodeVec *out);
static bool simple_stmts(Parser *p, NodeVec *out);

/* ---- helpers --------------------------------------------------------- */

/* True when the next token can begin a star_expression. */
static bool starts_star_expression(Parser *p) {
  TokenKind kind = parser_kind(p);
  return kind == TOK_STAR || parser_starts_expression(kind);
}

/* Consumes ':' where CPython reports "expected ':'" only at a line end
 * (its invalid_*_stmt rules); elsewhere the statement fails. */
static bool soft_colon(Parser *p) {
  if (parser_accept(p, TOK_COLON)) return true;
  if (parser_check(p, TOK_NEWLINE))
    parser_error_last(p, DIAG_SYNTAX_ERROR, "expected ':'");
  else
    parser_invalid(p);
  return false;
}

/* Consumes ':' where CPython's grammar forces it (&&':'): "expected ':'"
 * at whatever token is there instead. */
static bool forced_colon(Parser *p) {
  if (parser_accept(p, TOK_COLON)) return true;
  parser_error_token(p, parser_peek(p), "expected ':'");
  return false;
}

/* Fails the statement being read (see parser_invalid); returns NULL. */
static Node *invalid(Parser *p) {
  parser_invalid(p);
  return NULL;
}

/* Consumes [kind], or fails (see parser_invalid). */
static bool expect(Parser *p, TokenKind kind) {
  if (parser_accept(p, kind)) return true;
  parser_invalid(p);
  return false;
}

/* The text of the NAME token that must come next. */
static const char *expect_name(Parser *p) {
  if (parser_check(p, TOK_NAME)) return parser_name_text(p, parser_advance(p));
  parser_invalid(p);
  return NULL;
}

/* ---- blocks ---------------------------------------------------------- */

/* indented_block -> NEWLINE INDENT statement+ DEDENT
 *
 * Parses into [body]; [kw] and [what] word the error when the indented
 * block is missing. */
static bool indented_block(Parser *p, const Token *kw, const char *what,
                           NodeVec *body) {
  parser_advance(p);
  if (!parser_accept(p, TOK_INDENT)) {
    parser_error_last(p, DIAG_INDENTATION_ERROR,
                      "expected an indented block after %s on line %d", what,
                      kw->line);
    return false;
  }
  do {
    if (!statement(p, body)) return false;
  } while (!parser_check(p, TOK_DEDENT) && !parser_check(p, TOK_EOF));
  return expect(p, TOK_DEDENT);
}

/* block -> indented_block | simple_stmts
 *
 * The body of the compound statement opened by the keyword [kw] (for the
 * error "expected an indented block after [what] on line N"). */
static bool block(Parser *p, const Token *kw, const char *what, NodeList *out) {
  if (!parser_enter(p)) return false;
  NodeVec body = {0};
  bool ok = parser_check(p, TOK_NEWLINE) ? indented_block(p, kw, what, &body)
                                         : simple_stmts(p, &body);
  parser_leave(p);
  *out = parser_list(&body);
  return ok;
}

/* else_block -> 'else' ':' block */
static bool else_block(Parser *p, NodeList *out) {
  const Token *kw = parser_advance(p);
  return forced_colon(p) && block(p, kw, "'else' statement", out);
}

/* ---- simple statements ----------------------------------------------- */

/* pass_stmt -> 'pass'
 * break_stmt -> 'break'
 * continue_stmt -> 'continue' */
static Node *keyword_stmt(Parser *p, NodeKind kind) {
  Pos start = parser_start(p);
  parser_advance(p);
  return parser_node(p, kind, start);
}

/* return_stmt -> 'return' [star_expressions] */
static Node *return_stmt(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  Node *value = NULL;
  if (starts_star_expression(p) && !(value = parser_star_expressions(p)))
    return NULL;
  Node *n = parser_node(p, NODE_RETURN, start);
  if (n) n->as.return_.value = value;
  return n;
}

/* raise_stmt -> 'raise' [expression ['from' expression]] */
static Node *raise_stmt(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  Node *exc = NULL, *cause = NULL;
  if (parser_starts_expression(parser_kind(p))) {
    if (!(exc = parser_expression(p))) return NULL;
    if (parser_accept(p, TOK_FROM) && !(cause = parser_expression(p)))
      return NULL;
  }
  Node *n = parser_node(p, NODE_RAISE, start);
  if (!n) return NULL;
  n->as.raise.exc = exc;
  n->as.raise.cause = cause;
  return n;
}

/* assert_stmt -> 'assert' expression [',' expression] */
static Node *assert_stmt(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  Node *test = parser_expression(p), *msg = NULL;
  if (!test) return NULL;
  if (parser_accept(p, TOK_COMMA) && !(msg = parser_expression(p))) return NULL;
  Node *n = parser_node(p, NODE_ASSERT, start);
  if (!n) return NULL;
  n->as.assert_.test = test;
  n->as.assert_.msg = msg;
  return n;
}

/* global_stmt -> 'global' NAME (',' NAME)*
 * nonlocal_stmt -> 'nonlocal' NAME (',' NAME)* */
static Node *names_stmt(Parser *p, NodeKind kind) {
  Pos start = parser_start(p);
  parser_advance(p);
  int count = 0;
  while (parser_kind_at(p, 2 * count) == TOK_NAME) {
    count++;
    if (parser_kind_at(p, 2 * count - 1) != TOK_COMMA) break;
  }
  if (count == 0) return invalid(p);
  const char **names = arena_alloc(p->arena, sizeof(char *) * (size_t)count);
  if (!names) {
    parser_oom(p);
    return NULL;
  }
  for (int i = 0; i < count; i++) {
    if (i > 0) parser_advance(p);
    if (!(names[i] = parser_name_text(p, parser_advance(p)))) return NULL;
  }
  Node *n = parser_node(p, kind, start);
  if (!n) return NULL;
  n->as.global.names = names;
  n->as.global.count = count;
  return n;
}

/* Words the error for `del` of [target], which cannot be deleted. */
static Node *del_error(Parser *p, Node *target) {
  Node *bad = parser_invalid_target(target, TARGET_DEL);
  if (bad)
    parser_error_node(p, bad, "cannot delete %s", parser_expr_name(bad));
  else
    parser_invalid(p);
  return NULL;
}

/* del_stmt -> 'del' star_expression (',' star_expression)* [',']
 *             &(';' | NEWLINE) */
static Node *del_stmt(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  NodeVec targets = {0};
  do {
    if (!starts_star_expression(p)) break;
    Node *t = parser_star_expression(p);
    if (!t || !parser_push(p, &targets, t)) return NULL;
  } while (parser_accept(p, TOK_COMMA));
  if (targets.count == 0) return invalid(p);
  for (int i = 0; i < targets.count; i++)
    if (!parser_valid_target(targets.items[i], true))
      return del_error(p, targets.items[i]);
  if (!parser_check(p, TOK_SEMI) && !parser_check(p, TOK_NEWLINE))
    return invalid(p);
  for (int i = 0; i < targets.count; i++)
    parser_set_context(targets.items[i], CTX_DEL);
  Node *n = parser_node(p, NODE_DELETE, start);
  if (n) n->as.delete_.targets = parser_list(&targets);
  return n;
}

/* ---- import ---------------------------------------------------------- */

/* dotted_name -> NAME ('.' NAME)* */
static const char *dotted_name(Parser *p) {
  if (!parser_check(p, TOK_NAME)) return expect_name(p);
  ByteBuf buf;
  buf_init(&buf);
  const Token *t = parser_advance(p);
  bool ok = buf_append(&buf, t->start, (size_t)t->length);
  while (ok && parser_check(p, TOK_DOT) && parser_kind_at(p, 1) == TOK_NAME) {
    parser_advance(p);
    t = parser_advance(p);
    ok = buf_putc(&buf, '.') && buf_append(&buf, t->start, (size_t)t->length);
  }
  const char *name = ok ? parser_strndup(p, buf.data, buf.len) : NULL;
  if (!ok) parser_oom(p);
  buf_free(&buf);
  return name;
}

/* An alias node from [start] for [name] and [asname]. */
static Node *alias(Parser *p, Pos start, const char *name, const char *asname) {
  Node *n = parser_node(p, NODE_ALIAS, start);
  if (!n) return NULL;
  n->as.alias.name = name;
  n->as.alias.asname = asname;
  return n;
}

/* as_name -> ['as' NAME]
 *
 * Stores the NAME (or NULL) in [asname]; false on error. */
static bool as_name(Parser *p, const char **asname) {
  *asname = NULL;
  if (!parser_accept(p, TOK_AS)) return true;
  return (*asname = expect_name(p)) != NULL;
}

/* dotted_as_name -> dotted_name as_name */
static Node *dotted_as_name(Parser *p) {
  Pos start = parser_start(p);
  const char *name = dotted_name(p), *asname;
  if (!name || !as_name(p, &asname)) return NULL;
  return alias(p, start, name, asname);
}

/* import_name -> 'import' dotted_as_name (',' dotted_as_name)* */
static Node *import_name(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  NodeVec names = {0};
  do {
    Node *a = dotted_as_name(p);
    if (!a || !parser_push(p, &names, a)) return NULL;
  } while (parser_accept(p, TOK_COMMA));
  Node *n = parser_node(p, NODE_IMPORT, start);
  if (n) n->as.import.names = parser_list(&names);
  return n;
}

/* import_from_as_name -> NAME as_name */
static Node *import_from_as_name(Parser *p) {
  Pos start = parser_start(p);
  const char *name = expect_name(p), *asname;
  if (!name || !as_name(p, &asname)) return NULL;
  return alias(p, start, name, asname);
}

/* import_from_targets -> '(' import_from_as_names [','] ')'
 *                      | import_from_as_names !',' | '*'
 * import_from_as_names -> import_from_as_name (',' import_from_as_name)* */
static bool import_from_targets(Parser *p, NodeVec *names) {
  if (parser_check(p, TOK_STAR)) {
    Pos start = parser_start(p);
    parser_advance(p);
    Node *a = alias(p, start, "*", NULL);
    return a && parser_push(p, names, a);
  }
  bool paren = parser_accept(p, TOK_LPAR);
  for (;;) {
    Node *a = import_from_as_name(p);
    if (!a || !parser_push(p, names, a)) return false;
    if (!parser_accept(p, TOK_COMMA)) break;
    if (paren && parser_check(p, TOK_RPAR)) break;
    if (!paren && parser_check(p, TOK_NEWLINE)) {
      parser_error_last(p, DIAG_SYNTAX_ERROR,
                        "trailing comma not allowed without surrounding "
                        "parentheses");
      return false;
    }
  }
  return !paren || expect(p, TOK_RPAR);
}

/* import_from -> 'from' ('.' | '...')* dotted_name 'import'
 *                import_from_targets
 *              | 'from' ('.' | '...')+ 'import' import_from_targets */
static Node *import_from(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  int level = 0;
  for (;;) {
    if (parser_accept(p, TOK_DOT))
      level += 1;
    else if (parser_accept(p, TOK_ELLIPSIS))
      level += 3;
    else
      break;
  }
  const char *module = NULL;
  if ((level == 0 || !parser_check(p, TOK_IMPORT)) &&
      !(module = dotted_name(p)))
    return NULL;
  NodeVec names = {0};
  if (!expect(p, TOK_IMPORT) || !import_from_targets(p, &names)) return NULL;
  Node *n = parser_node(p, NODE_IMPORT_FROM, start);
  if (!n) return NULL;
  n->as.import_from.module = module;
  n->as.import_from.names = parser_list(&names);
  n->as.import_from.level = level;
  return n;
}

/* ---- expression statements and assignments --------------------------- */

/* The augmented assignment operator of [kind]; false if it is none. */
static bool augassign_op(TokenKind kind, BinOpKind *op) {
  switch (kind) {
  case TOK_PLUSEQUAL: *op = BINOP_ADD; return true;
  case TOK_MINEQUAL: *op = BINOP_SUB; return true;
  case TOK_STAREQUAL: *op = BINOP_MULT; return true;
  case TOK_ATEQUAL: *op = BINOP_MATMULT; return true;
  case TOK_SLASHEQUAL: *op = BINOP_DIV; return true;
  case TOK_PERCENTEQUAL: *op = BINOP_MOD; return true;
  case TOK_AMPEREQUAL: *op = BINOP_BITAND; return true;
  case TOK_VBAREQUAL: *op = BINOP_BITOR; return true;
  case TOK_CIRCUMFLEXEQUAL: *op = BINOP_BITXOR; return true;
  case TOK_LEFTSHIFTEQUAL: *op = BINOP_LSHIFT; return true;
  case TOK_RIGHTSHIFTEQUAL: *op = BINOP_RSHIFT; return true;
  case TOK_DOUBLESTAREQUAL: *op = BINOP_POW; return true;
  case TOK_DOUBLESLASHEQUAL: *op = BINOP_FLOORDIV; return true;
  default: return false;
  }
}

/* True when an expression follows the token [index] (a check): CPython's
 * messages for a bad annotation target or ':=' need one. */
static bool expression_after(Parser *p, int index) {
  int save = parser_mark(p);
  parser_reset(p, index + 1);
  int check = parser_begin_check(p);
  bool ok = parser_expression(p) != NULL;
  ok = parser_end_check(p, check, false) && ok;
  parser_reset(p, save);
  return ok;
}

/* Checks that [target], the text of tokens [mark, colon), may be
 * annotated; sets [simple] as CPython does (1 for a bare name). */
static bool annotation_target(Parser *p, int mark, int colon, Node *target,
                              int *simple) {
  bool wrapped = parser_group_span(p, mark, colon);
  switch (target->kind) {
  case NODE_NAME: *simple = !wrapped; return true;
  case NODE_ATTRIBUTE:
  case NODE_SUBSCRIPT: *simple = 0; return true;
  default: break;
  }
  if (parser_token(p, mark)->kind == TOK_YIELD || !expression_after(p, colon)) {
    parser_invalid(p);
    return false;
  }
  switch (target->kind) {
  case NODE_TUPLE:
    parser_error_node(p, wrapped ? target : target->as.tuple.elts.items[0],
                      "only single target (not tuple) can be annotated");
    return false;
  case NODE_LIST:
    parser_error_node(p, target,
                      "only single target (not list) can be annotated");
    return false;
  default:
    parser_error_node(p, target, "illegal target for annotation");
    return false;
  }
}

/* ann_assign -> ':' expression ['=' annotated_rhs]
 *
 * [target] (tokens from [mark]) is what precedes the ':'. */
static Node *ann_assign(Parser *p, Pos start, int mark, Node *target) {
  int simple;
  if (!annotation_target(p, mark, parser_mark(p), target, &simple)) return NULL;
  parser_advance(p);
  Node *annotation = parser_expression(p), *value = NULL;
  if (!annotation) return NULL;
  if (parser_accept(p, TOK_EQUAL) && !(value = parser_annotated_rhs(p)))
    return NULL;
  parser_set_context(target, CTX_STORE);
  Node *n = parser_node(p, NODE_ANN_ASSIGN, start);
  if (!n) return NULL;
  n->as.ann_assign.target = target;
  n->as.ann_assign.annotation = annotation;
  n->as.ann_assign.value = value;
  n->as.ann_assign.simple = simple;
  return n;
}

/* aug_assign -> augassign annotated_rhs
 * augassign -> '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^='
 *            | '<<=' | '>>=' | '**=' | '//='
 *
 * [target] is what precedes the operator [op]. */
static Node *aug_assign(Parser *p, Pos start, Node *target, BinOpKind op) {
  parser_advance(p);
  Node *value = parser_annotated_rhs(p);
  if (!value) return NULL;
  NodeKind kind = target->kind;
  if (kind != NODE_NAME && kind != NODE_ATTRIBUTE && kind != NODE_SUBSCRIPT) {
    parser_error_node(p, target,
                      "'%s' is an illegal expression for augmented assignment",
                      parser_expr_name(target));
    return NULL;
  }
  parser_set_context(target, CTX_STORE);
  Node *n = parser_node(p, NODE_AUG_ASSIGN, start);
  if (!n) return NULL;
  n->as.aug_assign.target = target;
  n->as.aug_assign.op = op;
  n->as.aug_assign.value = value;
  return n;
}

/* The index of the [n]th (from 0) token '=' at the bracket level of the
 * token [first_eq], counting from it. */
static int nth_equal(Parser *p, int first_eq, int n) {
  int level = parser_level_at(p, first_eq);
  int i = first_eq;
  for (int seen = 0;; i++) {
    const Token *t = parser_token(p, i);
    if (t->kind == TOK_EOF || t->kind == TOK_ERROR) return i;
    if (t->kind == TOK_EQUAL && parser_level_at(p, i) == level && seen++ == n)
      return i;
  }
}

/* The first token of the last element of the unparenthesized tuple whose
 * tokens are [mark, end). */
static int last_element_start(Parser *p, int mark, int end) {
  int level = parser_level_at(p, mark - 1), start = mark;
  for (int i = mark; i < end; i++)
    if (parser_token(p, i)->kind == TOK_COMMA && parser_level_at(p, i) == level)
      start = i + 1;
  return start;
}

/* CPython's invalid_assignment first reads the first target [t0], tokens
 * [mark, first_eq), as star_named_expressions, so a misused '=' after
 * its last element is worded as invalid_named_expression words it.
 * Returns true when it recorded an error. */
static bool first_target_error(Parser *p, int mark, int first_eq, Node *t0) {
  Node *e = t0;
  int from = mark;
  if (t0->kind == NODE_TUPLE && !parser_group_span(p, mark, first_eq)) {
    NodeList elts = t0->as.tuple.elts;
    e = elts.items[elts.count - 1];
    if (e->end_lineno != t0->end_lineno ||
        e->end_col_offset != t0->end_col_offset)
      return false; /* a trailing comma */
    from = last_element_start(p, mark, first_eq);
  }
  if (e->kind == NODE_STARRED) return false;
  return parser_named_assign_error(p, from, first_eq, e);
}

/* Words the error for the chained assignment [parts] (targets, then the
 * value) whose target [bad] cannot be assigned to. */
static Node *assign_error(Parser *p, int mark, int first_eq,
                          const NodeVec *parts, int bad) {
  if (first_target_error(p, mark, first_eq, parts->items[0])) return NULL;
  Node *target = parts->items[bad];
  int begin = bad == 0 ? mark : nth_equal(p, first_eq, bad - 1) + 1;
  if (parser_token(p, begin)->kind == TOK_YIELD) {
    parser_error_node(p, target, "assignment to yield expression not possible");
    return NULL;
  }
  Node *culprit = parser_invalid_target(target, TARGET_STAR);
  if (culprit)
    parser_error_node(p, culprit, "cannot assign to %s",
                      parser_expr_name(culprit));
  else
    parser_error_token(p, parser_token(p, nth_equal(p, first_eq, bad)),
                       "invalid syntax");
  return NULL;
}

/* After the part following an '=' failed to parse: every part read is a
 * target, and CPython names the first that cannot be one. */
static Node *unfinished_assign(Parser *p, int mark, int first_eq,
                               const NodeVec *parts) {
  if (p->diag->set || p->stopped || p->fatal) return NULL;
  for (int i = 0; i < parts->count; i++)
    if (!parser_valid_target(parts->items[i], false))
      return assign_error(p, mark, first_eq, parts, i);
  return NULL;
}

/* assignment -> ('=' annotated_rhs)+
 *
 * [first] (tokens from [mark]) is the first target. */
static Node *assign(Parser *p, Pos start, int mark, Node *first) {
  int first_eq = parser_mark(p);
  NodeVec parts = {0};
  if (!parser_push(p, &parts, first)) return NULL;
  while (parser_accept(p, TOK_EQUAL)) {
    Node *part = parser_annotated_rhs(p);
    if (!part) return unfinished_assign(p, mark, first_eq, &parts);
    if (!parser_push(p, &parts, part)) return NULL;
  }
  int ntargets = parts.count - 1;
  for (int i = 0; i < ntargets; i++)
    if (!parser_valid_target(parts.items[i], false))
      return assign_error(p, mark, first_eq, &parts, i);
  for (int i = 0; i < ntargets; i++)
    parser_set_context(parts.items[i], CTX_STORE);
  Node *n = parser_node(p, NODE_ASSIGN, start);
  if (!n) return NULL;
  n->as.assign.targets = (NodeList){parts.items, ntargets};
  n->as.assign.value = parts.items[ntargets];
  return n;
}

/* Reports `(x) := 1` as a statement, [first] being what precedes ':='
 * (CPython's invalid_named_expression); a bare name gets "invalid
 * syntax". */
static Node *walrus_statement(Parser *p, int mark, Node *first) {
  if ((first->kind == NODE_NAME && parser_token(p, mark)->kind == TOK_NAME) ||
      !expression_after(p, parser_mark(p)))
    return invalid(p);
  parser_error_node(p, first, "cannot use assignment expressions with %s",
                    parser_expr_name(first));
  return NULL;
}

/* expr_stmt -> annotated_rhs [ann_assign | aug_assign | assignment] */
static Node *expr_stmt(Parser *p) {
  int mark = parser_mark(p);
  Pos start = parser_start(p);
  Node *first = parser_annotated_rhs(p);
  if (!first) return NULL;
  BinOpKind op;
  if (parser_check(p, TOK_COLON)) return ann_assign(p, start, mark, first);
  if (augassign_op(parser_kind(p), &op)) return aug_assign(p, start, first, op);
  if (parser_check(p, TOK_EQUAL)) return assign(p, start, mark, first);
  if (parser_check(p, TOK_COLONEQUAL)) return walrus_statement(p, mark, first);
  Node *n = parser_node(p, NODE_EXPR, start);
  if (n) n->as.expr.value = first;
  return n;
}

/* simple_stmt -> expr_stmt | return_stmt | import_name | import_from
 *              | raise_stmt | pass_stmt | del_stmt | assert_stmt
 *              | break_stmt | continue_stmt | global_stmt | nonlocal_stmt */
static Node *simple_stmt(Parser *p) {
  switch (parser_kind(p)) {
  case TOK_RETURN: return return_stmt(p);
  case TOK_IMPORT: return import_name(p);
  case TOK_FROM: return import_from(p);
  case TOK_RAISE: return raise_stmt(p);
  case TOK_PASS: return keyword_stmt(p, NODE_PASS);
  case TOK_DEL: return del_stmt(p);
  case TOK_ASSERT: return assert_stmt(p);
  case TOK_BREAK: return keyword_stmt(p, NODE_BREAK);
  case TOK_CONTINUE: return keyword_stmt(p, NODE_CONTINUE);
  case TOK_GLOBAL: return names_stmt(p, NODE_GLOBAL);
  case TOK_NONLOCAL: return names_stmt(p, NODE_NONLOCAL);
  default: return expr_stmt(p);
  }
}

/* simple_stmts -> simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static bool simple_stmts(Parser *p, NodeVec *out) {
  for (;;) {
    Node *s = simple_stmt(p);
    if (!s || !parser_push(p, out, s)) return false;
    if (!parser_accept(p, TOK_SEMI) || parser_check(p, TOK_NEWLINE)) break;
  }
  return expect(p, TOK_NEWLINE);
}

/* ---- compound statements --------------------------------------------- */

/* if_clause -> ('if' | 'elif') named_expression ':' block */
static Node *if_clause(Parser *p) {
  Pos start = parser_start(p);
  const Token *kw = parser_advance(p);
  const char *what = kw->kind == TOK_IF ? "'if' statement" : "'elif' statement";
  Node *test = parser_named_expression(p);
  NodeList body;
  if (!test || !soft_colon(p) || !block(p, kw, what, &body)) return NULL;
  Node *n = parser_node_at(p, NODE_IF, start, parser_real_end(p));
  if (!n) return NULL;
  n->as.if_.test = test;
  n->as.if_.body = body;
  return n;
}

/* Makes each If of [chain] (if, elif, ...) the orelse of the one before,
 * each ending where the whole rest of the chain ends. */
static bool link_elifs(Parser *p, NodeVec *chain) {
  Node *last = chain->items[chain->count - 1];
  Pos end = parser_real_end(p);
  last->end_lineno = end.line;
  last->end_col_offset = end.col;
  for (int i = chain->count - 1; i > 0; i--) {
    Node *prev = chain->items[i - 1], *n = chain->items[i];
    NodeVec orelse = {0};
    if (!parser_push(p, &orelse, n)) return false;
    prev->as.if_.orelse = parser_list(&orelse);
    prev->end_lineno = n->end_lineno;
    prev->end_col_offset = n->end_col_offset;
  }
  return true;
}

/* if_stmt -> if_clause if_clause* [else_block]
 *
 * The elif chain is read in a loop; each elif becomes an If in the orelse
 * of the one before, as in CPython's tree. */
static Node *if_stmt(Parser *p) {
  NodeVec chain = {0};
  int links = 0;
  bool ok = true;
  for (;;) {
    Node *n = if_clause(p);
    if (!n || !parser_push(p, &chain, n)) ok = false;
    if (!ok || !parser_check(p, TOK_ELIF)) break;
    if (!(ok = parser_deepen(p))) break;
    links++;
  }
  parser_undeepen(p, links);
  if (!ok) return NULL;
  Node *last = chain.items[chain.count - 1];
  if (parser_check(p, TOK_ELSE) && !else_block(p, &last->as.if_.orelse))
    return NULL;
  return link_elifs(p, &chain) ? chain.items[0] : NULL;
}

/* while_stmt -> 'while' named_expression ':' block [else_block] */
static Node *while_stmt(Parser *p) {
  Pos start = parser_start(p);
  const Token *kw = parser_advance(p);
  Node *test = parser_named_expression(p);
  NodeList body, orelse = {0};
  if (!test || !soft_colon(p) || !block(p, kw, "'while' statement", &body))
    return NULL;
  if (parser_check(p, TOK_ELSE) && !else_block(p, &orelse)) return NULL;
  Node *n = parser_node_at(p, NODE_WHILE, start, parser_real_end(p));
  if (!n) return NULL;
  n->as.while_.test = test;
  n->as.while_.body = body;
  n->as.while_.orelse = orelse;
  return n;
}

/* for_stmt -> ['async'] 'for' loop_target 'in' star_expressions ':' block
 *             [else_block]
 *
 * [start] is where the statement starts ('async' included). */
static Node *for_stmt(Parser *p, Pos start, bool is_async) {
  const Token *kw = parser_advance(p);
  Node *target = parser_loop_target(p);
  if (!target) return NULL;
  parser_advance(p);
  Node *iter = parser_star_expressions(p);
  NodeList body, orelse = {0};
  if (!iter || !soft_colon(p) || !block(p, kw, "'for' statement", &body))
    return NULL;
  if (parser_check(p, TOK_ELSE) && !else_block(p, &orelse)) return NULL;
  Node *n = parser_node_at(p, is_async ? NODE_ASYNC_FOR : NODE_FOR, start,
                           parser_real_end(p));
  if (!n) return NULL;
  n->as.for_.target = target;
  n->as.for_.iter = iter;
  n->as.for_.body = body;
  n->as.for_.orelse = orelse;
  return n;
}

/* with_item -> expression ['as' with_target] */
static Node *with_item(Parser *p) {
  Node *e = parser_expression(p), *target = NULL;
  if (!e) return NULL;
  if (parser_accept(p, TOK_AS) && !(target = parser_with_target(p)))
    return NULL;
  Node *n = parser_node_at(p, NODE_WITHITEM, (Pos){0, 0}, (Pos){0, 0});
  if (!n) return NULL;
  n->as.withitem.context_expr = e;
  n->as.withitem.optional_vars = target;
  return n;
}

/* with_items -> with_item (',' with_item)* */
static bool with_items(Parser *p, NodeVec *items) {
  do {
    Node *item = with_item(p);
    if (!item || !parser_push(p, items, item)) return false;
  } while (parser_accept(p, TOK_COMMA));
  return true;
}

/* Reads '(' with_item (',' with_item)* [','] ')' into [items]; true when
 * ':' (or a line end, where the with statement reports the missing ':')
 * follows. */
static bool paren_items(Parser *p, NodeVec *items) {
  parser_advance(p);
  bool ok;
  do {
    Node *item = with_item(p);
    ok = item && parser_push(p, items, item);
  } while (ok && parser_accept(p, TOK_COMMA) && !parser_check(p, TOK_RPAR));
  return ok && parser_accept(p, TOK_RPAR) &&
         (parser_check(p, TOK_COLON) || parser_check(p, TOK_NEWLINE));
}

/* paren_with_items -> '(' with_item (',' with_item)* [','] ')' &':'
 *
 * Tried first, as CPython's first pass does (reading as far as it goes);
 * true, with the items in [items], when it applies. When it does not, it
 * is read once more as a check, where errors inside the items are raised
 * as CPython's second pass raises them. */
static bool paren_with_items(Parser *p, NodeVec *items) {
  int trial = parser_begin_trial(p);
  bool ok = paren_items(p, items);
  ok = parser_end_trial(p, trial, ok) && ok;
  if (ok || p->fatal) return ok;
  *items = (NodeVec){0};
  int check = parser_begin_check(p);
  paren_items(p, items);
  parser_end_check(p, check, false);
  *items = (NodeVec){0};
  return false;
}

/* with_stmt -> ['async'] 'with' (paren_with_items | with_items) ':' block
 *
 * [start] is where the statement starts ('async' included). */
static Node *with_stmt(Parser *p, Pos start, bool is_async) {
  const Token *kw = parser_advance(p);
  NodeVec items = {0};
  bool paren = parser_check(p, TOK_LPAR) && paren_with_items(p, &items);
  if (p->failed || (!paren && !with_items(p, &items))) return NULL;
  NodeList body;
  if (!soft_colon(p) || !block(p, kw, "'with' statement", &body)) return NULL;
  Node *n = parser_node_at(p, is_async ? NODE_ASYNC_WITH : NODE_WITH, start,
                           parser_real_end(p));
  if (!n) return NULL;
  n->as.with.items = parser_list(&items);
  n->as.with.body = body;
  return n;
}

/* CPython's error for `except A, B:`: [type] is the first type. */
static Node *unparenthesized_types(Parser *p, Node *type) {
  Node *last = type;
  while (parser_accept(p, TOK_COMMA))
    if (!(last = parser_expression(p))) return NULL;
  parser_error_range(p, type, last,
                     "multiple exception types must be parenthesized");
  return NULL;
}

/* CPython's error for a handler whose kind (except or except*) differs
 * from the first handler's: at 'except' and its '*' if it has one. */
static Node *mixed_handlers(Parser *p, const Token *kw, const Token *star) {
  const Token *last = star ? star : kw;
  parser_error_span(p, DIAG_SYNTAX_ERROR, (Pos){kw->line, kw->col},
                    (Pos){last->end_line, last->end_col},
                    "cannot have both 'except' and 'except*' on the same "
                    "'try'");
  return NULL;
}

/* CPython's error for `except*` with no type: at the ':' or line end. */
static Node *missing_star_type(Parser *p) {
  if (parser_check(p, TOK_COLON))
    parser_error_token(p, parser_peek(p),
                       "expected one or more exception types");
  else
    parser_error_last(p, DIAG_SYNTAX_ERROR,
                      "expected one or more exception types");
  return NULL;
}

/* except_block -> 'except' [expression ['as' NAME]] ':' block
 * except_star_block -> 'except' '*' expression ['as' NAME] ':' block
 *
 * [*star] says which kind the try statement's handlers are (-1 before
 * the first one sets it): a handler of the other kind is an error. */
static Node *except_block(Parser *p, int *star) {
  Pos start = parser_start(p);
  const Token *kw = parser_advance(p);
  const Token *star_tok = parser_check(p, TOK_STAR) ? parser_advance(p) : NULL;
  Node *type = NULL;
  const char *name = NULL;
  bool open = parser_check(p, TOK_COLON) || parser_check(p, TOK_NEWLINE);
  if (star_tok && open) return missing_star_type(p);
  if (!open) {
    if (!(type = parser_expression(p))) return NULL;
    if (parser_check(p, TOK_COMMA)) return unparenthesized_types(p, type);
    if (parser_accept(p, TOK_AS) && !(name = expect_name(p))) return NULL;
  }
  if (!soft_colon(p)) return NULL;
  if (*star >= 0 && *star != (star_tok != NULL))
    return mixed_handlers(p, kw, star_tok);
  *star = star_tok != NULL;
  NodeList body;
  if (!block(p, kw, star_tok ? "'except*' statement" : "'except' statement",
             &body))
    return NULL;
  Node *n = parser_node_at(p, NODE_EXCEPT_HANDLER, start, parser_real_end(p));
  if (!n) return NULL;
  n->as.except_handler.type = type;
  n->as.except_handler.name = name;
  n->as.except_handler.body = body;
  return n;
}

/* finally_block -> 'finally' ':' block */
static bool finally_block(Parser *p, NodeList *out) {
  const Token *kw = parser_advance(p);
  return forced_colon(p) && block(p, kw, "'finally' statement", out);
}

/* try_stmt -> 'try' ':' block (finally_block
 *           | except_block+ [else_block] [finally_block]
 *           | except_star_block+ [else_block] [finally_block])
 *
 * With except* handlers the node is a TryStar. */
static Node *try_stmt(Parser *p) {
  Pos start = parser_start(p);
  const Token *kw = parser_advance(p);
  Node *n = parser_node_at(p, NODE_TRY, start, start);
  if (!n || !forced_colon(p) ||
      !block(p, kw, "'try' statement", &n->as.try_.body))
    return NULL;
  NodeVec handlers = {0};
  int star = -1;
  while (parser_check(p, TOK_EXCEPT)) {
    Node *h = except_block(p, &star);
    if (!h || !parser_push(p, &handlers, h)) return NULL;
  }
  if (star == 1) n->kind = NODE_TRY_STAR;
  n->as.try_.handlers = parser_list(&handlers);
  if (handlers.count == 0 && !parser_check(p, TOK_FINALLY)) {
    parser_error_last(p, DIAG_SYNTAX_ERROR,
                      "expected 'except' or 'finally' block");
    return NULL;
  }
  if (handlers.count && parser_check(p, TOK_ELSE) &&
      !else_block(p, &n->as.try_.orelse))
    return NULL;
  if (parser_check(p, TOK_FINALLY) && !finally_block(p, &n->as.try_.finalbody))
    return NULL;
  Pos end = parser_real_end(p);
  n->end_lineno = end.line;
  n->end_col_offset = end.col;
  return n;
}

/* class_def -> 'class' NAME ['(' [arguments] ')'] ':' block */
static Node *class_def(Parser *p, NodeList decorators) {
  Pos start = parser_start(p);
  const Token *kw = parser_advance(p);
  const char *name = expect_name(p);
  Node *bases = name ? parser_node_at(p, NODE_CALL, start, start) : NULL;
  if (!bases) return NULL;
  if (parser_accept(p, TOK_LPAR) &&
      ((!parser_check(p, TOK_RPAR) && !parser_arguments(p, bases, false)) ||
       !expect(p, TOK_RPAR)))
    return NULL;
  NodeList body;
  if (!soft_colon(p) || !block(p, kw, "class definition", &body)) return NULL;
  Node *n = parser_node_at(p, NODE_CLASS_DEF, start, parser_real_end(p));
  if (!n) return NULL;
  n->as.class_def.name = name;
  n->as.class_def.bases = bases->as.call.args;
  n->as.class_def.keywords = bases->as.call.keywords;
  n->as.class_def.body = body;
  n->as.class_def.decorator_list = decorators;
  return n;
}

/* function_def -> ['async'] 'def' NAME '(' [params] ')' ['->' expression]
 *                 ':' block
 *
 * [start] is where the statement starts ('async' included). */
static Node *function_def(Parser *p, Pos start, bool is_async,
                          NodeList decorators) {
  const Token *kw = parser_advance(p);
  const char *name = expect_name(p);
  if (!name) return NULL;
  if (!parser_accept(p, TOK_LPAR)) {
    parser_error_token(p, parser_peek(p), "expected '('");
    return NULL;
  }
  Node *args = parser_params(p, false), *returns = NULL;
  if (!args || !expect(p, TOK_RPAR)) return NULL;
  if (parser_accept(p, TOK_ARROW) && !(returns = parser_expression(p)))
    return NULL;
  NodeList body;
  if (!forced_colon(p) || !block(p, kw, "function definition", &body))
    return NULL;
  NodeKind kind = is_async ? NODE_ASYNC_FUNCTION_DEF : NODE_FUNCTION_DEF;
  Node *n = parser_node_at(p, kind, start, parser_real_end(p));
  if (!n) return NULL;
  n->as.function_def.name = name;
  n->as.function_def.args = args;
  n->as.function_def.body = body;
  n->as.function_def.decorator_list = decorators;
  n->as.function_def.returns = returns;
  return n;
}

/* async_stmt -> &'async' (function_def | with_stmt | for_stmt)
 *
 * A function may have [decorators]. */
static Node *async_stmt(Parser *p, NodeList decorators) {
  Pos start = parser_start(p);
  parser_advance(p);
  TokenKind kind = parser_kind(p);
  if (kind == TOK_DEF) return function_def(p, start, true, decorators);
  if (kind == TOK_WITH && !decorators.count) return with_stmt(p, start, true);
  if (kind == TOK_FOR && !decorators.count) return for_stmt(p, start, true);
  return invalid(p);
}

/* decorated -> ('@' named_expression NEWLINE)+ (class_def | function_def
 *            | async_stmt) */
static Node *decorated(Parser *p) {
  NodeVec decorators = {0};
  while (parser_accept(p, TOK_AT)) {
    Node *d = parser_named_expression(p);
    if (!d || !expect(p, TOK_NEWLINE) || !parser_push(p, &decorators, d))
      return NULL;
  }
  NodeList list = parser_list(&decorators);
  switch (parser_kind(p)) {
  case TOK_CLASS: return class_def(p, list);
  case TOK_DEF: return function_def(p, parser_start(p), false, list);
  case TOK_ASYNC: return async_stmt(p, list);
  default: return invalid(p);
  }
}

/* What a statement that starts with the NAME "match" is. */
typedef enum {
  MATCH_NONE,      /* an ordinary statement: match = 1, match(x) */
  MATCH_STATEMENT, /* a match statement */
  MATCH_NO_COLON,  /* "match" subject NEWLINE: one if it is nothing else */
} MatchKind;

/* match_stmt -> "match" subject ':' NEWLINE ...
 * subject -> star_named_expression (',' star_named_expression)* [',']
 *
 * Rejected. `match` is a soft keyword, so telling a match statement from
 * an ordinary one takes a trial parse of the subject, as in CPython;
 * [newline] receives the index of the token after the subject. */
static MatchKind match_ahead(Parser *p, int *newline) {
  int trial = parser_begin_trial(p);
  parser_advance(p);
  Node *subject = parser_star_named_expression(p);
  while (subject && parser_accept(p, TOK_COMMA) && starts_star_expression(p))
    subject = parser_star_named_expression(p);
  MatchKind kind = MATCH_NONE;
  if (subject && parser_check(p, TOK_COLON) &&
      parser_kind_at(p, 1) == TOK_NEWLINE)
    kind = MATCH_STATEMENT;
  else if (subject && parser_check(p, TOK_NEWLINE))
    kind = MATCH_NO_COLON;
  *newline = parser_mark(p);
  parser_end_trial(p, trial, false);
  return kind;
}

/* True when simple_stmts parse from here (a trial). */
static bool simple_stmts_ahead(Parser *p) {
  NodeVec scratch = {0};
  int trial = parser_begin_trial(p);
  bool ok = simple_stmts(p, &scratch);
  parser_end_trial(p, trial, false);
  return ok;
}

/* A statement that starts with the NAME "match": a match statement is
 * rejected, `match x` without ':' gets CPython's "expected ':'", anything
 * else is an ordinary statement. */
static bool match_or_simple(Parser *p, NodeVec *out) {
  int newline;
  MatchKind kind = match_ahead(p, &newline);
  if (kind == MATCH_STATEMENT) {
    parser_error_token(p, parser_peek(p),
                       "'match' statements are not supported by Eddy");
    p->keep_error = true;
    return false;
  }
  if (kind == MATCH_NO_COLON && !p->fatal && !simple_stmts_ahead(p)) {
    parser_error_token(p, parser_token(p, newline), "expected ':'");
    return false;
  }
  if (!simple_stmts(p, out)) return false;
  if (kind == MATCH_NO_COLON && p->match_newline < 0)
    p->match_newline = newline;
  return true;
}

/* statement -> compound_stmt | simple_stmts
 * compound_stmt -> function_def | if_stmt | class_def | with_stmt
 *                | for_stmt | try_stmt | while_stmt | decorated
 *                | match_stmt */
static bool statement(Parser *p, NodeVec *out) {
  Node *s;
  NodeList none = {0};
  switch (parser_kind(p)) {
  case TOK_IF: s = if_stmt(p); break;
  case TOK_WHILE: s = while_stmt(p); break;
  case TOK_FOR: s = for_stmt(p, parser_start(p), false); break;
  case TOK_WITH: s = with_stmt(p, parser_start(p), false); break;
  case TOK_TRY: s = try_stmt(p); break;
  case TOK_DEF: s = function_def(p, parser_start(p), false, none); break;
  case TOK_CLASS: s = class_def(p, none); break;
  case TOK_AT: s = decorated(p); break;
  case TOK_ASYNC: s = async_stmt(p, none); break;
  case TOK_NAME:
    if (parser_check_name(p, 0, "match")) return match_or_simple(p, out);
    return simple_stmts(p, out);
  default: return simple_stmts(p, out);
  }
  return s && parser_push(p, out, s);
}

/* file -> statement* ENDMARKER */
Node *parser_file(Parser *p) {
  NodeVec body = {0};
  while (!parser_check(p, TOK_EOF))
    if (!statement(p, &body)) return NULL;
  Node *mod = parser_node_at(p, NODE_MODULE, (Pos){0, 0}, (Pos){0, 0});
  if (mod) mod->as.module.body = parser_list(&body);
  return mod;
}
