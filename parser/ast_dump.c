/* ast_dump.c: `eddy --ast`, printing a tree as CPython's ast.dump does.
 *
 * This follows the `_format` helper of CPython 3.11's Lib/ast.py with
 * indent=2 and annotate_fields=True. Each node prints as Class(field=value,
 * ...) with its fields in _fields order; a field whose value is None and
 * whose class default is None is left out. A node goes on one line when it
 * has at most three printed fields and every value is "simple"; otherwise
 * each field goes on its own line, one indent deeper. Only three things are
 * simple: a repr (string, number, None), an empty list, and a node with no
 * printed fields (Load(), Add()). Since the choice depends on the rendered
 * children, each field is rendered into its own buffer first and then
 * joined.
 *
 * What each node kind prints is one table row per field (name, how to
 * print it, where it lives in Node), so adding a field is adding a row.
 */
#include <inttypes.h>
#include <stddef.h>
#include <string.h>

#include "parser/ast.h"
#include "vm/buffer.h"
#include "vm/text_repr.h"

/* How a field is stored in Node and printed. */
typedef enum {
  F_NODE,       /* Node *, printed even when NULL (as None) */
  F_OPT_NODE,   /* Node *, left out when NULL */
  F_LIST,       /* NodeList; NULL items print as None */
  F_IDENT,      /* const char *, printed as a str repr */
  F_OPT_IDENT,  /* const char *, left out when NULL */
  F_INT,        /* int, printed in decimal */
  F_CTX,        /* ExprContext: Load(), Store(), Del() */
  F_BOOLOP,     /* BoolOpKind: And(), Or() */
  F_BINOP,      /* BinOpKind: Add(), ... */
  F_UNARYOP,    /* UnaryOpKind: Invert(), ... */
  F_CMPOPS,     /* CmpOpKind *, one per comparator of the Compare node */
  F_CONSTANT,   /* Constant: the repr of its value */
  F_NAMES,      /* the identifiers of Global and Nonlocal */
  F_EMPTY_LIST, /* no storage: Module's type_ignores, always [] */
} FieldType;

typedef struct FieldSpec {
  const char *name; /* CPython's field name */
  FieldType type;   /* how the field is stored and printed */
  size_t offset;    /* where the field lives in Node */
} FieldSpec;

typedef struct KindSpec {
  const FieldSpec *fields; /* the kind's fields in _fields order */
  int count;               /* number of [fields] */
} KindSpec;

/* The most fields any kind prints (arguments has seven). */
#define MAX_FIELDS 7

/* The indentation of one nesting level. */
#define INDENT "  "

#define AT(member) offsetof(Node, as.member)
#define COUNT(array) ((int)(sizeof array / sizeof array[0]))
#define SPEC(fields)                                                           \
  { fields, COUNT(fields) }

static const FieldSpec MODULE_FIELDS[] = {
    {"body", F_LIST, AT(module.body)},
    {"type_ignores", F_EMPTY_LIST, 0},
};
static const FieldSpec FUNCTION_DEF_FIELDS[] = {
    {"name", F_IDENT, AT(function_def.name)},
    {"args", F_NODE, AT(function_def.args)},
    {"body", F_LIST, AT(function_def.body)},
    {"decorator_list", F_LIST, AT(function_def.decorator_list)},
    {"returns", F_OPT_NODE, AT(function_def.returns)},
};
static const FieldSpec CLASS_DEF_FIELDS[] = {
    {"name", F_IDENT, AT(class_def.name)},
    {"bases", F_LIST, AT(class_def.bases)},
    {"keywords", F_LIST, AT(class_def.keywords)},
    {"body", F_LIST, AT(class_def.body)},
    {"decorator_list", F_LIST, AT(class_def.decorator_list)},
};
static const FieldSpec RETURN_FIELDS[] = {
    {"value", F_OPT_NODE, AT(return_.value)}};
static const FieldSpec DELETE_FIELDS[] = {
    {"targets", F_LIST, AT(delete_.targets)}};
