/* parse_expr.c: expressions, from star_expressions down to atoms.
 *
 * One function per rule of grammar.txt's expression section, in
 * precedence order from lowest (lambda) to highest (atom). Besides the
 * tree, this file reproduces the error messages CPython's second parser
 * pass gives for invalid expressions ("Perhaps you forgot a comma?",
 * "cannot assign to ... here", ...): each check runs where the plain parse
 * is about to fail, and looks at the text the way CPython's invalid_ rule
 * does, by a trial parse when it must look ahead.
 */
#include <string.h>

#include "parser/parser_internal.h"

static Node *conjunction(Parser *p);
static Node *inversion(Parser *p);
static Node *comparison(Parser *p);
static Node *factor(Parser *p);
static Node *primary(Parser *p);
static Node *atom(Parser *p);

/* ---- helpers --------------------------------------------------------- */

bool parser_starts_expression(TokenKind kind) {
  switch (kind) {
  case TOK_NAME:
  case TOK_INT:
  case TOK_FLOAT:
  case TOK_IMAGINARY:
  case TOK_STRING:
  case TOK_LPAR:
  case TOK_LSQB:
  case TOK_LBRACE:
  case TOK_MINUS:
  case TOK_PLUS:
  case TOK_TILDE:
  case TOK_NOT:
  case TOK_LAMBDA:
  case TOK_AWAIT:
  case TOK_NONE:
  case TOK_TRUE:
  case TOK_FALSE:
  case TOK_ELLIPSIS: return true;
  default: return false;
  }
}

/* True when the next token can begin a star_expression. */
static bool starts_star_expression(Parser *p) {
  TokenKind kind = parser_kind(p);
  return kind == TOK_STAR || parser_starts_expression(kind);
}

bool parser_comprehension_ahead(Parser *p) {
  return parser_check(p, TOK_FOR) ||
         (parser_check(p, TOK_ASYNC) && parser_kind_at(p, 1) == TOK_FOR);
}

/* A Name node for the NAME token [t] in context [ctx]. */
static Node *name_node(Parser *p, const Token *t, ExprContext ctx) {
  Node *n = parser_node_at(p, NODE_NAME, (Pos){t->line, t->col},
                           (Pos){t->end_line, t->end_col});
  if (!n) return NULL;
  n->as.name.id = parser_name_text(p, t);
  n->as.name.ctx = ctx;
  return n->as.name.id ? n : NULL;
}

/* A Constant of [kind] for the keyword token just ahead (True, ...). */
static Node *keyword_constant(Parser *p, ConstKind kind) {
  Pos start = parser_start(p);
  parser_advance(p);
  Node *n = parser_node(p, NODE_CONSTANT, start);
  if (n) n->as.constant.value.kind = kind;
  return n;
}

/* A node of [kind] (List, Tuple or Set) from [start] holding [elts]. */
static Node *sequence(Parser *p, NodeKind kind, Pos start,
                      const NodeVec *elts) {
  Node *n = parser_node(p, kind, start);
  if (!n) return NULL;
  n->as.tuple.elts = parser_list(elts);
  n->as.tuple.ctx = CTX_LOAD;
  return n;
}

/* A BinOp [left] [op] [right] that began at [start]. */
static Node *binop(Parser *p, Pos start, Node *left, BinOpKind op,
                   Node *right) {
  Node *n = parser_node(p, NODE_BIN_OP, start);
  if (!n) return NULL;
  n->as.bin_op.left = left;
  n->as.bin_op.op = op;
  n->as.bin_op.right = right;
  return n;
}

/* A UnaryOp [op] [operand] that began at [start]. */
static Node *unary(Parser *p, Pos start, UnaryOpKind op, Node *operand) {
  Node *n = parser_node(p, NODE_UNARY_OP, start);
  if (!n) return NULL;
  n->as.unary_op.op = op;
  n->as.unary_op.operand = operand;
  return n;
}

/* Parses '*' followed by [operand] into a Starred node. */
static Node *starred(Parser *p, Node *(*operand)(Parser *)) {
  Pos start = parser_start(p);
  parser_advance(p);
  Node *value = operand(p);
  if (!value) return NULL;
  Node *n = parser_node(p, NODE_STARRED, start);
  if (!n) return NULL;
  n->as.starred.value = value;
  n->as.starred.ctx = CTX_LOAD;
  return n;
}

/* After the part of a rule that starts at token [mark] has failed: when
 * the failure worded no error of its own, puts the position back at
 * [mark] and returns true, so that the rule ends before that part, as
 * CPython's PEG parser ends a repetition or falls back to a shorter
 * alternative (`a + b +` reads as `a + b`). An error that was worded
 * stands. */
static bool backtrack(Parser *p, int mark) {
  if (p->diag->set || p->stopped || p->fatal) return false;
  p->failed = false;
  parser_reset(p, mark);
  return true;
}

/* Consumes the closing bracket [kind], or fails (see parser_invalid). */
static bool close_bracket(Parser *p, TokenKind kind) {
  if (parser_accept(p, kind)) return true;
  parser_invalid(p);
  return false;
}

/* ---- star_expressions ------------------------------------------------ */

/* Parses the elements after the first, [first], of a comma-separated
 * sequence begun at [start], each by [element]; returns the Tuple. */
static Node *tuple_rest(Parser *p, Pos start, Node *first,
                        Node *(*element)(Parser *)) {
  NodeVec elts = {0};
  if (!parser_push(p, &elts, first)) return NULL;
  while (parser_accept(p, TOK_COMMA)) {
    if (!starts_star_expression(p)) break;
    Node *e = element(p);
    if (!e || !parser_push(p, &elts, e)) return NULL;
  }
  return sequence(p, NODE_TUPLE, start, &elts);
}

/* star_expressions -> star_expression (',' star_expression)* [','] */
Node *parser_star_expressions(Parser *p) {
  Pos start = parser_start(p);
  Node *first = parser_star_expression(p);
  if (!first || !parser_check(p, TOK_COMMA)) return first;
  return tuple_rest(p, start, first, parser_star_expression);
}

/* star_expression -> '*' bitwise_or | expression */
Node *parser_star_expression(Parser *p) {
  if (parser_check(p, TOK_STAR)) return starred(p, parser_bitwise_or);
  return parser_expression(p);
}

/* star_named_expression -> '*' bitwise_or | named_expression */
Node *parser_star_named_expression(Parser *p) {
  if (parser_check(p, TOK_STAR)) return starred(p, parser_bitwise_or);
  return parser_named_expression(p);
}

/* annotated_rhs -> yield_expr | star_expressions */
Node *parser_annotated_rhs(Parser *p) {
  if (parser_check(p, TOK_YIELD)) return parser_yield_expr(p);
  return parser_star_expressions(p);
}

/* ---- named_expression ------------------------------------------------ */

/* assignment_expression -> NAME ':=' expression */
static Node *assignment_expression(Parser *p) {
  Pos start = parser_start(p);
  Node *target = name_node(p, parser_advance(p), CTX_STORE);
  parser_advance(p);
  Node *value = parser_expression(p);
  if (!target || !value) return NULL;
  Node *n = parser_node(p, NODE_NAMED_EXPR, start);
  if (!n) return NULL;
  n->as.named_expr.target = target;
  n->as.named_expr.value = value;
  return n;
}

Node *parser_assigned_value(Parser *p, int eq) {
  int save = parser_mark(p);
  parser_reset(p, eq + 1);
  int check = parser_begin_check(p);
  Node *value = parser_bitwise_or(p);
  TokenKind next = parser_kind(p);
  bool ok = parser_end_check(p, check, false);
  parser_reset(p, save);
  if (!ok || next == TOK_EQUAL || next == TOK_COLONEQUAL) return NULL;
  return value;
}

