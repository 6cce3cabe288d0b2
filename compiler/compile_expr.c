/* compile_expr.c: bytecode for expressions, assignment targets and
 * functions.
 *
 * Expressions leave exactly one value on the stack. Literal operands are
 * folded at compile time where the result is certain (small-int and
 * float arithmetic that cannot overflow or raise, negated literals, and
 * tuples of constants), as CPython's AST optimiser does.
 */
#include <math.h>
#include <string.h>

#include "compiler/compiler_internal.h"
#include "vm/gc.h"
#include "vm/obj_bytes.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"
#include "vm/obj_set.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

/* ---- constants ---------------------------------------------------------- */

/* The Value of the literal [k]; false when memory ran out. */
static bool literal_value(Compiler *c, const Constant *k, Value *out) {
  EddyVM *vm = c->vm;
  switch (k->kind) {
  case CONST_NONE: *out = NONE_VAL; return true;
  case CONST_TRUE: *out = BOOL_VAL(true); return true;
  case CONST_FALSE: *out = BOOL_VAL(false); return true;
  case CONST_ELLIPSIS: *out = vm->ellipsis; return true;
  case CONST_INT: *out = INT_VAL(k->as.i); return true;
  case CONST_FLOAT: *out = FLOAT_VAL(k->as.f); return true;
  case CONST_BIGINT:
    return int_from_string(vm, k->as.s, k->len, 10, out);
  case CONST_STR: {
    ObjStr *s = str_intern(vm, k->as.s, k->len);
    *out = s ? OBJ_VAL(s) : UNDEF_VAL;
    return s != NULL;
  }
  case CONST_BYTES: {
    ObjBytes *b = bytes_new(vm, k->as.s, k->len);
    *out = b ? OBJ_VAL(b) : UNDEF_VAL;
    return b != NULL;
  }
  }
  return false;
}

static void emit_const(Compiler *c, Value v) {
  emit(c, OP_LOAD_CONST, add_const(c, v));
}

/* The constant value of [node] if it is one (after folding), else UNDEF.
 * Only numbers, None, bools, strs and tuples of them are constants. */
static Value constant_of(Compiler *c, const Node *node);

/* Folds [a] [op] [b] for small ints and floats when nothing can go
 * wrong; UNDEF otherwise. */
static Value fold_binary(BinOpKind op, Value a, Value b) {
  if (IS_INT(a) && IS_INT(b)) {
    int64_t x = AS_INT(a), y = AS_INT(b), r;
    switch (op) {
    case BINOP_ADD:
      return __builtin_add_overflow(x, y, &r) ? UNDEF_VAL : INT_VAL(r);
    case BINOP_SUB:
      return __builtin_sub_overflow(x, y, &r) ? UNDEF_VAL : INT_VAL(r);
    case BINOP_MULT:
      return __builtin_mul_overflow(x, y, &r) ? UNDEF_VAL : INT_VAL(r);
    default: return UNDEF_VAL;
    }
  }
  if ((IS_FLOAT(a) || IS_INT(a)) && (IS_FLOAT(b) || IS_INT(b)) &&
      (IS_FLOAT(a) || IS_FLOAT(b))) {
    double x = IS_FLOAT(a) ? AS_FLOAT(a) : (double)AS_INT(a);
    double y = IS_FLOAT(b) ? AS_FLOAT(b) : (double)AS_INT(b);
    if ((IS_INT(a) && (double)(int64_t)x != x) ||
        (IS_INT(b) && (double)(int64_t)y != y))
      return UNDEF_VAL; /* the int is not exact as a double */
    switch (op) {
    case BINOP_ADD: return FLOAT_VAL(x + y);
    case BINOP_SUB: return FLOAT_VAL(x - y);
    case BINOP_MULT: return FLOAT_VAL(x * y);
    default: return UNDEF_VAL;
    }
  }
  return UNDEF_VAL;
}

static Value fold_unary(UnaryOpKind op, Value v) {
  if (op == UNARY_USUB && IS_INT(v) && AS_INT(v) != INT64_MIN)
    return INT_VAL(-AS_INT(v));
  if (op == UNARY_USUB && IS_FLOAT(v)) return FLOAT_VAL(-AS_FLOAT(v));
  if (op == UNARY_UADD && (IS_INT(v) || IS_FLOAT(v))) return v;
  return UNDEF_VAL;
}

/* A tuple constant for a display of constants, or UNDEF. */
static Value fold_tuple(Compiler *c, const NodeList *elts) {
  if (elts->count > 256) return UNDEF_VAL;
  for (int i = 0; i < elts->count; i++)
    if (elts->items[i]->kind == NODE_STARRED) return UNDEF_VAL;
  Value items[256];
  for (int i = 0; i < elts->count; i++) {
    items[i] = constant_of(c, elts->items[i]);
    if (IS_UNDEF(items[i])) return UNDEF_VAL;
    if (IS_OBJ(items[i])) {
      gc_push_root(c->vm, items[i]);
      c->roots++;
    }
  }
  ObjTuple *t = tuple_new(c->vm, (size_t)elts->count);
  if (!t) {
    compiler_oom(c);
    return UNDEF_VAL;
  }
  for (int i = 0; i < elts->count; i++) t->items[i] = items[i];
  gc_push_root(c->vm, OBJ_VAL(t));
  c->roots++;
  return OBJ_VAL(t);
}