static const FieldSpec ASSIGN_FIELDS[] = {
    {"targets", F_LIST, AT(assign.targets)},
    {"value", F_NODE, AT(assign.value)},
};
static const FieldSpec AUG_ASSIGN_FIELDS[] = {
    {"target", F_NODE, AT(aug_assign.target)},
    {"op", F_BINOP, AT(aug_assign.op)},
    {"value", F_NODE, AT(aug_assign.value)},
};
static const FieldSpec ANN_ASSIGN_FIELDS[] = {
    {"target", F_NODE, AT(ann_assign.target)},
    {"annotation", F_NODE, AT(ann_assign.annotation)},
    {"value", F_OPT_NODE, AT(ann_assign.value)},
    {"simple", F_INT, AT(ann_assign.simple)},
};
static const FieldSpec FOR_FIELDS[] = {
    {"target", F_NODE, AT(for_.target)},
    {"iter", F_NODE, AT(for_.iter)},
    {"body", F_LIST, AT(for_.body)},
    {"orelse", F_LIST, AT(for_.orelse)},
};
static const FieldSpec WHILE_FIELDS[] = {
    {"test", F_NODE, AT(while_.test)},
    {"body", F_LIST, AT(while_.body)},
    {"orelse", F_LIST, AT(while_.orelse)},
};
static const FieldSpec IF_FIELDS[] = {
    {"test", F_NODE, AT(if_.test)},
    {"body", F_LIST, AT(if_.body)},
    {"orelse", F_LIST, AT(if_.orelse)},
};
static const FieldSpec WITH_FIELDS[] = {
    {"items", F_LIST, AT(with.items)},
    {"body", F_LIST, AT(with.body)},
};
static const FieldSpec RAISE_FIELDS[] = {
    {"exc", F_OPT_NODE, AT(raise.exc)},
    {"cause", F_OPT_NODE, AT(raise.cause)},
};
static const FieldSpec TRY_FIELDS[] = {
    {"body", F_LIST, AT(try_.body)},
    {"handlers", F_LIST, AT(try_.handlers)},
    {"orelse", F_LIST, AT(try_.orelse)},
    {"finalbody", F_LIST, AT(try_.finalbody)},
};
static const FieldSpec ASSERT_FIELDS[] = {
    {"test", F_NODE, AT(assert_.test)},
    {"msg", F_OPT_NODE, AT(assert_.msg)},
};
static const FieldSpec IMPORT_FIELDS[] = {{"names", F_LIST, AT(import.names)}};
static const FieldSpec IMPORT_FROM_FIELDS[] = {
    {"module", F_OPT_IDENT, AT(import_from.module)},
    {"names", F_LIST, AT(import_from.names)},
    {"level", F_INT, AT(import_from.level)},
};
static const FieldSpec GLOBAL_FIELDS[] = {{"names", F_NAMES, AT(global)}};
static const FieldSpec EXPR_FIELDS[] = {{"value", F_NODE, AT(expr.value)}};
static const FieldSpec BOOL_OP_FIELDS[] = {
    {"op", F_BOOLOP, AT(bool_op.op)},
    {"values", F_LIST, AT(bool_op.values)},
};
static const FieldSpec NAMED_EXPR_FIELDS[] = {
    {"target", F_NODE, AT(named_expr.target)},
    {"value", F_NODE, AT(named_expr.value)},
};
static const FieldSpec BIN_OP_FIELDS[] = {
    {"left", F_NODE, AT(bin_op.left)},
    {"op", F_BINOP, AT(bin_op.op)},
    {"right", F_NODE, AT(bin_op.right)},
};
static const FieldSpec UNARY_OP_FIELDS[] = {
    {"op", F_UNARYOP, AT(unary_op.op)},
    {"operand", F_NODE, AT(unary_op.operand)},
};
static const FieldSpec LAMBDA_FIELDS[] = {
    {"args", F_NODE, AT(lambda.args)},
    {"body", F_NODE, AT(lambda.body)},
};
static const FieldSpec IF_EXP_FIELDS[] = {
    {"test", F_NODE, AT(if_exp.test)},
    {"body", F_NODE, AT(if_exp.body)},
    {"orelse", F_NODE, AT(if_exp.orelse)},
};
static const FieldSpec DICT_FIELDS[] = {
    {"keys", F_LIST, AT(dict.keys)},
    {"values", F_LIST, AT(dict.values)},
};
static const FieldSpec SET_FIELDS[] = {{"elts", F_LIST, AT(set.elts)}};
static const FieldSpec COMP_FIELDS[] = {
    {"elt", F_NODE, AT(comp.elt)},
    {"generators", F_LIST, AT(comp.generators)},
};
static const FieldSpec DICT_COMP_FIELDS[] = {
    {"key", F_NODE, AT(dict_comp.key)},
    {"value", F_NODE, AT(dict_comp.value)},
    {"generators", F_LIST, AT(dict_comp.generators)},
};
static const FieldSpec AWAIT_FIELDS[] = {{"value", F_NODE, AT(await.value)}};
static const FieldSpec YIELD_FIELDS[] = {
    {"value", F_OPT_NODE, AT(yield.value)}};