/* The first atom of [e] when [e] is an operator or trailer chain. */
static const Node *leftmost(const Node *e) {
  for (;;) {
    switch (e->kind) {
    case NODE_BIN_OP: e = e->as.bin_op.left; break;
    case NODE_ATTRIBUTE: e = e->as.attribute.value; break;
    case NODE_SUBSCRIPT: e = e->as.subscript.value; break;
    case NODE_CALL: e = e->as.call.func; break;
    default: return e;
    }
  }
}

/* True when the tokens from [from] begin with a list, tuple or generator
 * display, or True, None or False, that opens the expression [e]. */
static bool display_first(Parser *p, int from, const Node *e) {
  const Token *t = parser_token(p, from);
  if (t->kind == TOK_TRUE || t->kind == TOK_NONE || t->kind == TOK_FALSE)
    return true;
  const Node *first = leftmost(e);
  if (first->lineno != t->line || first->col_offset != t->col) return false;
  if (t->kind == TOK_LSQB) return first->kind == NODE_LIST;
  return t->kind == TOK_LPAR &&
         (first->kind == NODE_TUPLE || first->kind == NODE_GENERATOR_EXP);
}

bool parser_assignable_lhs(Parser *p, int from, int to, const Node *e) {
  if (display_first(p, from, e)) return false;
  if (parser_group_span(p, from, to)) return true;
  switch (e->kind) {
  case NODE_COMPARE:
  case NODE_BOOL_OP:
  case NODE_IF_EXP:
  case NODE_LAMBDA:
  case NODE_NAMED_EXPR:
  case NODE_YIELD:
  case NODE_YIELD_FROM:
  case NODE_STARRED: return false;
  case NODE_UNARY_OP: return e->as.unary_op.op != UNARY_NOT;
  default: return true;
  }
}

bool parser_named_assign_error(Parser *p, int from, int eq, const Node *e) {
  bool bare_name = e->kind == NODE_NAME && eq == from + 1;
  Node *value = parser_assigned_value(p, eq);
  if (!value) return p->stopped;
  if (bare_name) {
    parser_error_range(p, e, value,
                       "invalid syntax. Maybe you meant '==' "
                       "or ':=' instead of '='?");
    return true;
  }
  if (!parser_assignable_lhs(p, from, eq, e)) return false;
  parser_error_node(p, e,
                    "cannot assign to %s here. Maybe you meant '==' instead "
                    "of '='?",
                    parser_expr_name(e));
  return true;
}

/* named_expression -> assignment_expression | expression */
Node *parser_named_expression(Parser *p) {
  if (parser_check(p, TOK_NAME) && parser_kind_at(p, 1) == TOK_COLONEQUAL)
    return assignment_expression(p);
  int mark = parser_mark(p);
  Node *e = parser_expression(p);
  if (!e) return NULL;
  if (parser_check(p, TOK_COLONEQUAL)) {
    parser_error_node(p, e, "cannot use assignment expressions with %s",
                      parser_expr_name(e));
    return NULL;
  }
  if (parser_check(p, TOK_EQUAL) &&
      parser_named_assign_error(p, mark, parser_mark(p), e))
    return NULL;
  return e;
}

/* ---- expression ------------------------------------------------------ */

/* True when [t] counts as a soft keyword (match, case, _) for CPython's
 * invalid_expression: its check compares only the token's length of
 * characters, so any prefix of one ("c", "ma") counts too. */
static bool soft_keyword(const Token *t) {
  static const char *const words[] = {"_", "case", "match"};
  if (t->kind != TOK_NAME) return false;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if ((size_t)t->length <= strlen(words[i]) &&
        memcmp(words[i], t->start, (size_t)t->length) == 0)
      return true;
  return false;
}

/* Parses, as a trial with the error checks off, the expression that
 * follows; returns it when it parses and ends inside brackets (or, with
 * [star], star_expressions anywhere). The trial is made even where its
 * result cannot count, as CPython's parser makes it: the tokens it reads
 * decide whether an unclosed bracket is reported instead. */
static Node *juxtaposed_expression(Parser *p, bool star) {
  int check = parser_begin_check(p);
  p->no_invalid = !star;
  Node *b = star ? parser_star_expressions(p) : parser_expression(p);
  bool inside = parser_level(p) > 0;
  bool ok = parser_end_check(p, check, false);
  return ok && (star || inside) ? b : NULL;
}

/* True for the name print or exec, which CPython's invalid_legacy_expression
 * words a message for. */
static bool legacy_name(const Node *a) {
  return a->kind == NODE_NAME && (strcmp(a->as.name.id, "print") == 0 ||
                                  strcmp(a->as.name.id, "exec") == 0);
}

/* CPython's invalid_expression and invalid_legacy_expression: the
 * expression [a], begun at token [mark], directly followed by another.
 * Inside brackets that is "Perhaps you forgot a comma?"; after print or
 * exec, "Missing parentheses in call to ...". Reading what follows may
 * itself raise an error. Returns true when an error was recorded. */
static bool juxtaposed(Parser *p, int mark, const Node *a) {
  if (!parser_starts_expression(parser_kind(p))) return false;
  const Token *first = parser_token(p, mark);
  bool single_name = a->kind == NODE_NAME && parser_mark(p) == mark + 1;
  bool string_next =
      first->kind == TOK_NAME && parser_token(p, mark + 1)->kind == TOK_STRING;
  if (!soft_keyword(first) && !string_next) {
    Node *b = juxtaposed_expression(p, false);
    if (p->stopped) return true;
    if (b && !(single_name && legacy_name(a))) {
      parser_error_range(p, a, b,
                         "invalid syntax. Perhaps you forgot a comma?");
      return true;
    }
  }
  if (!single_name) return false;
  Node *b = juxtaposed_expression(p, true);
  if (p->stopped) return true;
  if (!b || !legacy_name(a)) return false;
  const char *id = a->as.name.id;
  parser_error_range(p, a, b,
                     "Missing parentheses in call to '%s'. Did you mean "
                     "%s(...)?",
                     id, id);
  return true;
}

/* Reports the missing 'else' of a conditional expression with body
 * [body] and test [test]. */
static Node *missing_else(Parser *p, const Node *body, const Node *test) {
  if (parser_check(p, TOK_COLON))
    parser_invalid(p);
  else
    parser_error_range(p, body, test, "expected 'else' after 'if' expression");
  return NULL;
}

/* conditional -> disjunction ['if' disjunction 'else' expression]
 *
 * With [plain] (CPython's expression_without_invalid) the checks that
 * word errors for invalid code are off at this level. */
static Node *conditional(Parser *p, bool plain) {
  int mark = parser_mark(p);
  Pos start = parser_start(p);
  Node *body = parser_disjunction(p);
  if (!body) return NULL;
  if (!parser_check(p, TOK_IF))
    return !plain && juxtaposed(p, mark, body) ? NULL : body;
  int after_body = parser_mark(p);
  parser_advance(p);
  Node *test = parser_disjunction(p);
  if (test && !parser_accept(p, TOK_ELSE)) {
    if (!plain) return missing_else(p, body, test);
    parser_reset(p, after_body);
    return body;
  }
  Node *orelse = test ? parser_expression(p) : NULL;
  if (!orelse) return backtrack(p, after_body) ? body : NULL;
  Node *n = parser_node(p, NODE_IF_EXP, start);
  if (!n) return NULL;
  n->as.if_exp.test = test;
  n->as.if_exp.body = body;
  n->as.if_exp.orelse = orelse;
  return n;
}

/* lambdef -> 'lambda' [params] ':' expression */
static Node *lambdef(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  Node *args = parser_params(p, true);
  if (!args || !close_bracket(p, TOK_COLON)) return NULL;
  Node *body = parser_expression(p);
  Node *n = body ? parser_node(p, NODE_LAMBDA, start) : NULL;
  if (!n) return NULL;
  n->as.lambda.args = args;
  n->as.lambda.body = body;
  return n;
}

/* expression -> conditional | lambdef */
Node *parser_expression(Parser *p) {
  bool plain = p->no_invalid;
  p->no_invalid = false;
  if (!parser_enter(p)) return NULL;
  Node *e = parser_check(p, TOK_LAMBDA) ? lambdef(p) : conditional(p, plain);
  parser_leave(p);
  return e;
}

