/* ast_build.h: building AST trees by hand in unit tests.
 *
 * One constructor per node kind, taking the fields in the order of
 * CPython's _fields (ast.FunctionDef._fields and so on), so a tree reads
 * like the ast.dump() it should print. Lists are written L(a, b, c) or
 * NONE for an empty list; a NULL item stands for CPython's None in a list
 * (Dict keys, kw_defaults). Positions are placeholders: the dump leaves them
 * out. Everything lives in the Arena that ast_build_arena points to, which
 * a test sets up before building and frees afterwards.
 */
#ifndef EDDY_TEST_AST_BUILD_H
#define EDDY_TEST_AST_BUILD_H

#include <string.h>

#include "parser/ast.h"

/* The arena the builders allocate from; a test owns it. */
static Arena *ast_build_arena;

/* A node of [kind]; aborts the test program when memory runs out. */
static inline Node *mk(NodeKind kind) {
  Node *node = ast_new(ast_build_arena, kind, 1, 0, 1, 0);
  if (!node) abort();
  return node;
}

/* Copies the [size] bytes at [data] into the arena. */
static inline void *copy_of(const void *data, size_t size) {
  void *copy = arena_alloc(ast_build_arena, size);
  if (!copy) abort();
  return memcpy(copy, data, size);
}

/* Copies the [count] nodes at [items] into a NodeList. */
static inline NodeList list_of(Node *const *items, int count) {
  NodeList list = {copy_of(items, sizeof(Node *) * (size_t)count), count};
  return list;
}

#define L(...)                                                                 \
  list_of((Node *[]){__VA_ARGS__},                                             \
          (int)(sizeof((Node *[]){__VA_ARGS__}) / sizeof(Node *)))
#define NONE ((NodeList){NULL, 0})
/* Identifier arrays for mk_global and mk_nonlocal: the array and count. */
#define NAMES(...)                                                             \
  (const char *[]){__VA_ARGS__},                                               \
      (int)(sizeof((const char *[]){__VA_ARGS__}) / sizeof(const char *))
/* Operator arrays for mk_compare: the array and count. */
#define OPS(...)                                                               \
  (CmpOpKind[]){__VA_ARGS__},                                                  \
      (int)(sizeof((CmpOpKind[]){__VA_ARGS__}) / sizeof(CmpOpKind))

static inline Node *mk_module(NodeList body) {
  Node *n = mk(NODE_MODULE);
  n->as.module.body = body;
  return n;
}

/* FunctionDef when [is_async] is 0, else AsyncFunctionDef. */
static inline Node *mk_function(int is_async, const char *name, Node *args,
                                NodeList body, NodeList decorator_list,
                                Node *returns) {
  Node *n = mk(is_async ? NODE_ASYNC_FUNCTION_DEF : NODE_FUNCTION_DEF);
  n->as.function_def.name = name;
  n->as.function_def.args = args;
  n->as.function_def.body = body;
  n->as.function_def.decorator_list = decorator_list;
  n->as.function_def.returns = returns;
  return n;
}
#define mk_function_def(...) mk_function(0, __VA_ARGS__)
#define mk_async_function_def(...) mk_function(1, __VA_ARGS__)

static inline Node *mk_class_def(const char *name, NodeList bases,
                                 NodeList keywords, NodeList body,
                                 NodeList decorator_list) {
  Node *n = mk(NODE_CLASS_DEF);
  n->as.class_def.name = name;
  n->as.class_def.bases = bases;
  n->as.class_def.keywords = keywords;
  n->as.class_def.body = body;
  n->as.class_def.decorator_list = decorator_list;
  return n;
}

static inline Node *mk_return(Node *value) {
  Node *n = mk(NODE_RETURN);
  n->as.return_.value = value;
  return n;
}

static inline Node *mk_delete(NodeList targets) {
  Node *n = mk(NODE_DELETE);
  n->as.delete_.targets = targets;
  return n;
}

static inline Node *mk_assign(NodeList targets, Node *value) {
  Node *n = mk(NODE_ASSIGN);
  n->as.assign.targets = targets;
  n->as.assign.value = value;
  return n;
}

static inline Node *mk_aug_assign(Node *target, BinOpKind op, Node *value) {
  Node *n = mk(NODE_AUG_ASSIGN);
  n->as.aug_assign.target = target;
  n->as.aug_assign.op = op;
  n->as.aug_assign.value = value;
  return n;
}