static const FieldSpec YIELD_FROM_FIELDS[] = {
    {"value", F_NODE, AT(yield_from.value)}};
static const FieldSpec COMPARE_FIELDS[] = {
    {"left", F_NODE, AT(compare.left)},
    {"ops", F_CMPOPS, AT(compare.ops)},
    {"comparators", F_LIST, AT(compare.comparators)},
};
static const FieldSpec CALL_FIELDS[] = {
    {"func", F_NODE, AT(call.func)},
    {"args", F_LIST, AT(call.args)},
    {"keywords", F_LIST, AT(call.keywords)},
};
static const FieldSpec FORMATTED_VALUE_FIELDS[] = {
    {"value", F_NODE, AT(formatted_value.value)},
    {"conversion", F_INT, AT(formatted_value.conversion)},
    {"format_spec", F_OPT_NODE, AT(formatted_value.format_spec)},
};
static const FieldSpec JOINED_STR_FIELDS[] = {
    {"values", F_LIST, AT(joined_str.values)},
};
static const FieldSpec CONSTANT_FIELDS[] = {
    {"value", F_CONSTANT, AT(constant.value)},
    {"kind", F_OPT_IDENT, AT(constant.kind)},
};
static const FieldSpec ATTRIBUTE_FIELDS[] = {
    {"value", F_NODE, AT(attribute.value)},
    {"attr", F_IDENT, AT(attribute.attr)},
    {"ctx", F_CTX, AT(attribute.ctx)},
};
static const FieldSpec SUBSCRIPT_FIELDS[] = {
    {"value", F_NODE, AT(subscript.value)},
    {"slice", F_NODE, AT(subscript.slice)},
    {"ctx", F_CTX, AT(subscript.ctx)},
};
static const FieldSpec STARRED_FIELDS[] = {
    {"value", F_NODE, AT(starred.value)},
    {"ctx", F_CTX, AT(starred.ctx)},
};
static const FieldSpec NAME_FIELDS[] = {
    {"id", F_IDENT, AT(name.id)},
    {"ctx", F_CTX, AT(name.ctx)},
};
static const FieldSpec LIST_FIELDS[] = {
    {"elts", F_LIST, AT(list.elts)},
    {"ctx", F_CTX, AT(list.ctx)},
};
static const FieldSpec TUPLE_FIELDS[] = {
    {"elts", F_LIST, AT(tuple.elts)},
    {"ctx", F_CTX, AT(tuple.ctx)},
};
static const FieldSpec SLICE_FIELDS[] = {
    {"lower", F_OPT_NODE, AT(slice.lower)},
    {"upper", F_OPT_NODE, AT(slice.upper)},
    {"step", F_OPT_NODE, AT(slice.step)},
};
static const FieldSpec ARGUMENTS_FIELDS[] = {
    {"posonlyargs", F_LIST, AT(arguments.posonlyargs)},
    {"args", F_LIST, AT(arguments.args)},
    {"vararg", F_OPT_NODE, AT(arguments.vararg)},
    {"kwonlyargs", F_LIST, AT(arguments.kwonlyargs)},
    {"kw_defaults", F_LIST, AT(arguments.kw_defaults)},
    {"kwarg", F_OPT_NODE, AT(arguments.kwarg)},
    {"defaults", F_LIST, AT(arguments.defaults)},
};
static const FieldSpec ARG_FIELDS[] = {
    {"arg", F_IDENT, AT(arg.arg)},
    {"annotation", F_OPT_NODE, AT(arg.annotation)},
};
static const FieldSpec KEYWORD_FIELDS[] = {
    {"arg", F_OPT_IDENT, AT(keyword.arg)},
    {"value", F_NODE, AT(keyword.value)},
};
static const FieldSpec ALIAS_FIELDS[] = {
    {"name", F_IDENT, AT(alias.name)},
    {"asname", F_OPT_IDENT, AT(alias.asname)},
};
static const FieldSpec WITHITEM_FIELDS[] = {
    {"context_expr", F_NODE, AT(withitem.context_expr)},
    {"optional_vars", F_OPT_NODE, AT(withitem.optional_vars)},
};
static const FieldSpec COMPREHENSION_FIELDS[] = {
    {"target", F_NODE, AT(comprehension.target)},
    {"iter", F_NODE, AT(comprehension.iter)},
    {"ifs", F_LIST, AT(comprehension.ifs)},
    {"is_async", F_INT, AT(comprehension.is_async)},
};
static const FieldSpec EXCEPT_HANDLER_FIELDS[] = {
    {"type", F_OPT_NODE, AT(except_handler.type)},
    {"name", F_OPT_IDENT, AT(except_handler.name)},
    {"body", F_LIST, AT(except_handler.body)},
};