/* ---- boolean operators and comparisons ------------------------------- */

/* Parses [operand] ([tok] [operand])* into one BoolOp [op]. */
static Node *bool_chain(Parser *p, TokenKind tok, BoolOpKind op,
                        Node *(*operand)(Parser *)) {
  Pos start = parser_start(p);
  Node *first = operand(p);
  if (!first || !parser_check(p, tok)) return first;
  NodeVec values = {0};
  if (!parser_push(p, &values, first)) return NULL;
  for (int mark = parser_mark(p); parser_accept(p, tok);
       mark = parser_mark(p)) {
    Node *v = operand(p);
    if (!v && backtrack(p, mark)) break;
    if (!v || !parser_push(p, &values, v)) return NULL;
  }
  if (values.count == 1) return first;
  Node *n = parser_node(p, NODE_BOOL_OP, start);
  if (!n) return NULL;
  n->as.bool_op.op = op;
  n->as.bool_op.values = parser_list(&values);
  return n;
}

/* disjunction -> conjunction ('or' conjunction)* */
Node *parser_disjunction(Parser *p) {
  return bool_chain(p, TOK_OR, BOOLOP_OR, conjunction);
}

/* conjunction -> inversion ('and' inversion)* */
static Node *conjunction(Parser *p) {
  return bool_chain(p, TOK_AND, BOOLOP_AND, inversion);
}

/* inversion -> 'not' inversion | comparison */
static Node *inversion(Parser *p) {
  if (!parser_check(p, TOK_NOT)) return comparison(p);
  Pos start = parser_start(p);
  parser_advance(p);
  if (!parser_enter(p)) return NULL;
  Node *operand = inversion(p);
  parser_leave(p);
  return operand ? unary(p, start, UNARY_NOT, operand) : NULL;
}

/* compare_op -> '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in'
 *             | 'is' | 'is' 'not' */
static bool compare_op(Parser *p, CmpOpKind *op) {
  switch (parser_kind(p)) {
  case TOK_EQEQUAL: *op = CMP_EQ; break;
  case TOK_NOTEQUAL: *op = CMP_NOT_EQ; break;
  case TOK_LESS: *op = CMP_LT; break;
  case TOK_LESSEQUAL: *op = CMP_LT_E; break;
  case TOK_GREATER: *op = CMP_GT; break;
  case TOK_GREATEREQUAL: *op = CMP_GT_E; break;
  case TOK_IN: *op = CMP_IN; break;
  case TOK_NOT:
    if (parser_kind_at(p, 1) != TOK_IN) return false;
    parser_advance(p);
    *op = CMP_NOT_IN;
    break;
  case TOK_IS:
    *op = parser_kind_at(p, 1) == TOK_NOT ? CMP_IS_NOT : CMP_IS;
    if (*op == CMP_IS_NOT) parser_advance(p);
    break;
  default: return false;
  }
  parser_advance(p);
  return true;
}

/* Appends [op] to the arena array [*ops] of [count] items. */
static bool push_op(Parser *p, CmpOpKind **ops, int count, CmpOpKind op) {
  if ((count & (count - 1)) == 0) { /* 0, 1, 2, 4, ...: grow */
    int cap = count ? count * 2 : 1;
    CmpOpKind *grown = arena_alloc(p->arena, sizeof(CmpOpKind) * (size_t)cap);
    if (!grown) {
      parser_oom(p);
      return false;
    }
    if (count) memcpy(grown, *ops, sizeof(CmpOpKind) * (size_t)count);
    *ops = grown;
  }
  (*ops)[count] = op;
  return true;
}

/* comparison -> bitwise_or (compare_op bitwise_or)* */
static Node *comparison(Parser *p) {
  Pos start = parser_start(p);
  Node *left = parser_bitwise_or(p);
  CmpOpKind op;
  int op_mark = parser_mark(p);
  if (!left || !compare_op(p, &op)) return left;
  NodeVec comparators = {0};
  CmpOpKind *ops = NULL;
  int mark = op_mark;
  do {
    Node *right = parser_bitwise_or(p);
    if (!right && backtrack(p, mark)) break;
    if (!right || !push_op(p, &ops, comparators.count, op) ||
        !parser_push(p, &comparators, right))
      return NULL;
    mark = parser_mark(p);
  } while (compare_op(p, &op));
  if (comparators.count == 0) return left;
  Node *n = parser_node(p, NODE_COMPARE, start);
  if (!n) return NULL;
  n->as.compare.left = left;
  n->as.compare.ops = ops;
  n->as.compare.comparators = parser_list(&comparators);
  return n;
}

/* ---- binary operators ------------------------------------------------ */

/* A binary operator token and the operator it stands for. */
typedef struct OpMap {
  TokenKind tok; /* the operator's token */
  BinOpKind op;  /* the BinOp operator */
} OpMap;

/* Parses [operand] (op [operand])* for the [count] operators of [ops],
 * building left-associative BinOps. */
static Node *binary_chain(Parser *p, Node *(*operand)(Parser *),
                          const OpMap *ops, int count) {
  Pos start = parser_start(p);
  Node *left = operand(p);
  int links = 0;
  while (left) {
    TokenKind kind = parser_kind(p);
    int i = 0;
    while (i < count && ops[i].tok != kind) i++;
    if (i == count) break;
    int mark = parser_mark(p);
    parser_advance(p);
    if (!parser_deepen(p)) {
      left = NULL;
      break;
    }
    links++;
    Node *right = operand(p);
    if (!right && backtrack(p, mark)) break;
    left = right ? binop(p, start, left, ops[i].op, right) : NULL;
  }
  parser_undeepen(p, links);
  return left;
}

/* term -> factor (('*' | '/' | '//' | '%' | '@') factor)* */
static Node *term(Parser *p) {
  static const OpMap ops[] = {{TOK_STAR, BINOP_MULT},
                              {TOK_SLASH, BINOP_DIV},
                              {TOK_DOUBLESLASH, BINOP_FLOORDIV},
                              {TOK_PERCENT, BINOP_MOD},
                              {TOK_AT, BINOP_MATMULT}};
  return binary_chain(p, factor, ops, 5);
}

/* sum -> term (('+' | '-') term)* */
static Node *sum(Parser *p) {
  static const OpMap ops[] = {{TOK_PLUS, BINOP_ADD}, {TOK_MINUS, BINOP_SUB}};
  return binary_chain(p, term, ops, 2);
}

/* shift_expr -> sum (('<<' | '>>') sum)* */
static Node *shift_expr(Parser *p) {
  static const OpMap ops[] = {{TOK_LEFTSHIFT, BINOP_LSHIFT},
                              {TOK_RIGHTSHIFT, BINOP_RSHIFT}};
  return binary_chain(p, sum, ops, 2);
}

/* bitwise_and -> shift_expr ('&' shift_expr)* */
static Node *bitwise_and(Parser *p) {
  static const OpMap ops[] = {{TOK_AMPER, BINOP_BITAND}};
  return binary_chain(p, shift_expr, ops, 1);
}

/* bitwise_xor -> bitwise_and ('^' bitwise_and)* */
static Node *bitwise_xor(Parser *p) {
  static const OpMap ops[] = {{TOK_CIRCUMFLEX, BINOP_BITXOR}};
  return binary_chain(p, bitwise_and, ops, 1);
}

/* bitwise_or -> bitwise_xor ('|' bitwise_xor)* */
Node *parser_bitwise_or(Parser *p) {
  static const OpMap ops[] = {{TOK_VBAR, BINOP_BITOR}};
  return binary_chain(p, bitwise_xor, ops, 1);
}

/* ---- unary operators, power, await ----------------------------------- */

static Node *power(Parser *p);