static inline Node *mk_ann_assign(Node *target, Node *annotation, Node *value,
                                  int simple) {
  Node *n = mk(NODE_ANN_ASSIGN);
  n->as.ann_assign.target = target;
  n->as.ann_assign.annotation = annotation;
  n->as.ann_assign.value = value;
  n->as.ann_assign.simple = simple;
  return n;
}

/* For when [is_async] is 0, else AsyncFor. */
static inline Node *mk_for_(int is_async, Node *target, Node *iter,
                            NodeList body, NodeList orelse) {
  Node *n = mk(is_async ? NODE_ASYNC_FOR : NODE_FOR);
  n->as.for_.target = target;
  n->as.for_.iter = iter;
  n->as.for_.body = body;
  n->as.for_.orelse = orelse;
  return n;
}
#define mk_for(...) mk_for_(0, __VA_ARGS__)
#define mk_async_for(...) mk_for_(1, __VA_ARGS__)

static inline Node *mk_while(Node *test, NodeList body, NodeList orelse) {
  Node *n = mk(NODE_WHILE);
  n->as.while_.test = test;
  n->as.while_.body = body;
  n->as.while_.orelse = orelse;
  return n;
}

static inline Node *mk_if(Node *test, NodeList body, NodeList orelse) {
  Node *n = mk(NODE_IF);
  n->as.if_.test = test;
  n->as.if_.body = body;
  n->as.if_.orelse = orelse;
  return n;
}

/* With when [is_async] is 0, else AsyncWith. */
static inline Node *mk_with_(int is_async, NodeList items, NodeList body) {
  Node *n = mk(is_async ? NODE_ASYNC_WITH : NODE_WITH);
  n->as.with.items = items;
  n->as.with.body = body;
  return n;
}
#define mk_with(...) mk_with_(0, __VA_ARGS__)
#define mk_async_with(...) mk_with_(1, __VA_ARGS__)

static inline Node *mk_raise(Node *exc, Node *cause) {
  Node *n = mk(NODE_RAISE);
  n->as.raise.exc = exc;
  n->as.raise.cause = cause;
  return n;
}

static inline Node *mk_try(NodeList body, NodeList handlers, NodeList orelse,
                           NodeList finalbody) {
  Node *n = mk(NODE_TRY);
  n->as.try_.body = body;
  n->as.try_.handlers = handlers;
  n->as.try_.orelse = orelse;
  n->as.try_.finalbody = finalbody;
  return n;
}

static inline Node *mk_assert(Node *test, Node *msg) {
  Node *n = mk(NODE_ASSERT);
  n->as.assert_.test = test;
  n->as.assert_.msg = msg;
  return n;
}

static inline Node *mk_import(NodeList names) {
  Node *n = mk(NODE_IMPORT);
  n->as.import.names = names;
  return n;
}

static inline Node *mk_import_from(const char *module, NodeList names,
                                   int level) {
  Node *n = mk(NODE_IMPORT_FROM);
  n->as.import_from.module = module;
  n->as.import_from.names = names;
  n->as.import_from.level = level;
  return n;
}

/* Global when [is_nonlocal] is 0, else Nonlocal. */
static inline Node *mk_names_stmt(int is_nonlocal, const char **names,
                                  int count) {
  Node *n = mk(is_nonlocal ? NODE_NONLOCAL : NODE_GLOBAL);
  n->as.global.names = copy_of(names, sizeof(char *) * (size_t)count);
  n->as.global.count = count;
  return n;
}
#define mk_global(...) mk_names_stmt(0, __VA_ARGS__)
#define mk_nonlocal(...) mk_names_stmt(1, __VA_ARGS__)

static inline Node *mk_expr(Node *value) {
  Node *n = mk(NODE_EXPR);
  n->as.expr.value = value;
  return n;
}

static inline Node *mk_pass(void) { return mk(NODE_PASS); }
static inline Node *mk_break(void) { return mk(NODE_BREAK); }
static inline Node *mk_continue(void) { return mk(NODE_CONTINUE); }

static inline Node *mk_bool_op(BoolOpKind op, NodeList values) {
  Node *n = mk(NODE_BOOL_OP);
  n->as.bool_op.op = op;
  n->as.bool_op.values = values;
  return n;
}

static inline Node *mk_named_expr(Node *target, Node *value) {
  Node *n = mk(NODE_NAMED_EXPR);
  n->as.named_expr.target = target;
  n->as.named_expr.value = value;
  return n;
}