/* The fields of each kind; Pass, Break and Continue have none. */
static const KindSpec KINDS[NODE_KIND_COUNT] = {
    [NODE_MODULE] = SPEC(MODULE_FIELDS),
    [NODE_FUNCTION_DEF] = SPEC(FUNCTION_DEF_FIELDS),
    [NODE_ASYNC_FUNCTION_DEF] = SPEC(FUNCTION_DEF_FIELDS),
    [NODE_CLASS_DEF] = SPEC(CLASS_DEF_FIELDS),
    [NODE_RETURN] = SPEC(RETURN_FIELDS),
    [NODE_DELETE] = SPEC(DELETE_FIELDS),
    [NODE_ASSIGN] = SPEC(ASSIGN_FIELDS),
    [NODE_AUG_ASSIGN] = SPEC(AUG_ASSIGN_FIELDS),
    [NODE_ANN_ASSIGN] = SPEC(ANN_ASSIGN_FIELDS),
    [NODE_FOR] = SPEC(FOR_FIELDS),
    [NODE_ASYNC_FOR] = SPEC(FOR_FIELDS),
    [NODE_WHILE] = SPEC(WHILE_FIELDS),
    [NODE_IF] = SPEC(IF_FIELDS),
    [NODE_WITH] = SPEC(WITH_FIELDS),
    [NODE_ASYNC_WITH] = SPEC(WITH_FIELDS),
    [NODE_RAISE] = SPEC(RAISE_FIELDS),
    [NODE_TRY] = SPEC(TRY_FIELDS),
    [NODE_TRY_STAR] = SPEC(TRY_FIELDS),
    [NODE_ASSERT] = SPEC(ASSERT_FIELDS),
    [NODE_IMPORT] = SPEC(IMPORT_FIELDS),
    [NODE_IMPORT_FROM] = SPEC(IMPORT_FROM_FIELDS),
    [NODE_GLOBAL] = SPEC(GLOBAL_FIELDS),
    [NODE_NONLOCAL] = SPEC(GLOBAL_FIELDS),
    [NODE_EXPR] = SPEC(EXPR_FIELDS),
    [NODE_BOOL_OP] = SPEC(BOOL_OP_FIELDS),
    [NODE_NAMED_EXPR] = SPEC(NAMED_EXPR_FIELDS),
    [NODE_BIN_OP] = SPEC(BIN_OP_FIELDS),
    [NODE_UNARY_OP] = SPEC(UNARY_OP_FIELDS),
    [NODE_LAMBDA] = SPEC(LAMBDA_FIELDS),
    [NODE_IF_EXP] = SPEC(IF_EXP_FIELDS),
    [NODE_DICT] = SPEC(DICT_FIELDS),
    [NODE_SET] = SPEC(SET_FIELDS),
    [NODE_LIST_COMP] = SPEC(COMP_FIELDS),
    [NODE_SET_COMP] = SPEC(COMP_FIELDS),
    [NODE_DICT_COMP] = SPEC(DICT_COMP_FIELDS),
    [NODE_GENERATOR_EXP] = SPEC(COMP_FIELDS),
    [NODE_AWAIT] = SPEC(AWAIT_FIELDS),
    [NODE_YIELD] = SPEC(YIELD_FIELDS),
    [NODE_YIELD_FROM] = SPEC(YIELD_FROM_FIELDS),
    [NODE_COMPARE] = SPEC(COMPARE_FIELDS),
    [NODE_CALL] = SPEC(CALL_FIELDS),
    [NODE_FORMATTED_VALUE] = SPEC(FORMATTED_VALUE_FIELDS),
    [NODE_JOINED_STR] = SPEC(JOINED_STR_FIELDS),
    [NODE_CONSTANT] = SPEC(CONSTANT_FIELDS),
    [NODE_ATTRIBUTE] = SPEC(ATTRIBUTE_FIELDS),
    [NODE_SUBSCRIPT] = SPEC(SUBSCRIPT_FIELDS),
    [NODE_STARRED] = SPEC(STARRED_FIELDS),
    [NODE_NAME] = SPEC(NAME_FIELDS),
    [NODE_LIST] = SPEC(LIST_FIELDS),
    [NODE_TUPLE] = SPEC(TUPLE_FIELDS),
    [NODE_SLICE] = SPEC(SLICE_FIELDS),
    [NODE_ARGUMENTS] = SPEC(ARGUMENTS_FIELDS),
    [NODE_ARG] = SPEC(ARG_FIELDS),
    [NODE_KEYWORD] = SPEC(KEYWORD_FIELDS),
    [NODE_ALIAS] = SPEC(ALIAS_FIELDS),
    [NODE_WITHITEM] = SPEC(WITHITEM_FIELDS),
    [NODE_COMPREHENSION] = SPEC(COMPREHENSION_FIELDS),
    [NODE_EXCEPT_HANDLER] = SPEC(EXCEPT_HANDLER_FIELDS),
};