/* factor -> ('+' | '-' | '~') factor | power */
static Node *factor(Parser *p) {
  UnaryOpKind op;
  switch (parser_kind(p)) {
  case TOK_PLUS: op = UNARY_UADD; break;
  case TOK_MINUS: op = UNARY_USUB; break;
  case TOK_TILDE: op = UNARY_INVERT; break;
  default: return power(p);
  }
  Pos start = parser_start(p);
  parser_advance(p);
  if (!parser_enter(p)) return NULL;
  Node *operand = factor(p);
  parser_leave(p);
  return operand ? unary(p, start, op, operand) : NULL;
}

/* await_primary -> 'await' primary | primary */
static Node *await_primary(Parser *p) {
  if (!parser_check(p, TOK_AWAIT)) return primary(p);
  Pos start = parser_start(p);
  parser_advance(p);
  Node *value = primary(p);
  Node *n = value ? parser_node(p, NODE_AWAIT, start) : NULL;
  if (n) n->as.await.value = value;
  return n;
}

/* power -> await_primary ['**' factor] */
static Node *power(Parser *p) {
  Pos start = parser_start(p);
  Node *base = await_primary(p);
  int mark = parser_mark(p);
  if (!base || !parser_accept(p, TOK_DOUBLESTAR)) return base;
  if (!parser_enter(p)) return NULL;
  Node *exponent = factor(p);
  parser_leave(p);
  if (!exponent) return backtrack(p, mark) ? base : NULL;
  return binop(p, start, base, BINOP_POW, exponent);
}

/* ---- primary: attributes, calls, subscripts -------------------------- */

/* slice -> [expression] ':' [expression] [':' [expression]]
 *        | named_expression */
static Node *slice(Parser *p) {
  Pos start = parser_start(p);
  Node *lower = NULL, *upper = NULL, *step = NULL;
  if (!parser_check(p, TOK_COLON)) {
    bool paren = parser_check(p, TOK_LPAR);
    lower = parser_named_expression(p);
    if (!lower || !parser_check(p, TOK_COLON)) return lower;
    if (lower->kind == NODE_NAMED_EXPR && !paren) {
      parser_invalid(p);
      return NULL;
    }
  }
  parser_advance(p);
  if (parser_starts_expression(parser_kind(p)) &&
      !(upper = parser_expression(p)))
    return NULL;
  if (parser_accept(p, TOK_COLON) && parser_starts_expression(parser_kind(p)) &&
      !(step = parser_expression(p)))
    return NULL;
  Node *n = parser_node(p, NODE_SLICE, start);
  if (!n) return NULL;
  n->as.slice.lower = lower;
  n->as.slice.upper = upper;
  n->as.slice.step = step;
  return n;
}

/* slice_item -> slice | '*' bitwise_or */
static Node *slice_item(Parser *p) {
  if (parser_check(p, TOK_STAR)) return starred(p, parser_bitwise_or);
  return slice(p);
}

/* slices -> slice !',' | slice_item (',' slice_item)* [','] */
static Node *slices(Parser *p) {
  Pos start = parser_start(p);
  Node *first = slice_item(p);
  if (!first) return NULL;
  if (!parser_check(p, TOK_COMMA) && first->kind != NODE_STARRED) return first;
  NodeVec elts = {0};
  if (!parser_push(p, &elts, first)) return NULL;
  while (parser_accept(p, TOK_COMMA) && !parser_check(p, TOK_RSQB)) {
    Node *e = slice_item(p);
    if (!e || !parser_push(p, &elts, e)) return NULL;
  }
  return sequence(p, NODE_TUPLE, start, &elts);
}

/* subscript -> '[' slices ']' */
static Node *subscript(Parser *p, Pos start, Node *value) {
  parser_advance(p);
  Node *index = slices(p);
  if (!index || !close_bracket(p, TOK_RSQB)) return NULL;
  Node *n = parser_node(p, NODE_SUBSCRIPT, start);
  if (!n) return NULL;
  n->as.subscript.value = value;
  n->as.subscript.slice = index;
  n->as.subscript.ctx = CTX_LOAD;
  return n;
}

/* call -> '(' [arguments] ')' */
static Node *call(Parser *p, Pos start, Node *func) {
  parser_advance(p);
  Node *n = parser_node(p, NODE_CALL, start);
  if (!n) return NULL;
  n->as.call.func = func;
  if (!parser_check(p, TOK_RPAR) && !parser_arguments(p, n, true)) return NULL;
  if (!close_bracket(p, TOK_RPAR)) return NULL;
  const Token *t = parser_prev(p);
  n->end_lineno = t->end_line;
  n->end_col_offset = t->end_col;
  return n;
}

/* attribute -> '.' NAME */
static Node *attribute(Parser *p, Pos start, Node *value) {
  parser_advance(p);
  if (!parser_check(p, TOK_NAME)) {
    parser_invalid(p);
    return NULL;
  }
  const char *attr = parser_name_text(p, parser_advance(p));
  Node *n = attr ? parser_node(p, NODE_ATTRIBUTE, start) : NULL;
  if (!n) return NULL;
  n->as.attribute.value = value;
  n->as.attribute.attr = attr;
  n->as.attribute.ctx = CTX_LOAD;
  return n;
}

/* primary -> atom (attribute | call | subscript)* */
static Node *primary(Parser *p) {
  Pos start = parser_start(p);
  Node *e = atom(p);
  int links = 0;
  while (e) {
    TokenKind kind = parser_kind(p);
    if (kind != TOK_DOT && kind != TOK_LPAR && kind != TOK_LSQB) break;
    if (!parser_deepen(p)) {
      e = NULL;
      break;
    }
    links++;
    Node *before = e;
    int mark = parser_mark(p);
    if (kind == TOK_DOT)
      e = attribute(p, start, e);
    else if (kind == TOK_LPAR)
      e = call(p, start, e);
    else
      e = subscript(p, start, e);
    if (!e && kind != TOK_LPAR && backtrack(p, mark)) {
      e = before;
      break;
    }
  }
  parser_undeepen(p, links);
  return e;
}

/* ---- comprehensions -------------------------------------------------- */

/* for_if_clause -> ['async'] 'for' loop_target 'in' disjunction
 *                  ('if' disjunction)* */
static Node *for_if_clause(Parser *p) {
  bool is_async = parser_accept(p, TOK_ASYNC);
  parser_advance(p);
  Node *target = parser_loop_target(p);
  if (!target) return NULL;
  parser_advance(p);
  Node *iter = parser_disjunction(p);
  if (!iter) return NULL;
  NodeVec ifs = {0};
  while (parser_accept(p, TOK_IF)) {
    Node *cond = parser_disjunction(p);
    if (!cond || !parser_push(p, &ifs, cond)) return NULL;
  }
  Node *n = parser_node_at(p, NODE_COMPREHENSION, (Pos){0, 0}, (Pos){0, 0});
  if (!n) return NULL;
  n->as.comprehension.target = target;
  n->as.comprehension.iter = iter;
  n->as.comprehension.ifs = parser_list(&ifs);
  n->as.comprehension.is_async = is_async;
  return n;
}

/* for_if_clauses -> for_if_clause+ */
bool parser_for_if_clauses(Parser *p, NodeList *out) {
  NodeVec gens = {0};
  while (parser_comprehension_ahead(p)) {
    Node *g = for_if_clause(p);
    if (!g || !parser_push(p, &gens, g)) return false;
  }
  *out = parser_list(&gens);
  return true;
}

const Node *parser_last_comprehension_item(NodeList gens) {
  const Node *last = gens.items[gens.count - 1];
  NodeList ifs = last->as.comprehension.ifs;
  return ifs.count ? ifs.items[ifs.count - 1] : last->as.comprehension.iter;
}

/* comprehension -> for_if_clauses (')' | ']' | '}')
 *
 * The clauses of a ListComp, SetComp or GeneratorExp [kind] with element
 * [elt], up to the closing bracket [close]. */