static inline Node *mk_bin_op(Node *left, BinOpKind op, Node *right) {
  Node *n = mk(NODE_BIN_OP);
  n->as.bin_op.left = left;
  n->as.bin_op.op = op;
  n->as.bin_op.right = right;
  return n;
}

static inline Node *mk_unary_op(UnaryOpKind op, Node *operand) {
  Node *n = mk(NODE_UNARY_OP);
  n->as.unary_op.op = op;
  n->as.unary_op.operand = operand;
  return n;
}

static inline Node *mk_lambda(Node *args, Node *body) {
  Node *n = mk(NODE_LAMBDA);
  n->as.lambda.args = args;
  n->as.lambda.body = body;
  return n;
}

static inline Node *mk_if_exp(Node *test, Node *body, Node *orelse) {
  Node *n = mk(NODE_IF_EXP);
  n->as.if_exp.test = test;
  n->as.if_exp.body = body;
  n->as.if_exp.orelse = orelse;
  return n;
}

static inline Node *mk_dict(NodeList keys, NodeList values) {
  Node *n = mk(NODE_DICT);
  n->as.dict.keys = keys;
  n->as.dict.values = values;
  return n;
}

static inline Node *mk_set(NodeList elts) {
  Node *n = mk(NODE_SET);
  n->as.set.elts = elts;
  return n;
}

/* ListComp, SetComp or GeneratorExp, as [kind] says. */
static inline Node *mk_comp(NodeKind kind, Node *elt, NodeList generators) {
  Node *n = mk(kind);
  n->as.comp.elt = elt;
  n->as.comp.generators = generators;
  return n;
}
#define mk_list_comp(...) mk_comp(NODE_LIST_COMP, __VA_ARGS__)
#define mk_set_comp(...) mk_comp(NODE_SET_COMP, __VA_ARGS__)
#define mk_generator_exp(...) mk_comp(NODE_GENERATOR_EXP, __VA_ARGS__)

static inline Node *mk_dict_comp(Node *key, Node *value, NodeList generators) {
  Node *n = mk(NODE_DICT_COMP);
  n->as.dict_comp.key = key;
  n->as.dict_comp.value = value;
  n->as.dict_comp.generators = generators;
  return n;
}

/* Await, Yield or YieldFrom, as [kind] says. */
static inline Node *mk_value_node(NodeKind kind, Node *value) {
  Node *n = mk(kind);
  n->as.await.value = value;
  return n;
}
#define mk_await(value) mk_value_node(NODE_AWAIT, value)
#define mk_yield(value) mk_value_node(NODE_YIELD, value)
#define mk_yield_from(value) mk_value_node(NODE_YIELD_FROM, value)

static inline Node *mk_compare(Node *left, const CmpOpKind *ops, int count,
                               NodeList comparators) {
  Node *n = mk(NODE_COMPARE);
  n->as.compare.left = left;
  n->as.compare.ops = copy_of(ops, sizeof(CmpOpKind) * (size_t)count);
  n->as.compare.comparators = comparators;
  return n;
}

static inline Node *mk_call(Node *func, NodeList args, NodeList keywords) {
  Node *n = mk(NODE_CALL);
  n->as.call.func = func;
  n->as.call.args = args;
  n->as.call.keywords = keywords;
  return n;
}

static inline Node *mk_formatted_value(Node *value, int conversion,
                                       Node *format_spec) {
  Node *n = mk(NODE_FORMATTED_VALUE);
  n->as.formatted_value.value = value;
  n->as.formatted_value.conversion = conversion;
  n->as.formatted_value.format_spec = format_spec;
  return n;
}

static inline Node *mk_joined_str(NodeList values) {
  Node *n = mk(NODE_JOINED_STR);
  n->as.joined_str.values = values;
  return n;
}

/* A Constant of [kind] with no payload (None, True, False, Ellipsis). */
static inline Node *mk_const(ConstKind kind) {
  Node *n = mk(NODE_CONSTANT);
  n->as.constant.value.kind = kind;
  return n;
}

static inline Node *mk_int(int64_t i) {
  Node *n = mk_const(CONST_INT);
  n->as.constant.value.as.i = i;
  return n;
}

static inline Node *mk_float(double f) {
  Node *n = mk_const(CONST_FLOAT);
  n->as.constant.value.as.f = f;
  return n;
}

/* A Constant of [kind] holding the [len] bytes at [s]. */
static inline Node *mk_text(ConstKind kind, const char *s, size_t len) {
  Node *n = mk_const(kind);
  n->as.constant.value.as.s = s;
  n->as.constant.value.len = len;
  return n;
}
#define mk_str(s) mk_text(CONST_STR, s, sizeof(s) - 1)
#define mk_bytes(s) mk_text(CONST_BYTES, s, sizeof(s) - 1)
#define mk_bigint(s) mk_text(CONST_BIGINT, s, sizeof(s) - 1)