static const char *const CTX_NAMES[] = {"Load", "Store", "Del"};
static const char *const BOOLOP_NAMES[] = {"And", "Or"};
static const char *const UNARYOP_NAMES[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const CMPOP_NAMES[] = {
    "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};

/* The printed fields of one node, each rendered as "name=value". */
typedef struct Args {
  ByteBuf items[MAX_FIELDS]; /* one buffer per printed field */
  int count;                 /* printed fields so far */
  bool all_simple;           /* every value so far was simple */
} Args;

static bool render_node(ByteBuf *out, const Node *node, int level,
                        bool *simple) MUST_CHECK;

/* Appends the indentation of nesting [level]. */
static bool put_indent(ByteBuf *out, int level) {
  for (int i = 0; i < level; i++)
    if (!buf_puts(out, INDENT)) return false;
  return true;
}

/* Appends what precedes item [i] of a multi-line sequence whose items sit at
 * [level]: a newline before the first, a comma and newline before others. */
static bool put_item_break(ByteBuf *out, int i, int level) {
  return buf_puts(out, i == 0 ? "\n" : ",\n") && put_indent(out, level);
}

/* Appends a node without printed fields, such as Load(); it is simple. */
static bool render_leaf(ByteBuf *out, const char *name, bool *simple) {
  *simple = true;
  return buf_printf(out, "%s()", name);
}

/* Appends the node named [names][value] (of [count] names), or "?()" for
 * a value outside the enum. */
static bool render_enum(ByteBuf *out, const char *const *names, int count,
                        int value, bool *simple) {
  return render_leaf(out, value >= 0 && value < count ? names[value] : "?",
                     simple);
}

/* Appends the repr of the NUL-terminated identifier [s] (None for NULL). */
static bool render_ident(ByteBuf *out, const char *s) {
  if (!s) return buf_puts(out, "None");
  return text_repr_str(out, s, strlen(s));
}

/* Appends the repr of the value of the Constant [c]. */
static bool render_constant(ByteBuf *out, const Constant *c) {
  switch (c->kind) {
  case CONST_NONE: return buf_puts(out, "None");
  case CONST_TRUE: return buf_puts(out, "True");
  case CONST_FALSE: return buf_puts(out, "False");
  case CONST_ELLIPSIS: return buf_puts(out, "Ellipsis");
  case CONST_INT: return buf_printf(out, "%" PRId64, c->as.i);
  case CONST_BIGINT: return buf_puts(out, c->as.s ? c->as.s : "0");
  case CONST_FLOAT: return text_repr_float(out, c->as.f);
  case CONST_STR: return text_repr_str(out, c->as.s, c->len);
  case CONST_BYTES: return text_repr_bytes(out, c->as.s, c->len);
  }
  return buf_puts(out, "?");
}

/* Appends the NodeList [list] whose owner prints its fields at [level]. */
static bool render_list(ByteBuf *out, const NodeList *list, int level,
                        bool *simple) {
  *simple = list->count == 0;
  if (list->count == 0) return buf_puts(out, "[]");
  level++;
  if (!buf_putc(out, '[')) return false;
  for (int i = 0; i < list->count; i++) {
    bool item_simple;
    if (!put_item_break(out, i, level) ||
        !render_node(out, list->items[i], level, &item_simple))
      return false;
  }
  return buf_putc(out, ']');
}

/* Appends the operator list of the Compare node [node]. */
static bool render_cmpops(ByteBuf *out, const Node *node, int level,
                          bool *simple) {
  int count = node->as.compare.comparators.count;
  *simple = count == 0;
  if (count == 0) return buf_puts(out, "[]");
  if (!buf_putc(out, '[')) return false;
  for (int i = 0; i < count; i++) {
    bool leaf_simple;
    if (!put_item_break(out, i, level + 1) ||
        !render_enum(out, CMPOP_NAMES, COUNT(CMPOP_NAMES),
                     (int)node->as.compare.ops[i], &leaf_simple))
      return false;
  }
  return buf_putc(out, ']');
}

/* Appends the names of the Global or Nonlocal node [node]. */
static bool render_names(ByteBuf *out, const Node *node, int level,
                         bool *simple) {
  int count = node->as.global.count;
  *simple = count == 0;
  if (count == 0) return buf_puts(out, "[]");
  if (!buf_putc(out, '[')) return false;
  for (int i = 0; i < count; i++)
    if (!put_item_break(out, i, level + 1) ||
        !render_ident(out, node->as.global.names[i]))
      return false;
  return buf_putc(out, ']');
}

/* Appends the value of the field [spec] of [node], whose fields print at
 * [level]; sets *[simple] as ast.dump would. */
static bool render_value(ByteBuf *out, const Node *node, const FieldSpec *spec,
                         int level, bool *simple) {
  const char *at = (const char *)node + spec->offset;
  *simple = true;
  switch (spec->type) {
  case F_NODE:
  case F_OPT_NODE: return render_node(out, *(Node *const *)at, level, simple);
  case F_LIST: return render_list(out, (const NodeList *)at, level, simple);
  case F_IDENT:
  case F_OPT_IDENT: return render_ident(out, *(const char *const *)at);
  case F_INT: return buf_printf(out, "%d", *(const int *)at);
  case F_CTX:
    return render_enum(out, CTX_NAMES, COUNT(CTX_NAMES),
                       (int)*(const ExprContext *)at, simple);
  case F_BOOLOP:
    return render_enum(out, BOOLOP_NAMES, COUNT(BOOLOP_NAMES),
                       (int)*(const BoolOpKind *)at, simple);
  case F_BINOP:
    return render_leaf(out, ast_binop_name(*(const BinOpKind *)at), simple);
  case F_UNARYOP:
    return render_enum(out, UNARYOP_NAMES, COUNT(UNARYOP_NAMES),
                       (int)*(const UnaryOpKind *)at, simple);
  case F_CMPOPS: return render_cmpops(out, node, level, simple);
  case F_CONSTANT: return render_constant(out, (const Constant *)at);
  case F_NAMES: return render_names(out, node, level, simple);
  case F_EMPTY_LIST: return buf_puts(out, "[]");
  }
  return buf_puts(out, "?");
}

/* True when the field [spec] of [node] is None in a field whose class
 * default is None, which ast.dump leaves out. */
static bool omitted(const Node *node, const FieldSpec *spec) {
  const char *at = (const char *)node + spec->offset;
  if (spec->type == F_OPT_NODE) return *(Node *const *)at == NULL;
  if (spec->type == F_OPT_IDENT) return *(const char *const *)at == NULL;
  return false;
}

/* Renders the printed fields of [node] into [args], at [level]. */
static bool render_fields(Args *args, const Node *node, int level) {
  const KindSpec *kind = &KINDS[node->kind];
  for (int i = 0; i < kind->count; i++) {
    const FieldSpec *spec = &kind->fields[i];
    if (omitted(node, spec)) continue;
    ByteBuf *item = &args->items[args->count++];
    bool simple;
    if (!buf_printf(item, "%s=", spec->name) ||
        !render_value(item, node, spec, level, &simple))
      return false;
    args->all_simple = args->all_simple && simple;
  }
  return true;
}

/* Appends [cls](...) around the rendered [args] at [level]: on one line
 * when they are few and simple, else one per line. */
static bool join_args(ByteBuf *out, const char *cls, const Args *args,
                      int level, bool *simple) {
  bool one_line = args->all_simple && args->count <= 3;
  *simple = one_line && args->count == 0;
  if (!buf_printf(out, "%s(", cls)) return false;
  for (int i = 0; i < args->count; i++) {
    bool ok = one_line ? (i == 0 || buf_puts(out, ", "))
                       : put_item_break(out, i, level);
    if (!ok || !buf_append(out, args->items[i].data, args->items[i].len))
      return false;
  }
  return buf_putc(out, ')');
}

/* Appends [node] (None for NULL) as ast.dump's _format does when called at
 * [level]; sets *[simple] to its "simple" flag. */
static bool render_node(ByteBuf *out, const Node *node, int level,
                        bool *simple) {
  *simple = true;
  if (!node) return buf_puts(out, "None");
  if ((unsigned)node->kind >= NODE_KIND_COUNT) return buf_puts(out, "?");
  level++;
  Args args;
  for (int i = 0; i < MAX_FIELDS; i++) buf_init(&args.items[i]);
  args.count = 0;
  args.all_simple = true;
  bool ok = render_fields(&args, node, level) &&
            join_args(out, ast_kind_name(node->kind), &args, level, simple);
  for (int i = 0; i < MAX_FIELDS; i++) buf_free(&args.items[i]);
  return ok;
}

void ast_dump(const Node *node, FILE *out) {
  ByteBuf text;
  buf_init(&text);
  bool simple;
  if (render_node(&text, node, 0, &simple) && buf_putc(&text, '\n'))
    fwrite(text.data, 1, text.len, out);
  else
    fputs("MemoryError: out of memory while printing the AST\n", stderr);
  buf_free(&text);
}