static Node *comprehension(Parser *p, NodeKind kind, Pos start, Node *elt,
                           TokenKind close) {
  if (elt->kind == NODE_STARRED) {
    parser_error_node(p, elt,
                      "iterable unpacking cannot be used in comprehension");
    return NULL;
  }
  NodeList gens;
  if (!parser_for_if_clauses(p, &gens) || !close_bracket(p, close)) return NULL;
  Node *n = parser_node(p, kind, start);
  if (!n) return NULL;
  n->as.comp.elt = elt;
  n->as.comp.generators = gens;
  return n;
}

/* Reports `[a, b for ...]` whose elements run from [first] to [last]. */
static Node *unparenthesized_target(Parser *p, const Node *first,
                                    const Node *last) {
  parser_error_range(p, first, last,
                     "did you forget parentheses around the comprehension "
                     "target?");
  return NULL;
}

/* display_rest -> (',' star_named_expression)* [','] (')' | ']' | '}')
 *
 * The elements after [first] of a tuple, list or set display, up to
 * [close], into [elts]; [display] is false for a tuple, where a following
 * comprehension is plain invalid syntax. */
static bool display_rest(Parser *p, Node *first, NodeVec *elts, TokenKind close,
                         bool display) {
  if (!parser_push(p, elts, first)) return false;
  while (parser_accept(p, TOK_COMMA) && !parser_check(p, close)) {
    if (display && parser_comprehension_ahead(p)) {
      const Token *comma = parser_prev(p);
      Node *end = parser_node_at(p, NODE_NAME, (Pos){comma->line, comma->col},
                                 (Pos){comma->end_line, comma->end_col});
      return end && unparenthesized_target(p, first, end);
    }
    Node *e = parser_star_named_expression(p);
    if (!e || !parser_push(p, elts, e)) return false;
  }
  if (display && elts->count > 1 && parser_comprehension_ahead(p))
    return unparenthesized_target(p, first, elts->items[elts->count - 1]);
  return close_bracket(p, close);
}

/* ---- atoms ----------------------------------------------------------- */

/* CPython's invalid_group for `(**x)`: the '**' token is next. */
static Node *double_starred_group(Parser *p) {
  const Token *stars = parser_advance(p);
  int check = parser_begin_check(p);
  Node *e = parser_expression(p);
  bool closed = e && parser_check(p, TOK_RPAR);
  if (!parser_end_check(p, check, false) && p->stopped) return NULL;
  if (closed)
    parser_error_token(p, stars, "cannot use double starred expression here");
  else
    parser_invalid(p);
  return NULL;
}

/* tuple_group -> '(' ')' | '(' yield_expr ')' | '(' named_expression ')'
 *             | '(' star_named_expression ',' [star_named_expressions] ')'
 *             | '(' named_expression for_if_clauses ')' */
static Node *tuple_group(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  NodeVec elts = {0};
  if (parser_accept(p, TOK_RPAR)) return sequence(p, NODE_TUPLE, start, &elts);
  if (parser_check(p, TOK_DOUBLESTAR)) return double_starred_group(p);
  if (parser_check(p, TOK_YIELD)) {
    Node *y = parser_yield_expr(p);
    return y && close_bracket(p, TOK_RPAR) ? y : NULL;
  }
  Node *first = parser_star_named_expression(p);
  if (!first) return NULL;
  if (parser_comprehension_ahead(p))
    return comprehension(p, NODE_GENERATOR_EXP, start, first, TOK_RPAR);
  if (parser_check(p, TOK_RPAR) && first->kind == NODE_STARRED) {
    parser_error_node(p, first, "cannot use starred expression here");
    return NULL;
  }
  if (parser_accept(p, TOK_RPAR)) return first;
  if (!parser_check(p, TOK_COMMA))
    return close_bracket(p, TOK_RPAR) ? first : NULL;
  if (!display_rest(p, first, &elts, TOK_RPAR, false)) return NULL;
  return sequence(p, NODE_TUPLE, start, &elts);
}

/* list_atom -> '[' [star_named_expressions] ']'
 *           | '[' named_expression for_if_clauses ']' */
static Node *list_atom(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  NodeVec elts = {0};
  if (parser_accept(p, TOK_RSQB)) return sequence(p, NODE_LIST, start, &elts);
  Node *first = parser_star_named_expression(p);
  if (!first) return NULL;
  if (parser_comprehension_ahead(p))
    return comprehension(p, NODE_LIST_COMP, start, first, TOK_RSQB);
  if (!display_rest(p, first, &elts, TOK_RSQB, true)) return NULL;
  return sequence(p, NODE_LIST, start, &elts);
}

/* Reports a dict value that is missing or starred, after the ':' token
 * [colon]; returns true when it recorded an error. */
static bool bad_dict_value(Parser *p, const Token *colon) {
  TokenKind kind = parser_kind(p);
  if (kind == TOK_RBRACE || kind == TOK_COMMA) {
    parser_error_token(p, colon,
                       "expression expected after dictionary key and ':'");
    return true;
  }
  if (kind != TOK_STAR) return false;
  Node *e = starred(p, parser_bitwise_or);
  if (e)
    parser_error_node(p, e,
                      "cannot use a starred expression in a dictionary value");
  return true;
}

/* dict_value -> ':' expression
 *
 * The value of the entry with key [key]. */
static Node *dict_value(Parser *p, const Node *key) {
  if (!parser_check(p, TOK_COLON)) {
    Pos at = {key->end_lineno, key->end_col_offset - 1};
    parser_error_span(p, DIAG_SYNTAX_ERROR, at, (Pos){at.line, -1},
                      "':' expected after dictionary key");
    return NULL;
  }
  const Token *colon = parser_advance(p);
  if (bad_dict_value(p, colon)) return NULL;
  return parser_expression(p);
}

/* dict_entry -> '**' bitwise_or | expression dict_value
 *
 * Stores the key (NULL for '**') in [key] and returns the value. */
static Node *dict_entry(Parser *p, Node **key) {
  if (parser_accept(p, TOK_DOUBLESTAR)) {
    *key = NULL;
    return parser_bitwise_or(p);
  }
  *key = parser_expression(p);
  return *key ? dict_value(p, *key) : NULL;
}

/* dict_rest -> (',' dict_entry)* [','] '}'
 *
 * The entries after the first ([key], [value]) of the dict display begun
 * at [start]. */
static Node *dict_rest(Parser *p, Pos start, Node *key, Node *value) {
  NodeVec keys = {0}, values = {0};
  for (;;) {
    if (!parser_push(p, &keys, key) || !parser_push(p, &values, value))
      return NULL;
    if (!parser_accept(p, TOK_COMMA) || parser_check(p, TOK_RBRACE)) break;
    if (!(value = dict_entry(p, &key))) return NULL;
  }
  if (!close_bracket(p, TOK_RBRACE)) return NULL;
  Node *n = parser_node(p, NODE_DICT, start);
  if (!n) return NULL;
  n->as.dict.keys = parser_list(&keys);
  n->as.dict.values = parser_list(&values);
  return n;
}

/* dict_comprehension -> for_if_clauses '}'
 *
 * The clauses after the first [key] and [value]. */
static Node *dict_comprehension(Parser *p, Pos start, Node *key, Node *value) {
  NodeList gens;
  if (!parser_for_if_clauses(p, &gens) || !close_bracket(p, TOK_RBRACE))
    return NULL;
  Node *n = parser_node(p, NODE_DICT_COMP, start);
  if (!n) return NULL;
  n->as.dict_comp.key = key;
  n->as.dict_comp.value = value;
  n->as.dict_comp.generators = gens;
  return n;
}

/* dict_after_key -> dict_value (dict_comprehension | dict_rest)
 *
 * [key] (from token [key_mark]) was read as a named expression: a walrus
 * is refused here. */
static Node *dict_after_key(Parser *p, Pos start, int key_mark, Node *key) {
  if (key->kind == NODE_NAMED_EXPR &&
      parser_token(p, key_mark)->kind != TOK_LPAR) {
    parser_invalid(p);
    return NULL;
  }
  Node *value = dict_value(p, key);
  if (!value) return NULL;
  if (parser_comprehension_ahead(p))
    return dict_comprehension(p, start, key, value);
  return dict_rest(p, start, key, value);
}