static Value constant_of(Compiler *c, const Node *node) {
  switch (node->kind) {
  case NODE_CONSTANT: {
    Value v;
    if (!literal_value(c, &node->as.constant.value, &v)) {
      compiler_oom(c);
      return UNDEF_VAL;
    }
    if (IS_OBJ(v)) {
      gc_push_root(c->vm, v);
      c->roots++;
    }
    return v;
  }
  case NODE_UNARY_OP: {
    Value v = constant_of(c, node->as.unary_op.operand);
    return IS_UNDEF(v) ? v : fold_unary(node->as.unary_op.op, v);
  }
  case NODE_BIN_OP: {
    Value a = constant_of(c, node->as.bin_op.left);
    if (IS_UNDEF(a)) return a;
    Value b = constant_of(c, node->as.bin_op.right);
    return IS_UNDEF(b) ? b : fold_binary(node->as.bin_op.op, a, b);
  }
  case NODE_TUPLE: return fold_tuple(c, &node->as.tuple.elts);
  default: return UNDEF_VAL;
  }
}

/* ---- names -------------------------------------------------------------- */

void compile_name(Compiler *c, const char *name, ExprContext ctx) {
  static const Opcode fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
  static const Opcode deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF,
                                 OP_DELETE_DEREF};
  static const Opcode global[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL,
                                  OP_DELETE_GLOBAL};
  static const Opcode named[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};
  Scope *scope = c->unit->scope;
  switch (symtable_lookup(scope, name)) {
  case NAME_LOCAL:
    if (scope->kind == SCOPE_FUNCTION) {
      emit(c, fast[ctx], local_slot(c, name));
      return;
    }
    break;
  case NAME_CELL:
  case NAME_FREE:
    if (scope->kind == SCOPE_CLASS && ctx == CTX_LOAD &&
        symtable_lookup(scope, name) == NAME_CELL)
      break;
    emit(c, deref[ctx], deref_index(c, name));
    return;
  case NAME_GLOBAL_EXPLICIT: emit(c, global[ctx], add_name(c, name)); return;
  case NAME_GLOBAL_IMPLICIT:
    if (scope->kind == SCOPE_FUNCTION || scope->kind == SCOPE_MODULE) {
      emit(c, global[ctx], add_name(c, name));
      return;
    }
    break;
  case NAME_CLASS_LOCAL: break;
  }
  emit(c, named[ctx], add_name(c, name));
}

/* ---- operators ---------------------------------------------------------- */

static void compile_bool_op(Compiler *c, const Node *node) {
  int end = new_label(c);
  Opcode jump = node->as.bool_op.op == BOOLOP_AND ? OP_JUMP_IF_FALSE_OR_POP
                                                  : OP_JUMP_IF_TRUE_OR_POP;
  const NodeList *values = &node->as.bool_op.values;
  for (int i = 0; i < values->count; i++) {
    compile_expr(c, values->items[i]);
    if (i + 1 < values->count) emit_jump(c, jump, end);
  }
  bind_label(c, end);
}

/* Emits the instruction for one comparison operator. */
static void emit_compare(Compiler *c, CmpOpKind op) {
  switch (op) {
  case CMP_IS: emit(c, OP_IS_OP, 0); break;
  case CMP_IS_NOT: emit(c, OP_IS_OP, 1); break;
  case CMP_IN: emit(c, OP_CONTAINS_OP, 0); break;
  case CMP_NOT_IN: emit(c, OP_CONTAINS_OP, 1); break;
  default: emit(c, OP_COMPARE_OP, (int)op); break;
  }
}

/* a < b < c: each middle operand is evaluated once; the chain stops at
 * the first false comparison and yields its result. */