/* A u'' string: a str Constant with kind 'u'. */
static inline Node *mk_ustr_(const char *s, size_t len) {
  Node *n = mk_text(CONST_STR, s, len);
  n->as.constant.kind = "u";
  return n;
}
#define mk_ustr(s) mk_ustr_(s, sizeof(s) - 1)

static inline Node *mk_attribute(Node *value, const char *attr,
                                 ExprContext ctx) {
  Node *n = mk(NODE_ATTRIBUTE);
  n->as.attribute.value = value;
  n->as.attribute.attr = attr;
  n->as.attribute.ctx = ctx;
  return n;
}

static inline Node *mk_subscript(Node *value, Node *slice, ExprContext ctx) {
  Node *n = mk(NODE_SUBSCRIPT);
  n->as.subscript.value = value;
  n->as.subscript.slice = slice;
  n->as.subscript.ctx = ctx;
  return n;
}

static inline Node *mk_starred(Node *value, ExprContext ctx) {
  Node *n = mk(NODE_STARRED);
  n->as.starred.value = value;
  n->as.starred.ctx = ctx;
  return n;
}

static inline Node *mk_name(const char *id, ExprContext ctx) {
  Node *n = mk(NODE_NAME);
  n->as.name.id = id;
  n->as.name.ctx = ctx;
  return n;
}

/* List or Tuple, as [kind] says. */
static inline Node *mk_seq(NodeKind kind, NodeList elts, ExprContext ctx) {
  Node *n = mk(kind);
  n->as.list.elts = elts;
  n->as.list.ctx = ctx;
  return n;
}
#define mk_list(...) mk_seq(NODE_LIST, __VA_ARGS__)
#define mk_tuple(...) mk_seq(NODE_TUPLE, __VA_ARGS__)

static inline Node *mk_slice(Node *lower, Node *upper, Node *step) {
  Node *n = mk(NODE_SLICE);
  n->as.slice.lower = lower;
  n->as.slice.upper = upper;
  n->as.slice.step = step;
  return n;
}

static inline Node *mk_arguments(NodeList posonlyargs, NodeList args,
                                 Node *vararg, NodeList kwonlyargs,
                                 NodeList kw_defaults, Node *kwarg,
                                 NodeList defaults) {
  Node *n = mk(NODE_ARGUMENTS);
  n->as.arguments.posonlyargs = posonlyargs;
  n->as.arguments.args = args;
  n->as.arguments.vararg = vararg;
  n->as.arguments.kwonlyargs = kwonlyargs;
  n->as.arguments.kw_defaults = kw_defaults;
  n->as.arguments.kwarg = kwarg;
  n->as.arguments.defaults = defaults;
  return n;
}

static inline Node *mk_arg(const char *arg, Node *annotation) {
  Node *n = mk(NODE_ARG);
  n->as.arg.arg = arg;
  n->as.arg.annotation = annotation;
  return n;
}

static inline Node *mk_keyword(const char *arg, Node *value) {
  Node *n = mk(NODE_KEYWORD);
  n->as.keyword.arg = arg;
  n->as.keyword.value = value;
  return n;
}

static inline Node *mk_alias(const char *name, const char *asname) {
  Node *n = mk(NODE_ALIAS);
  n->as.alias.name = name;
  n->as.alias.asname = asname;
  return n;
}

static inline Node *mk_withitem(Node *context_expr, Node *optional_vars) {
  Node *n = mk(NODE_WITHITEM);
  n->as.withitem.context_expr = context_expr;
  n->as.withitem.optional_vars = optional_vars;
  return n;
}

static inline Node *mk_comprehension(Node *target, Node *iter, NodeList ifs,
                                     int is_async) {
  Node *n = mk(NODE_COMPREHENSION);
  n->as.comprehension.target = target;
  n->as.comprehension.iter = iter;
  n->as.comprehension.ifs = ifs;
  n->as.comprehension.is_async = is_async;
  return n;
}

static inline Node *mk_except_handler(Node *type, const char *name,
                                      NodeList body) {
  Node *n = mk(NODE_EXCEPT_HANDLER);
  n->as.except_handler.type = type;
  n->as.except_handler.name = name;
  n->as.except_handler.body = body;
  return n;
}

#endif