/* dict_after_stars -> dict_entry dict_rest
 *
 * A dict display whose first entry is '**' (the next token). */
static Node *dict_after_stars(Parser *p, Pos start) {
  const Token *stars = parser_peek(p);
  Node *key;
  Node *value = dict_entry(p, &key);
  if (!value) return NULL;
  if (parser_comprehension_ahead(p)) {
    parser_error_token(p, stars,
                       "dict unpacking cannot be used in dict comprehension");
    return NULL;
  }
  return dict_rest(p, start, NULL, value);
}

/* brace_atom -> '{' '}' | '{' dict_after_stars
 *            | '{' star_named_expression dict_after_key
 *            | '{' star_named_expression comprehension
 *            | '{' star_named_expression display_rest */
static Node *brace_atom(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  if (parser_accept(p, TOK_RBRACE)) {
    Node *n = parser_node(p, NODE_DICT, start);
    return n;
  }
  if (parser_check(p, TOK_DOUBLESTAR)) return dict_after_stars(p, start);
  int mark = parser_mark(p);
  Node *first = parser_star_named_expression(p);
  if (!first) return NULL;
  if (parser_check(p, TOK_COLON) && first->kind != NODE_STARRED)
    return dict_after_key(p, start, mark, first);
  if (parser_comprehension_ahead(p))
    return comprehension(p, NODE_SET_COMP, start, first, TOK_RBRACE);
  NodeVec elts = {0};
  if (!display_rest(p, first, &elts, TOK_RBRACE, true)) return NULL;
  Node *n = parser_node(p, NODE_SET, start);
  if (n) n->as.set.elts = parser_list(&elts);
  return n;
}

/* atom -> NAME | 'True' | 'False' | 'None' | '...' | strings | NUMBER
 *       | tuple_group | list_atom | brace_atom */
static Node *atom(Parser *p) {
  switch (parser_kind(p)) {
  case TOK_NAME: return name_node(p, parser_advance(p), CTX_LOAD);
  case TOK_TRUE: return keyword_constant(p, CONST_TRUE);
  case TOK_FALSE: return keyword_constant(p, CONST_FALSE);
  case TOK_NONE: return keyword_constant(p, CONST_NONE);
  case TOK_ELLIPSIS: return keyword_constant(p, CONST_ELLIPSIS);
  case TOK_STRING: return parser_strings(p);
  case TOK_INT:
  case TOK_FLOAT:
  case TOK_IMAGINARY: return parser_number(p);
  case TOK_LPAR: return tuple_group(p);
  case TOK_LSQB: return list_atom(p);
  case TOK_LBRACE: return brace_atom(p);
  default: parser_invalid(p); return NULL;
  }
}

/* ---- yield ----------------------------------------------------------- */

/* yield_expr -> 'yield' 'from' expression | 'yield' [star_expressions] */
Node *parser_yield_expr(Parser *p) {
  Pos start = parser_start(p);
  parser_advance(p);
  NodeKind kind = parser_accept(p, TOK_FROM) ? NODE_YIELD_FROM : NODE_YIELD;
  Node *value = NULL;
  if (kind == NODE_YIELD_FROM)
    value = parser_expression(p);
  else if (starts_star_expression(p))
    value = parser_star_expressions(p);
  if (!value && (kind == NODE_YIELD_FROM || p->failed)) return NULL;
  Node *n = parser_node(p, kind, start);
  if (n) n->as.yield.value = value;
  return n;
}

/* ---- call arguments -------------------------------------------------- */

/* Where a call's argument list has got to, for CPython's ordering rules. */
typedef enum {
  ARGS_POSITIONAL, /* positional and *iterable arguments so far */
  ARGS_KEYWORD,    /* a keyword argument was seen */
  ARGS_UNPACKING,  /* a **mapping argument was seen */
} ArgsState;

/* The arguments of one call being collected. */
typedef struct Args {
  NodeVec positional; /* expressions and Starred */
  NodeVec keywords;   /* keyword nodes */
  ArgsState state;    /* what has been seen */
  bool allow_genexp;  /* a call (not a class): f(x for x in y) */
  Pos open;           /* where the '(' is */
} Args;

/* keyword_argument -> NAME '=' expression */
static bool keyword_argument(Parser *p, Args *args) {
  Pos start = parser_start(p);
  const Token *name = parser_advance(p);
  const Token *eq = parser_advance(p);
  if (name->kind != TOK_NAME) {
    parser_error_span(p, DIAG_SYNTAX_ERROR, start,
                      (Pos){eq->end_line, eq->end_col}, "cannot assign to %.*s",
                      name->length, name->start);
    return false;
  }
  Node *value = parser_expression(p);
  if (!value) return false;
  if (parser_comprehension_ahead(p)) {
    parser_error_span(p, DIAG_SYNTAX_ERROR, start,
                      (Pos){eq->end_line, eq->end_col},
                      "invalid syntax. Maybe you meant '==' or ':=' instead "
                      "of '='?");
    return false;
  }
  Node *kw = parser_node(p, NODE_KEYWORD, start);
  if (!kw || !(kw->as.keyword.arg = parser_name_text(p, name))) return false;
  kw->as.keyword.value = value;
  if (args->state == ARGS_POSITIONAL) args->state = ARGS_KEYWORD;
  return parser_push(p, &args->keywords, kw);
}

/* double_starred_argument -> '**' expression */
static bool double_starred_argument(Parser *p, Args *args) {
  Pos start = parser_start(p);
  parser_advance(p);
  Node *value = parser_expression(p);
  Node *kw = value ? parser_node(p, NODE_KEYWORD, start) : NULL;
  if (!kw) return false;
  kw->as.keyword.value = value;
  args->state = ARGS_UNPACKING;
  return parser_push(p, &args->keywords, kw);
}

/* starred_argument -> '*' expression */
static bool starred_argument(Parser *p, Args *args) {
  bool bare = !parser_starts_expression(parser_kind_at(p, 1));
  if (args->state == ARGS_UNPACKING || (bare && args->state == ARGS_KEYWORD)) {
    parser_error_token(p, parser_peek(p),
                       "iterable argument unpacking follows keyword argument "
                       "unpacking");
    return false;
  }
  Node *e = starred(p, parser_expression);
  return e && parser_push(p, &args->positional, e);
}

/* True when a ',' follows the comprehension clauses ahead (a trial). */
static bool comma_after_clauses(Parser *p) {
  int check = parser_begin_check(p);
  NodeList gens;
  bool comma = parser_for_if_clauses(p, &gens) && parser_check(p, TOK_COMMA);
  parser_end_check(p, check, false);
  return comma;
}

/* generator_argument -> for_if_clauses
 *
 * The clauses after the argument [elt]: the generator of f(x for x in y),
 * or an error. */
static bool generator_argument(Parser *p, Args *args, Node *elt) {
  bool alone = args->positional.count == 0 && args->keywords.count == 0;
  if (alone && !args->allow_genexp && !comma_after_clauses(p)) {
    parser_invalid(p);
    return false;
  }
  NodeList gens;
  if (!parser_for_if_clauses(p, &gens)) return false;
  bool genexp = alone && args->allow_genexp && parser_check(p, TOK_RPAR);
  if (!genexp && alone && !parser_check(p, TOK_COMMA)) {
    parser_invalid(p);
    return false;
  }
  if (!genexp) {
    parser_error_range(p, elt, parser_last_comprehension_item(gens),
                       "Generator expression must be parenthesized");
    return false;
  }
  const Token *close = parser_peek(p);
  Node *g = parser_node_at(p, NODE_GENERATOR_EXP, args->open,
                           (Pos){close->end_line, close->end_col});
  if (!g) return false;
  g->as.comp.elt = elt;
  g->as.comp.generators = gens;
  return parser_push(p, &args->positional, g);
}