static void compile_compare(Compiler *c, const Node *node) {
  const NodeList *rest = &node->as.compare.comparators;
  compile_expr(c, node->as.compare.left);
  if (rest->count == 1) {
    compile_expr(c, rest->items[0]);
    emit_compare(c, node->as.compare.ops[0]);
    return;
  }
  int cleanup = new_label(c), end = new_label(c);
  for (int i = 0; i < rest->count - 1; i++) {
    compile_expr(c, rest->items[i]);
    emit(c, OP_SWAP, 2);
    emit(c, OP_COPY, 2);
    emit_compare(c, node->as.compare.ops[i]);
    emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compile_expr(c, rest->items[rest->count - 1]);
  emit_compare(c, node->as.compare.ops[rest->count - 1]);
  emit_jump(c, OP_JUMP, end);
  bind_label(c, cleanup);
  emit(c, OP_SWAP, 2);
  emit(c, OP_POP_TOP, 0);
  bind_label(c, end);
}

void compile_condition(Compiler *c, const Node *node, bool jump_if,
                       int label) {
  if (node->kind == NODE_UNARY_OP && node->as.unary_op.op == UNARY_NOT) {
    compile_condition(c, node->as.unary_op.operand, !jump_if, label);
    return;
  }
  if (node->kind == NODE_BOOL_OP) {
    bool is_and = node->as.bool_op.op == BOOLOP_AND;
    const NodeList *values = &node->as.bool_op.values;
    /* and + jump-if-false (or: or + jump-if-true): every operand jumps. */
    if (is_and != jump_if) {
      for (int i = 0; i < values->count; i++)
        compile_condition(c, values->items[i], jump_if, label);
      return;
    }
    int skip = new_label(c);
    for (int i = 0; i < values->count - 1; i++)
      compile_condition(c, values->items[i], !jump_if, skip);
    compile_condition(c, values->items[values->count - 1], jump_if, label);
    bind_label(c, skip);
    return;
  }
  compile_expr(c, node);
  emit_jump(c, jump_if ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void compile_if_exp(Compiler *c, const Node *node) {
  int orelse = new_label(c), end = new_label(c);
  compile_condition(c, node->as.if_exp.test, false, orelse);
  compile_expr(c, node->as.if_exp.body);
  emit_jump(c, OP_JUMP, end);
  bind_label(c, orelse);
  compile_expr(c, node->as.if_exp.orelse);
  bind_label(c, end);
}

/* ---- displays ----------------------------------------------------------- */

static bool has_starred(const NodeList *elts) {
  for (int i = 0; i < elts->count; i++)
    if (elts->items[i]->kind == NODE_STARRED) return true;
  return false;
}

/* [*a, b] and friends: build a list (or set) item by item. [call] marks
 * the positional arguments of a call. */
static void compile_starred_items(Compiler *c, const NodeList *elts,
                                  NodeKind kind, bool call) {
  bool set = kind == NODE_SET;
  emit(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0);
  for (int i = 0; i < elts->count; i++) {
    const Node *elt = elts->items[i];
    if (elt->kind == NODE_STARRED) {
      compile_expr(c, elt->as.starred.value);
      emit(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND,
           1 | (call ? LIST_EXTEND_CALL : 0));
    } else {
      compile_expr(c, elt);
      emit(c, set ? OP_SET_ADD : OP_LIST_APPEND, 1);
    }
  }
  if (kind == NODE_TUPLE) emit(c, OP_LIST_TO_TUPLE, 0);
}

static void compile_starred_display(Compiler *c, const NodeList *elts,
                                    NodeKind kind) {
  compile_starred_items(c, elts, kind, false);
}

/* A new frozenset of [n] constants added in order; NULL when memory
 * runs out. */
static ObjSet *frozenset_from(Compiler *c, const Value *items, size_t n) {
  ObjSet *set = set_new(c->vm, true);
  if (!set) return NULL;
  gc_push_root(c->vm, OBJ_VAL(set));
  c->roots++;
  for (size_t i = 0; i < n; i++)
    if (!set_add(c->vm, set, items[i])) return NULL;
  return set;
}

/* The frozenset constant CPython's compiler makes for a set display of
 * three or more constants: one built from the items in source order,
 * then, when constants are merged, built again from that one's items in
 * its iteration order. The second build fixes the slot order that
 * iterating the set shows. UNDEF when memory runs out. */
static Value frozenset_of(Compiler *c, ObjTuple *tuple) {
  ObjSet *first = frozenset_from(c, tuple->items, tuple->length);
  ObjTuple *order = first ? tuple_new(c->vm, tuple->length) : NULL;
  if (!order) {
    compiler_oom(c);
    return UNDEF_VAL;
  }
  gc_push_root(c->vm, OBJ_VAL(order));
  c->roots++;
  size_t pos = 0, n = 0;
  Value key;
  while (set_next(first, &pos, &key)) order->items[n++] = key;
  ObjSet *second = frozenset_from(c, order->items, n);
  if (!second) {
    compiler_oom(c);
    return UNDEF_VAL;
  }
  return OBJ_VAL(second);
}

/* {1, 2, 3}: BUILD_SET 0, then SET_UPDATE from a frozenset constant, as
 * CPython compiles it, so the set's slot order (which iteration shows)
 * is CPython's. False when the display is not all constants. */
static bool compile_constant_set(Compiler *c, const NodeList *elts) {
  if (elts->count <= 2) return false;
  Value folded = fold_tuple(c, elts);
  if (IS_UNDEF(folded)) return false;
  Value set = frozenset_of(c, AS_TUPLE(folded));
  if (IS_UNDEF(set)) return false;
  emit(c, OP_BUILD_SET, 0);
  emit_const(c, set);
  emit(c, OP_SET_UPDATE, 1);
  return true;
}

static void compile_sequence(Compiler *c, const Node *node) {
  const NodeList *elts = &node->as.list.elts;
  if (node->kind == NODE_SET && compile_constant_set(c, elts)) return;
  if (node->kind == NODE_TUPLE) {
    Value folded = constant_of(c, node);
    if (!IS_UNDEF(folded)) {
      emit_const(c, folded);
      return;
    }
  }
  if (has_starred(elts)) {
    compile_starred_display(c, elts, node->kind);
    return;
  }
  for (int i = 0; i < elts->count; i++) compile_expr(c, elts->items[i]);
  Opcode op = node->kind == NODE_LIST    ? OP_BUILD_LIST
              : node->kind == NODE_TUPLE ? OP_BUILD_TUPLE
                                         : OP_BUILD_SET;
  emit(c, op, elts->count);
}

/* {k: v, **m}: runs of pairs become BUILD_MAP, merged into one dict. */
static void compile_dict(Compiler *c, const Node *node) {
  const NodeList *keys = &node->as.dict.keys;
  const NodeList *values = &node->as.dict.values;
  int run = 0;
  bool started = false;
  for (int i = 0; i < keys->count; i++) {
    if (keys->items[i]) {
      compile_expr(c, keys->items[i]);
      compile_expr(c, values->items[i]);
      run++;
      continue;
    }
    if (run || !started) {
      emit(c, OP_BUILD_MAP, run);
      if (started) emit(c, OP_DICT_UPDATE, 1);
      started = true;
      run = 0;
    }
    compile_expr(c, values->items[i]);
    emit(c, OP_DICT_UPDATE, 1);
  }
  if (!started || run) {
    emit(c, OP_BUILD_MAP, run);
    if (started) emit(c, OP_DICT_UPDATE, 1);
  }
}

/* ---- calls -------------------------------------------------------------- */

static bool has_double_star(const NodeList *keywords) {
  for (int i = 0; i < keywords->count; i++)
    if (!keywords->items[i]->as.keyword.arg) return true;
  return false;
}

/* f(*a, **k): a tuple of positionals and a dict of keywords. */
static void compile_call_ex(Compiler *c, const Node *node) {
  const NodeList *args = &node->as.call.args;
  const NodeList *kws = &node->as.call.keywords;
  compile_starred_items(c, args, NODE_TUPLE, true);
  if (kws->count == 0) {
    emit(c, OP_CALL_EX, 0);
    return;
  }
  emit(c, OP_BUILD_MAP, 0);
  for (int i = 0; i < kws->count; i++) {
    const Node *kw = kws->items[i];
    if (kw->as.keyword.arg) {
      emit(c, OP_LOAD_CONST,
           add_const_str(c, kw->as.keyword.arg, strlen(kw->as.keyword.arg)));
      compile_expr(c, kw->as.keyword.value);
      emit(c, OP_BUILD_MAP, 1);
    } else {
      compile_expr(c, kw->as.keyword.value);
    }
    emit(c, OP_DICT_MERGE, 1);
  }
  emit(c, OP_CALL_EX, 1);
}

/* The tuple of keyword names of a call, as a constant. */
static int keyword_names(Compiler *c, const NodeList *kws) {
  ObjTuple *names = tuple_new(c->vm, (size_t)kws->count);
  if (!names) {
    compiler_oom(c);
    return 0;
  }
  gc_push_root(c->vm, OBJ_VAL(names));
  c->roots++;
  for (int i = 0; i < kws->count; i++) {
    ObjStr *s = str_intern_cstr(c->vm, kws->items[i]->as.keyword.arg);
    if (!s) {
      compiler_oom(c);
      return 0;
    }
    names->items[i] = OBJ_VAL(s);
  }
  return add_const(c, OBJ_VAL(names));
}

static void compile_call(Compiler *c, const Node *node) {
  const Node *func = node->as.call.func;
  const NodeList *args = &node->as.call.args;
  const NodeList *kws = &node->as.call.keywords;
  if (has_starred(args) || has_double_star(kws)) {
    compile_expr(c, func);
    compile_call_ex(c, node);
    return;
  }
  if (func->kind == NODE_ATTRIBUTE && kws->count == 0) {
    compile_expr(c, func->as.attribute.value);
    c->unit->line = func->end_lineno;
    emit(c, OP_LOAD_METHOD, add_name(c, func->as.attribute.attr));
    for (int i = 0; i < args->count; i++) compile_expr(c, args->items[i]);
    c->unit->line = node->lineno;
    emit(c, OP_CALL_METHOD, args->count);
    return;
  }
  compile_expr(c, func);
  for (int i = 0; i < args->count; i++) compile_expr(c, args->items[i]);
  for (int i = 0; i < kws->count; i++)
    compile_expr(c, kws->items[i]->as.keyword.value);
  c->unit->line = node->lineno;
  if (kws->count == 0) {
    emit(c, OP_CALL, args->count);
    return;
  }
  emit(c, OP_LOAD_CONST, keyword_names(c, kws));
  emit(c, OP_CALL_KW, args->count + kws->count);
}

/* ---- f-strings ---------------------------------------------------------- */

static void compile_formatted(Compiler *c, const Node *node) {
  compile_expr(c, node->as.formatted_value.value);
  int flags = 0;
  switch (node->as.formatted_value.conversion) {
  case 's': flags = 1; break;
  case 'r': flags = 2; break;
  case 'a': flags = 3; break;
  default: break;
  }
  if (node->as.formatted_value.format_spec) {
    compile_expr(c, node->as.formatted_value.format_spec);
    flags |= 4;
  }
  emit(c, OP_FORMAT_VALUE, flags);
}

static void compile_joined_str(Compiler *c, const Node *node) {
  const NodeList *values = &node->as.joined_str.values;
  for (int i = 0; i < values->count; i++) {
    const Node *part = values->items[i];
    if (part->kind == NODE_FORMATTED_VALUE)
      compile_formatted(c, part);
    else
      compile_expr(c, part);
  }
  if (values->count == 0)
    emit(c, OP_LOAD_CONST, add_const_str(c, "", 0));
  else if (values->count > 1 || values->items[0]->kind != NODE_FORMATTED_VALUE)
    emit(c, OP_BUILD_STRING, values->count);
}

/* ---- functions and comprehensions --------------------------------------- */

/* The __qualname__ of a definition named [name] in the current unit. */
static const char *qualname_for(Compiler *c, const char *name) {
  Unit *u = c->unit;
  if (u->scope->kind == SCOPE_MODULE) return name;
  const char *parent = u->qualname ? u->qualname : u->name;
  bool function = u->scope->kind == SCOPE_FUNCTION && !u->scope->is_comprehension;
  const char *sep = function ? ".<locals>." : ".";
  size_t n = strlen(parent) + strlen(sep) + strlen(name);
  char *q = arena_alloc(c->arena, n + 1);
  if (!q) {
    compiler_oom(c);
    return name;
  }
  snprintf(q, n + 1, "%s%s%s", parent, sep, name);
  return q;
}

/* Pushes the defaults of [args]; returns the MAKE_FUNCTION flags. */
static int compile_defaults(Compiler *c, const Node *args) {
  int flags = 0;
  const NodeList *defaults = &args->as.arguments.defaults;
  if (defaults->count) {
    for (int i = 0; i < defaults->count; i++)
      compile_expr(c, defaults->items[i]);
    emit(c, OP_BUILD_TUPLE, defaults->count);
    flags |= MAKE_FN_DEFAULTS;
  }
  const NodeList *kwonly = &args->as.arguments.kwonlyargs;
  int kwcount = 0;
  for (int i = 0; i < kwonly->count; i++) {
    const Node *def = args->as.arguments.kw_defaults.items[i];
    if (!def) continue;
    const char *name = kwonly->items[i]->as.arg.arg;
    emit(c, OP_LOAD_CONST, add_const_str(c, name, strlen(name)));
    compile_expr(c, def);
    kwcount++;
  }
  if (kwcount) {
    emit(c, OP_BUILD_MAP, kwcount);
    flags |= MAKE_FN_KWDEFAULTS;
  }
  return flags;
}

/* Records the parameter counts of [args] in the unit being built. */
static void set_parameter_counts(Unit *u, const Node *args) {
  u->posonlyargcount = args->as.arguments.posonlyargs.count;
  u->argcount = u->posonlyargcount + args->as.arguments.args.count;
  u->kwonlyargcount = args->as.arguments.kwonlyargs.count;
  if (args->as.arguments.vararg) u->flags |= CODE_VARARGS;
  if (args->as.arguments.kwarg) u->flags |= CODE_VARKEYWORDS;
}

const Node *compile_docstring_of(const NodeList *body) {
  if (body->count == 0) return NULL;
  const Node *first = body->items[0];
  if (first->kind != NODE_EXPR) return NULL;
  const Node *value = first->as.expr.value;
  if (value->kind != NODE_CONSTANT ||
      value->as.constant.value.kind != CONST_STR)
    return NULL;
  return value;
}

/* A class body: sets __module__ and __qualname__ (and __doc__), runs
 * the statements in the class namespace, and returns the __class__ cell
 * when methods use super() or __class__. */
static void compile_class_body(Compiler *c, const Node *node) {
  c->unit->flags |= CODE_CLASS_BODY;
  compile_name(c, "__name__", CTX_LOAD);
  compile_name(c, "__module__", CTX_STORE);
  const char *qualname = c->unit->qualname;
  emit(c, OP_LOAD_CONST, add_const_str(c, qualname, strlen(qualname)));
  compile_name(c, "__qualname__", CTX_STORE);
  const NodeList *body = &node->as.class_def.body;
  const Node *doc = compile_docstring_of(body);
  if (doc) {
    c->unit->line = doc->lineno;
    compile_expr(c, doc);
    compile_name(c, "__doc__", CTX_STORE);
  }
  compile_stmts(c, body);
  c->unit->line = node->end_lineno;
  if (c->unit->scope->needs_class_cell) {
    emit(c, OP_LOAD_CLOSURE, deref_index(c, "__class__"));
    emit(c, OP_COPY, 1);
    compile_name(c, "__classcell__", CTX_STORE);
  } else {
    emit(c, OP_LOAD_CONST, add_const(c, NONE_VAL));
  }
  emit(c, OP_RETURN_VALUE, 0);
}

/* Compiles the body of the function-like [node] into the current unit. */
static void compile_function_body(Compiler *c, const Node *node) {
  if (node->kind == NODE_CLASS_DEF) {
    compile_class_body(c, node);
    return;
  }
  if (node->kind == NODE_LAMBDA) {
    compile_expr(c, node->as.lambda.body);
    emit(c, OP_RETURN_VALUE, 0);
    return;
  }
  if (node->kind != NODE_FUNCTION_DEF && node->kind != NODE_ASYNC_FUNCTION_DEF) {
    compile_comprehension_body(c, node);
    return;
  }
  const NodeList *body = &node->as.function_def.body;
  const Node *doc = compile_docstring_of(body);
  if (doc) {
    Value v = constant_of(c, doc);
    if (!IS_UNDEF(v)) add_const(c, v);
    c->unit->flags |= CODE_HAS_DOCSTRING;
  } else {
    add_const(c, NONE_VAL);
  }
  compile_stmts(c, body);
  c->unit->line = node->end_lineno;
  emit(c, OP_LOAD_CONST, add_const(c, NONE_VAL));
  emit(c, OP_RETURN_VALUE, 0);
}

/* Pushes the cells an inner code object captures, as a tuple. */
static int compile_closure(Compiler *c, ObjCode *code) {
  size_t n = code->freevars->length;
  if (n == 0) return 0;
  for (size_t i = 0; i < n; i++) {
    ObjStr *name = AS_STR(code->freevars->items[i]);
    emit(c, OP_LOAD_CLOSURE, deref_index(c, name->chars));
  }
  emit(c, OP_BUILD_TUPLE, (int)n);
  return MAKE_FN_CLOSURE;
}

void compile_function_object(Compiler *c, const Node *node, const Node *args,
                             const char *name) {
  Scope *scope = symtable_child(c->unit->scope, node);
  if (!scope) {
    compiler_error(c, node, "internal error: no scope for '%s'", name);
    return;
  }
  int flags = args ? compile_defaults(c, args) : 0;
  const char *qualname = qualname_for(c, name);
  Unit *u = enter_unit(c, scope, name, node->lineno);
  if (!u) return;
  u->qualname = qualname;
  if (args) set_parameter_counts(u, args);
  if (scope->is_comprehension) u->argcount = 1;
  if (scope->is_generator) u->flags |= CODE_GENERATOR;
  if (scope->is_coroutine)
    u->flags |= scope->is_generator ? CODE_ASYNC_GENERATOR : CODE_COROUTINE;
  if (scope->is_generator && scope->is_coroutine) u->flags &= ~CODE_GENERATOR;
  compile_function_body(c, node);
  ObjCode *code = leave_unit(c);
  if (!code) return;
  flags |= compile_closure(c, code);
  emit(c, OP_LOAD_CONST, add_const(c, OBJ_VAL(code)));
  emit(c, OP_MAKE_FUNCTION, flags);
}

/* The generators and result parts of a comprehension node. */
static const NodeList *generators_of(const Node *node) {
  return node->kind == NODE_DICT_COMP ? &node->as.dict_comp.generators
                                      : &node->as.comp.generators;
}

/* YIELD_VALUE's argument for a `yield` in the current unit: 1 in an
 * async generator, whose own yields end an await of __anext__(), 0
 * elsewhere. */
static int yield_kind(Compiler *c) {
  return (c->unit->flags & CODE_ASYNC_GENERATOR) ? 1 : 0;
}

/* Emits the element step: append/add/yield the element. [depth] is the
 * number of iterators on the stack above the result container. */
static void compile_element(Compiler *c, const Node *node, int depth) {
  switch (node->kind) {
  case NODE_LIST_COMP:
    compile_expr(c, node->as.comp.elt);
    emit(c, OP_LIST_APPEND, depth + 1);
    break;
  case NODE_SET_COMP:
    compile_expr(c, node->as.comp.elt);
    emit(c, OP_SET_ADD, depth + 1);
    break;
  case NODE_DICT_COMP:
    compile_expr(c, node->as.dict_comp.key);
    compile_expr(c, node->as.dict_comp.value);
    emit(c, OP_MAP_ADD, depth + 1);
    break;
  default:
    compile_expr(c, node->as.comp.elt);
    emit(c, OP_YIELD_VALUE, yield_kind(c));
    emit(c, OP_POP_TOP, 0);
    break;
  }
}

/* One `for ... in ... if ...` clause and everything nested in it. */
static void compile_generator_clause(Compiler *c, const Node *node, int index) {
  const NodeList *gens = generators_of(node);
  const Node *gen = gens->items[index];
  int start = new_label(c), end = new_label(c);
  bool is_async = gen->as.comprehension.is_async;
  if (index == 0) {
    emit(c, OP_LOAD_FAST, local_slot(c, ".0"));
  } else {
    compile_expr(c, gen->as.comprehension.iter);
    emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0);
  }
  bind_label(c, start);
  if (is_async) {
    emit_jump(c, OP_SETUP_EXCEPT, end);
    emit(c, OP_GET_ANEXT, 0);
    emit(c, OP_GET_AWAITABLE, 0);
    compile_send_loop(c);
    emit(c, OP_POP_BLOCK, 0);
  } else {
    emit_jump(c, OP_FOR_ITER, end);
  }
  compile_store(c, gen->as.comprehension.target);
  for (int i = 0; i < gen->as.comprehension.ifs.count; i++)
    compile_condition(c, gen->as.comprehension.ifs.items[i], false, start);
  if (index + 1 < gens->count)
    compile_generator_clause(c, node, index + 1);
  else
    compile_element(c, node, index + 1);
  emit_jump(c, OP_JUMP, start);
  bind_label(c, end);
  if (is_async) emit(c, OP_END_ASYNC_FOR, 0);
}

void compile_comprehension_body(Compiler *c, const Node *node) {
  bool generator = node->kind == NODE_GENERATOR_EXP;
  if (node->kind == NODE_LIST_COMP) emit(c, OP_BUILD_LIST, 0);
  if (node->kind == NODE_SET_COMP) emit(c, OP_BUILD_SET, 0);
  if (node->kind == NODE_DICT_COMP) emit(c, OP_BUILD_MAP, 0);
  compile_generator_clause(c, node, 0);
  if (generator) emit(c, OP_LOAD_CONST, add_const(c, NONE_VAL));
  emit(c, OP_RETURN_VALUE, 0);
}

static void compile_comprehension(Compiler *c, const Node *node) {
  const char *name = node->kind == NODE_LIST_COMP   ? "<listcomp>"
                     : node->kind == NODE_SET_COMP  ? "<setcomp>"
                     : node->kind == NODE_DICT_COMP ? "<dictcomp>"
                                                    : "<genexpr>";
  compile_function_object(c, node, NULL, name);
  const Node *first = generators_of(node)->items[0];
  compile_expr(c, first->as.comprehension.iter);
  emit(c, first->as.comprehension.is_async ? OP_GET_AITER : OP_GET_ITER, 0);
  emit(c, OP_CALL, 1);
  Scope *scope = symtable_child(c->unit->scope, node);
  if (scope && scope->is_coroutine && node->kind != NODE_GENERATOR_EXP) {
    emit(c, OP_GET_AWAITABLE, 0);
    compile_send_loop(c);
  }
}

/* ---- the dispatcher ----------------------------------------------------- */

static void compile_subscript(Compiler *c, const Node *node) {
  compile_expr(c, node->as.subscript.value);
  compile_expr(c, node->as.subscript.slice);
  c->unit->line = node->lineno;
  emit(c, OP_BINARY_SUBSCR, 0);
}

static void compile_slice(Compiler *c, const Node *node) {
  const Node *parts[] = {node->as.slice.lower, node->as.slice.upper,
                         node->as.slice.step};
  int n = node->as.slice.step ? 3 : 2;
  for (int i = 0; i < n; i++) {
    if (parts[i])
      compile_expr(c, parts[i]);
    else
      emit(c, OP_LOAD_CONST, add_const(c, NONE_VAL));
  }
  emit(c, OP_BUILD_SLICE, n);
}

static void compile_operator(Compiler *c, const Node *node) {
  Value folded = constant_of(c, node);
  if (!IS_UNDEF(folded)) {
    emit_const(c, folded);
    return;
  }
  if (node->kind == NODE_UNARY_OP) {
    static const Opcode unary[] = {OP_UNARY_INVERT, OP_UNARY_NOT,
                                   OP_UNARY_POSITIVE, OP_UNARY_NEGATIVE};
    compile_expr(c, node->as.unary_op.operand);
    emit(c, unary[node->as.unary_op.op], 0);
    return;
  }
  compile_expr(c, node->as.bin_op.left);
  compile_expr(c, node->as.bin_op.right);
  c->unit->line = node->lineno;
  emit(c, OP_BINARY_OP, (int)node->as.bin_op.op);
}

/* `await x` and `yield from x`: drive the receiver with SEND until it
 * returns, passing each value it yields up through YIELD_VALUE. */
void compile_send_loop(Compiler *c) {
  int loop = new_label(c), exit = new_label(c);
  emit(c, OP_LOAD_CONST, add_const(c, NONE_VAL));
  bind_label(c, loop);
  emit_jump(c, OP_SEND, exit);
  emit(c, OP_YIELD_VALUE, 0);
  emit_jump(c, OP_JUMP, loop);
  bind_label(c, exit);
}

static void compile_yield(Compiler *c, const Node *node) {
  if (node->kind == NODE_AWAIT) {
    compile_expr(c, node->as.await.value);
    c->unit->line = node->lineno;
    emit(c, OP_GET_AWAITABLE, 0);
    compile_send_loop(c);
    return;
  }
  if (node->kind == NODE_YIELD_FROM) {
    compile_expr(c, node->as.yield_from.value);
    emit(c, OP_GET_ITER, 0);
    compile_send_loop(c);
    return;
  }
  if (node->as.yield.value)
    compile_expr(c, node->as.yield.value);
  else
    emit(c, OP_LOAD_CONST, add_const(c, NONE_VAL));
  emit(c, OP_YIELD_VALUE, yield_kind(c));
}

void compile_expr(Compiler *c, const Node *node) {
  if (c->failed) return;
  int saved_line = c->unit->line;
  c->unit->line = node->lineno;
  switch (node->kind) {
  case NODE_CONSTANT: {
    Value v = constant_of(c, node);
    if (!IS_UNDEF(v)) emit_const(c, v);
    break;
  }
  case NODE_NAME: compile_name(c, node->as.name.id, CTX_LOAD); break;
  case NODE_BOOL_OP: compile_bool_op(c, node); break;
  case NODE_BIN_OP:
  case NODE_UNARY_OP: compile_operator(c, node); break;
  case NODE_COMPARE: compile_compare(c, node); break;
  case NODE_IF_EXP: compile_if_exp(c, node); break;
  case NODE_NAMED_EXPR:
    compile_expr(c, node->as.named_expr.value);
    emit(c, OP_COPY, 1);
    compile_store(c, node->as.named_expr.target);
    break;
  case NODE_LAMBDA:
    compile_function_object(c, node, node->as.lambda.args, "<lambda>");
    break;
  case NODE_DICT: compile_dict(c, node); break;
  case NODE_SET:
  case NODE_LIST:
  case NODE_TUPLE: compile_sequence(c, node); break;
  case NODE_LIST_COMP:
  case NODE_SET_COMP:
  case NODE_DICT_COMP:
  case NODE_GENERATOR_EXP: compile_comprehension(c, node); break;
  case NODE_AWAIT:
  case NODE_YIELD:
  case NODE_YIELD_FROM: compile_yield(c, node); break;
  case NODE_CALL: compile_call(c, node); break;
  case NODE_JOINED_STR: compile_joined_str(c, node); break;
  case NODE_FORMATTED_VALUE: compile_formatted(c, node); break;
  case NODE_ATTRIBUTE:
    compile_expr(c, node->as.attribute.value);
    c->unit->line = node->end_lineno;
    emit(c, OP_LOAD_ATTR, add_name(c, node->as.attribute.attr));
    break;
  case NODE_SUBSCRIPT: compile_subscript(c, node); break;
  case NODE_SLICE: compile_slice(c, node); break;
  case NODE_STARRED:
    compiler_error(c, node, "can't use starred expression here");
    break;
  default: compiler_error(c, node, "invalid expression"); break;
  }
  c->unit->line = saved_line;
}

/* ---- targets ------------------------------------------------------------ */

/* Unpacks the value on the stack into the elements of [elts]. */
static void compile_unpack(Compiler *c, const Node *node,
                           const NodeList *elts) {
  int star = -1;
  for (int i = 0; i < elts->count; i++) {
    if (elts->items[i]->kind != NODE_STARRED) continue;
    if (star >= 0) {
      compiler_error(c, node, "multiple starred expressions in assignment");
      return;
    }
    star = i;
  }
  if (star < 0) {
    emit(c, OP_UNPACK_SEQUENCE, elts->count);
  } else {
    int after = elts->count - star - 1;
    if (star > 255 || after > 0xFFFF) {
      compiler_error(c, node, "too many expressions in star-unpacking assignment");
      return;
    }
    emit(c, OP_UNPACK_EX, star | (after << 8));
  }
  for (int i = 0; i < elts->count; i++) {
    const Node *elt = elts->items[i];
    compile_store(c, elt->kind == NODE_STARRED ? elt->as.starred.value : elt);
  }
}

void compile_store(Compiler *c, const Node *target) {
  int saved_line = c->unit->line;
  c->unit->line = target->lineno;
  switch (target->kind) {
  case NODE_NAME: compile_name(c, target->as.name.id, CTX_STORE); break;
  case NODE_ATTRIBUTE:
    compile_expr(c, target->as.attribute.value);
    emit(c, OP_STORE_ATTR, add_name(c, target->as.attribute.attr));
    break;
  case NODE_SUBSCRIPT:
    compile_expr(c, target->as.subscript.value);
    compile_expr(c, target->as.subscript.slice);
    emit(c, OP_STORE_SUBSCR, 0);
    break;
  case NODE_TUPLE:
  case NODE_LIST: compile_unpack(c, target, &target->as.list.elts); break;
  case NODE_STARRED:
    compiler_error(c, target,
                   "starred assignment target must be in a list or tuple");
    break;
  default: compiler_error(c, target, "cannot assign to expression"); break;
  }
  c->unit->line = saved_line;
}

void compile_delete(Compiler *c, const Node *target) {
  c->unit->line = target->lineno;
  switch (target->kind) {
  case NODE_NAME: compile_name(c, target->as.name.id, CTX_DEL); break;
  case NODE_ATTRIBUTE:
    compile_expr(c, target->as.attribute.value);
    emit(c, OP_DELETE_ATTR, add_name(c, target->as.attribute.attr));
    break;
  case NODE_SUBSCRIPT:
    compile_expr(c, target->as.subscript.value);
    compile_expr(c, target->as.subscript.slice);
    emit(c, OP_DELETE_SUBSCR, 0);
    break;
  case NODE_TUPLE:
  case NODE_LIST:
    for (int i = 0; i < target->as.list.elts.count; i++)
      compile_delete(c, target->as.list.elts.items[i]);
    break;
  default: compiler_error(c, target, "cannot delete expression"); break;
  }
}