/* Records the error for a positional argument after keywords. */
static bool misplaced_positional(Parser *p, const Args *args) {
  parser_error_last(p, DIAG_SYNTAX_ERROR,
                    args->state == ARGS_UNPACKING
                        ? "positional argument follows keyword argument "
                          "unpacking"
                        : "positional argument follows keyword argument");
  return false;
}

/* positional_argument -> (assignment_expression | expression)
 *                        [generator_argument] */
static bool positional_argument(Parser *p, Args *args) {
  bool walrus =
      parser_check(p, TOK_NAME) && parser_kind_at(p, 1) == TOK_COLONEQUAL;
  Node *e = walrus ? assignment_expression(p) : parser_expression(p);
  if (!e) return false;
  if (parser_check(p, TOK_EQUAL)) {
    const Token *eq = parser_peek(p);
    parser_error_span(p, DIAG_SYNTAX_ERROR, parser_node_start(e),
                      (Pos){eq->end_line, eq->end_col},
                      "expression cannot contain assignment, perhaps you "
                      "meant \"==\"?");
    return false;
  }
  if (parser_check(p, TOK_COLONEQUAL)) {
    parser_invalid(p);
    return false;
  }
  if (parser_comprehension_ahead(p)) return generator_argument(p, args, e);
  if (args->state != ARGS_POSITIONAL) return misplaced_positional(p, args);
  return parser_push(p, &args->positional, e);
}

/* argument -> starred_argument | double_starred_argument | keyword_argument
 *           | positional_argument */
static bool argument(Parser *p, Args *args) {
  TokenKind kind = parser_kind(p);
  if (kind == TOK_STAR) return starred_argument(p, args);
  if (kind == TOK_DOUBLESTAR) return double_starred_argument(p, args);
  bool named = kind == TOK_NAME || kind == TOK_TRUE || kind == TOK_FALSE ||
               kind == TOK_NONE;
  if (named && parser_kind_at(p, 1) == TOK_EQUAL)
    return keyword_argument(p, args);
  return positional_argument(p, args);
}

/* arguments -> argument (',' argument)* [','] */
bool parser_arguments(Parser *p, Node *call, bool allow_genexp) {
  const Token *open = parser_prev(p);
  Args args = {.allow_genexp = allow_genexp, .open = {open->line, open->col}};
  do {
    if (!argument(p, &args)) return false;
  } while (parser_accept(p, TOK_COMMA) && !parser_check(p, TOK_RPAR));
  call->as.call.args = parser_list(&args.positional);
  call->as.call.keywords = parser_list(&args.keywords);
  return true;
}

/* ---- targets --------------------------------------------------------- */

Node *parser_invalid_target(Node *e, TargetUse use) {
  switch (e->kind) {
  case NODE_LIST:
  case NODE_TUPLE:
    for (int i = 0; i < e->as.tuple.elts.count; i++) {
      Node *bad = parser_invalid_target(e->as.tuple.elts.items[i], use);
      if (bad) return bad;
    }
    return NULL;
  case NODE_STARRED:
    if (use == TARGET_DEL) return e;
    return parser_invalid_target(e->as.starred.value, use);
  case NODE_COMPARE:
    if (use != TARGET_FOR) return e;
    if (e->as.compare.ops[0] != CMP_IN) return NULL;
    return parser_invalid_target(e->as.compare.left, use);
  case NODE_NAME:
  case NODE_SUBSCRIPT:
  case NODE_ATTRIBUTE: return NULL;
  default: return e;
  }
}

bool parser_valid_target(const Node *e, bool del) {
  switch (e->kind) {
  case NODE_NAME:
  case NODE_ATTRIBUTE:
  case NODE_SUBSCRIPT: return true;
  case NODE_STARRED:
    return !del && e->as.starred.value->kind != NODE_STARRED &&
           parser_valid_target(e->as.starred.value, del);
  case NODE_LIST:
  case NODE_TUPLE:
    for (int i = 0; i < e->as.tuple.elts.count; i++)
      if (!parser_valid_target(e->as.tuple.elts.items[i], del)) return false;
    return true;
  default: return false;
  }
}

void parser_set_context(Node *e, ExprContext ctx) {
  switch (e->kind) {
  case NODE_NAME: e->as.name.ctx = ctx; break;
  case NODE_ATTRIBUTE: e->as.attribute.ctx = ctx; break;
  case NODE_SUBSCRIPT: e->as.subscript.ctx = ctx; break;
  case NODE_STARRED:
    e->as.starred.ctx = ctx;
    parser_set_context(e->as.starred.value, ctx);
    break;
  case NODE_LIST:
  case NODE_TUPLE:
    e->as.tuple.ctx = ctx;
    for (int i = 0; i < e->as.tuple.elts.count; i++)
      parser_set_context(e->as.tuple.elts.items[i], ctx);
    break;
  default: break;
  }
}

/* star_target -> '*' star_target | primary */
static Node *star_target(Parser *p) {
  if (!parser_check(p, TOK_STAR)) return primary(p);
  if (parser_kind_at(p, 1) == TOK_STAR) {
    parser_advance(p);
    parser_invalid(p);
    return NULL;
  }
  if (!parser_enter(p)) return NULL;
  Node *e = starred(p, star_target);
  parser_leave(p);
  return e;
}

/* star_targets -> star_target (',' star_target)* [','] */
static Node *star_targets(Parser *p) {
  Pos start = parser_start(p);
  Node *first = star_target(p);
  if (!first || !parser_check(p, TOK_COMMA)) return first;
  return tuple_rest(p, start, first, star_target);
}

/* True when the next token may follow the target of a with item (at a
 * line end the with statement reports the missing ':'). */
static bool after_with_target(Parser *p) {
  TokenKind kind = parser_kind(p);
  return kind == TOK_COMMA || kind == TOK_COLON || kind == TOK_RPAR ||
         kind == TOK_NEWLINE;
}

/* Reports an invalid loop ([use] TARGET_FOR) or with target whose text
 * starts at the current token, as CPython's invalid_for_target and
 * invalid_with_item do: the text is read as an expression (whose own
 * errors are reported) and the part that cannot be assigned is named.
 * Failing that, "invalid syntax" where the target itself stops parsing. */
static Node *target_error(Parser *p, TargetUse use) {
  int start = parser_mark(p), furthest = p->furthest;
  Node *e =
      use == TARGET_FOR ? parser_star_expressions(p) : parser_expression(p);
  if (!e) return NULL;
  bool follows = use == TARGET_FOR || after_with_target(p);
  Node *bad = follows ? parser_invalid_target(e, use) : NULL;
  if (bad) {
    parser_error_node(p, bad, "cannot assign to %s", parser_expr_name(bad));
    return NULL;
  }
  parser_reset(p, start);
  p->furthest = furthest;
  if (use == TARGET_FOR ? star_targets(p) : star_target(p)) parser_invalid(p);
  return NULL;
}

/* loop_target -> star_targets &'in' */
Node *parser_loop_target(Parser *p) {
  int trial = parser_begin_trial(p);
  Node *t = star_targets(p);
  bool good = t && parser_check(p, TOK_IN) && parser_valid_target(t, false);
  if (!parser_end_trial(p, trial, good) || !good)
    return p->fatal ? NULL : target_error(p, TARGET_FOR);
  parser_set_context(t, CTX_STORE);
  return t;
}

/* with_target -> star_target &(',' | ':' | ')') */
Node *parser_with_target(Parser *p) {
  int trial = parser_begin_trial(p);
  Node *t = star_target(p);
  bool good = t && after_with_target(p) && parser_valid_target(t, false);
  if (!parser_end_trial(p, trial, good) || !good)
    return p->fatal ? NULL : target_error(p, TARGET_STAR);
  parser_set_context(t, CTX_STORE);
  return t;
}

/* ---- parameters ------------------------------------------------------ */

/* The parameters of one def or lambda being collected. */
typedef struct Params {
  NodeVec posonly;     /* arg nodes before '/' */
  NodeVec args;        /* positional-or-keyword arg nodes */
  NodeVec defaults;    /* defaults of the last positional parameters */
  NodeVec kwonly;      /* keyword-only arg nodes */
  NodeVec kw_defaults; /* one per kwonly, NULL when it has none */
  Node *vararg;        /* the *args parameter or NULL */
  Node *kwarg;         /* the **kwargs parameter or NULL */
  bool slash;          /* '/' was seen */
  bool star;           /* '*' or '*args' was seen */
  bool lambda;         /* lambda parameters: no annotations, end at ':' */
} Params;

/* The token that ends the parameter list. */
static TokenKind params_end(const Params *ps) {
  return ps->lambda ? TOK_COLON : TOK_RPAR;
}

/* param -> NAME [':' expression]
 *
 * In a lambda, NAME alone; with [star_annotation] (after '*') the
 * annotation may be a star_expression. */
static Node *param(Parser *p, const Params *ps, bool star_annotation) {
  if (!parser_check(p, TOK_NAME)) {
    parser_invalid(p);
    return NULL;
  }
  Pos start = parser_start(p);
  const char *name = parser_name_text(p, parser_advance(p));
  Node *annotation = NULL;
  if (!ps->lambda && parser_accept(p, TOK_COLON)) {
    annotation =
        star_annotation ? parser_star_expression(p) : parser_expression(p);
    if (!annotation) return NULL;
  }
  Node *a = name ? parser_node(p, NODE_ARG, start) : NULL;
  if (!a) return NULL;
  a->as.arg.arg = name;
  a->as.arg.annotation = annotation;
  return a;
}

/* default -> '=' expression */
static Node *default_value(Parser *p) {
  const Token *eq = parser_advance(p);
  TokenKind kind = parser_kind(p);
  if (kind == TOK_COMMA || kind == TOK_RPAR) {
    parser_error_token(p, eq, "expected default value expression");
    return NULL;
  }
  return parser_expression(p);
}

/* plain_param -> param [default] */
static bool plain_param(Parser *p, Params *ps) {
  Node *a = param(p, ps, false);
  if (!a) return false;
  Node *dflt = NULL;
  if (parser_check(p, TOK_EQUAL) && !(dflt = default_value(p))) return false;
  if (ps->kwarg) {
    parser_error_node(p, a, "arguments cannot follow var-keyword argument");
    return false;
  }
  if (ps->star)
    return parser_push(p, &ps->kwonly, a) &&
           parser_push(p, &ps->kw_defaults, dflt);
  if (!dflt && ps->defaults.count > 0) {
    parser_error_node(p, a, "non-default argument follows default argument");
    return false;
  }
  return parser_push(p, &ps->args, a) &&
         (!dflt || parser_push(p, &ps->defaults, dflt));
}

/* slash -> '/' */
static bool slash(Parser *p, Params *ps) {
  const Token *t = parser_advance(p);
  const char *error = NULL;
  if (ps->kwarg)
    error = "arguments cannot follow var-keyword argument";
  else if (ps->slash)
    error = "/ may appear only once";
  else if (ps->star)
    error = "/ must be ahead of *";
  else if (ps->args.count == 0 && parser_check(p, TOK_COMMA))
    error = "at least one argument must precede /";
  else if (ps->args.count == 0)
    error = "invalid syntax";
  if (error) {
    parser_error_token(p, t, "%s", error);
    return false;
  }
  ps->posonly = ps->args;
  ps->args = (NodeVec){0};
  ps->slash = true;
  return true;
}

/* star_param -> '*' [param] */
static bool star_param(Parser *p, Params *ps) {
  const Token *star = parser_advance(p);
  const char *error = NULL;
  TokenKind next = parser_kind(p), end = params_end(ps);
  if (ps->kwarg)
    error = "arguments cannot follow var-keyword argument";
  else if (ps->star)
    error = "* argument may appear only once";
  else if (next == end ||
           (next == TOK_COMMA && (parser_kind_at(p, 1) == end ||
                                  parser_kind_at(p, 1) == TOK_DOUBLESTAR)))
    error = "named arguments must follow bare *";
  if (error && ps->lambda && !ps->kwarg && !ps->star)
    parser_error_last(p, DIAG_SYNTAX_ERROR, "%s", error);
  else if (error)
    parser_error_token(p, star, "%s", error);
  if (error) return false;
  ps->star = true;
  if (next == TOK_COMMA) return true;
  if (!(ps->vararg = param(p, ps, true))) return false;
  if (!parser_check(p, TOK_EQUAL)) return true;
  parser_error_token(p, parser_peek(p),
                     "var-positional argument cannot have default value");
  return false;
}

/* kwargs_param -> '**' param */
static bool kwargs_param(Parser *p, Params *ps) {
  const Token *stars = parser_advance(p);
  if (ps->kwarg) {
    parser_error_token(p, stars,
                       "arguments cannot follow var-keyword argument");
    return false;
  }
  if (!(ps->kwarg = param(p, ps, false))) return false;
  if (!parser_check(p, TOK_EQUAL)) return true;
  parser_error_token(p, parser_peek(p),
                     "var-keyword argument cannot have default value");
  return false;
}

/* CPython's error for `def f((a, b)):`, the '(' being next. */
static bool parenthesized_params(Parser *p, const Params *ps) {
  int k = 1;
  while (parser_kind_at(p, k) == TOK_NAME) {
    k++;
    if (parser_kind_at(p, k) != TOK_COMMA) break;
    k++;
  }
  if (k == 1 || parser_kind_at(p, k) != TOK_RPAR) {
    parser_invalid(p);
    return false;
  }
  const Token *open = parser_peek(p), *close = parser_peek_at(p, k);
  parser_error_span(p, DIAG_SYNTAX_ERROR, (Pos){open->line, open->col},
                    (Pos){close->end_line, close->end_col},
                    "%s parameters cannot be parenthesized",
                    ps->lambda ? "Lambda expression" : "Function");
  return false;
}

/* param_item -> plain_param | star_param | kwargs_param | slash */
static bool param_item(Parser *p, Params *ps) {
  switch (parser_kind(p)) {
  case TOK_NAME: return plain_param(p, ps);
  case TOK_STAR: return star_param(p, ps);
  case TOK_DOUBLESTAR: return kwargs_param(p, ps);
  case TOK_SLASH: return slash(p, ps);
  case TOK_LPAR: return parenthesized_params(p, ps);
  default: parser_invalid(p); return false;
  }
}

/* Reports what follows a parameter where ',' or the end should be. */
static void params_junk(Parser *p) {
  if (parser_prev(p)->kind == TOK_SLASH && parser_check(p, TOK_STAR))
    parser_error_token(p, parser_peek(p), "expected comma between / and *");
  else
    parser_invalid(p);
}

/* The arguments node holding the parameters of [ps]. */
static Node *arguments_node(Parser *p, const Params *ps) {
  Node *n = parser_node_at(p, NODE_ARGUMENTS, (Pos){0, 0}, (Pos){0, 0});
  if (!n) return NULL;
  n->as.arguments.posonlyargs = parser_list(&ps->posonly);
  n->as.arguments.args = parser_list(&ps->args);
  n->as.arguments.vararg = ps->vararg;
  n->as.arguments.kwonlyargs = parser_list(&ps->kwonly);
  n->as.arguments.kw_defaults = parser_list(&ps->kw_defaults);
  n->as.arguments.kwarg = ps->kwarg;
  n->as.arguments.defaults = parser_list(&ps->defaults);
  return n;
}

/* params -> param_item (',' param_item)* [','] */
Node *parser_params(Parser *p, bool lambda) {
  Params ps = {.lambda = lambda};
  TokenKind end = params_end(&ps);
  while (!parser_check(p, end)) {
    if (!param_item(p, &ps)) return NULL;
    if (parser_check(p, end)) break;
    if (!parser_accept(p, TOK_COMMA)) {
      params_junk(p);
      return NULL;
    }
  }
  return arguments_node(p, &ps);
}
