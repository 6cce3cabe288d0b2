/* ast.h: the abstract syntax tree the parser builds and the compiler reads.
 *
 * The tree mirrors CPython 3.11's `ast` module node for node and field for
 * field (see Python's Parser/Python.asdl), restricted to what Eddy accepts.
 * Keeping CPython's shape has two payoffs: `eddy --ast` prints exactly what
 * `ast.dump(ast.parse(src), indent=2)` prints, so CPython is the oracle for
 * every parser test, and the compiler can follow CPython's own compile.c
 * where semantics are subtle. Annotations are kept in the tree (the dump
 * shows them) and ignored by the compiler.
 *
 * Every node is one Node struct: a kind, CPython's four position fields,
 * and a union holding the fields of that kind. Sequences are NodeLists.
 * Helper records that CPython also models as nodes (arguments, arg,
 * keyword, alias, withitem, comprehension, ExceptHandler) are Nodes too, so
 * one list type serves all. Optional fields are NULL when absent. All
 * memory belongs to the Arena of the parse.
 */
#ifndef EDDY_AST_H
#define EDDY_AST_H

#include "parser/arena.h"

/* X(kind, CPython class name) */
#define AST_NODE_LIST(X)                                                       \
  X(NODE_MODULE, "Module")                                                     \
  /* statements */                                                             \
  X(NODE_FUNCTION_DEF, "FunctionDef")                                          \
  X(NODE_ASYNC_FUNCTION_DEF, "AsyncFunctionDef")                               \
  X(NODE_CLASS_DEF, "ClassDef")                                                \
  X(NODE_RETURN, "Return")                                                     \
  X(NODE_DELETE, "Delete")                                                     \
  X(NODE_ASSIGN, "Assign")                                                     \
  X(NODE_AUG_ASSIGN, "AugAssign")                                              \
  X(NODE_ANN_ASSIGN, "AnnAssign")                                              \
  X(NODE_FOR, "For")                                                           \
  X(NODE_ASYNC_FOR, "AsyncFor")                                                \
  X(NODE_WHILE, "While")                                                       \
  X(NODE_IF, "If")                                                             \
  X(NODE_WITH, "With")                                                         \
  X(NODE_ASYNC_WITH, "AsyncWith")                                              \
  X(NODE_RAISE, "Raise")                                                       \
  X(NODE_TRY, "Try")                                                           \
  X(NODE_TRY_STAR, "TryStar")                                                  \
  X(NODE_ASSERT, "Assert")                                                     \
  X(NODE_IMPORT, "Import")                                                     \
  X(NODE_IMPORT_FROM, "ImportFrom")                                            \
  X(NODE_GLOBAL, "Global")                                                     \
  X(NODE_NONLOCAL, "Nonlocal")                                                 \
  X(NODE_EXPR, "Expr")                                                         \
  X(NODE_PASS, "Pass")                                                         \
  X(NODE_BREAK, "Break")                                                       \
  X(NODE_CONTINUE, "Continue")                                                 \
  /* expressions */                                                            \
  X(NODE_BOOL_OP, "BoolOp")                                                    \
  X(NODE_NAMED_EXPR, "NamedExpr")                                              \
  X(NODE_BIN_OP, "BinOp")                                                      \
  X(NODE_UNARY_OP, "UnaryOp")                                                  \
  X(NODE_LAMBDA, "Lambda")                                                     \
  X(NODE_IF_EXP, "IfExp")                                                      \
  X(NODE_DICT, "Dict")                                                         \
  X(NODE_SET, "Set")                                                           \
  X(NODE_LIST_COMP, "ListComp")                                                \
  X(NODE_SET_COMP, "SetComp")                                                  \
  X(NODE_DICT_COMP, "DictComp")                                                \
  X(NODE_GENERATOR_EXP, "GeneratorExp")                                        \
  X(NODE_AWAIT, "Await")                                                       \
  X(NODE_YIELD, "Yield")                                                       \
  X(NODE_YIELD_FROM, "YieldFrom")                                              \
  X(NODE_COMPARE, "Compare")                                                   \
  X(NODE_CALL, "Call")                                                         \
  X(NODE_FORMATTED_VALUE, "FormattedValue")                                    \
  X(NODE_JOINED_STR, "JoinedStr")                                              \
  X(NODE_CONSTANT, "Constant")                                                 \
  X(NODE_ATTRIBUTE, "Attribute")                                               \
  X(NODE_SUBSCRIPT, "Subscript")                                               \
  X(NODE_STARRED, "Starred")                                                   \
  X(NODE_NAME, "Name")                                                         \
  X(NODE_LIST, "List")                                                         \
  X(NODE_TUPLE, "Tuple")                                                       \
  X(NODE_SLICE, "Slice")                                                       \
  /* helper records */                                                         \
  X(NODE_ARGUMENTS, "arguments")                                               \
  X(NODE_ARG, "arg")                                                           \
  X(NODE_KEYWORD, "keyword")                                                   \
  X(NODE_ALIAS, "alias")                                                       \
  X(NODE_WITHITEM, "withitem")                                                 \
  X(NODE_COMPREHENSION, "comprehension")                                       \
  X(NODE_EXCEPT_HANDLER, "ExceptHandler")

typedef enum {
#define AST_NODE_ENUM(kind, name) kind,
  AST_NODE_LIST(AST_NODE_ENUM)
#undef AST_NODE_ENUM
      NODE_KIND_COUNT
} NodeKind;

/* expr_context */
typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ExprContext;

/* boolop */
typedef enum { BOOLOP_AND, BOOLOP_OR } BoolOpKind;

/* operator, in CPython's order; X(kind, CPython name, symbol) */
#define AST_BINOP_LIST(X)                                                      \
  X(BINOP_ADD, "Add", "+")                                                     \
  X(BINOP_SUB, "Sub", "-")                                                     \
  X(BINOP_MULT, "Mult", "*")                                                   \
  X(BINOP_MATMULT, "MatMult", "@")                                             \
  X(BINOP_DIV, "Div", "/")                                                     \
  X(BINOP_MOD, "Mod", "%")                                                     \
  X(BINOP_POW, "Pow", "**")                                                    \
  X(BINOP_LSHIFT, "LShift", "<<")                                              \
  X(BINOP_RSHIFT, "RShift", ">>")                                              \
  X(BINOP_BITOR, "BitOr", "|")                                                 \
  X(BINOP_BITXOR, "BitXor", "^")                                               \
  X(BINOP_BITAND, "BitAnd", "&")                                               \
  X(BINOP_FLOORDIV, "FloorDiv", "//")

typedef enum {
#define AST_BINOP_ENUM(kind, name, sym) kind,
  AST_BINOP_LIST(AST_BINOP_ENUM)
#undef AST_BINOP_ENUM
      BINOP_COUNT
} BinOpKind;

/* unaryop */
typedef enum { UNARY_INVERT, UNARY_NOT, UNARY_UADD, UNARY_USUB } UnaryOpKind;

/* cmpop, in CPython's order */
typedef enum {
  CMP_EQ,
  CMP_NOT_EQ,
  CMP_LT,
  CMP_LT_E,
  CMP_GT,
  CMP_GT_E,
  CMP_IS,
  CMP_IS_NOT,
  CMP_IN,
  CMP_NOT_IN
} CmpOpKind;

/* The value of a Constant node. */
typedef enum {
  CONST_NONE,
  CONST_TRUE,
  CONST_FALSE,
  CONST_ELLIPSIS,
  CONST_INT,    /* fits int64: [as.i] */
  CONST_BIGINT, /* does not: decimal digits in [as.s], optional '-' */
  CONST_FLOAT,  /* [as.f] */
  CONST_STR,    /* UTF-8 text in [as.s]/[len] (may hold NUL bytes) */
  CONST_BYTES,  /* bytes in [as.s]/[len] */
} ConstKind;

typedef struct Constant {
  ConstKind kind; /* which member of [as] is meaningful */
  union {
    int64_t i;     /* CONST_INT */
    double f;      /* CONST_FLOAT */
    const char *s; /* CONST_BIGINT, CONST_STR, CONST_BYTES */
  } as;
  size_t len;      /* byte length of [as.s] */
} Constant;

typedef struct Node Node;

/* A sequence of nodes; items may be NULL where CPython's list holds None
 * (Dict keys for `**x`, kw_defaults without a default). */
typedef struct NodeList {
  Node **items; /* [count] node pointers */
  int count;    /* number of items */
} NodeList;

struct Node {
  NodeKind kind;      /* which union member is live */
  int lineno;         /* first line, from 1 */
  int col_offset;     /* byte column of the first byte, from 0 */
  int end_lineno;     /* last line */
  int end_col_offset; /* byte column just past the last byte */
  union {
    struct { NodeList body; } module;
    /* FunctionDef and AsyncFunctionDef */
    struct {
      const char *name;        /* the function's name */
      Node *args;              /* an arguments node */
      NodeList body;           /* statements */
      NodeList decorator_list; /* expressions, outermost first */
      Node *returns;           /* return annotation or NULL */
    } function_def;
    struct {
      const char *name;        /* the class's name */
      NodeList bases;          /* expressions */
      NodeList keywords;       /* keyword nodes (metaclass=...) */
      NodeList body;           /* statements */
      NodeList decorator_list; /* expressions */
    } class_def;
    struct { Node *value; } return_; /* value may be NULL */
    struct { NodeList targets; } delete_;
    struct {
      NodeList targets; /* a = b = value: [a, b] */
      Node *value;
    } assign;
    struct {
      Node *target;
      BinOpKind op;
      Node *value;
    } aug_assign;
    struct {
      Node *target;
      Node *annotation;
      Node *value; /* NULL for a bare annotation */
      int simple;  /* 1 when target is a plain name not in parentheses */
    } ann_assign;
    /* For and AsyncFor */
    struct {
      Node *target;
      Node *iter;
      NodeList body;
      NodeList orelse;
    } for_;
    /* While and If */
    struct {
      Node *test;
      NodeList body;
      NodeList orelse;
    } while_, if_;
    /* With and AsyncWith */
    struct {
      NodeList items; /* withitem nodes */
      NodeList body;
    } with;
    struct {
      Node *exc;   /* NULL for a bare raise */
      Node *cause; /* the `from` expression or NULL */
    } raise;
    struct {
      NodeList body;
      NodeList handlers; /* ExceptHandler nodes */
      NodeList orelse;
      NodeList finalbody;
    } try_; /* Try and TryStar */
    struct {
      Node *test;
      Node *msg; /* or NULL */
    } assert_;
    struct { NodeList names; } import; /* alias nodes */
    struct {
      const char *module; /* NULL for `from . import x` */
      NodeList names;     /* alias nodes; one alias "*" for a star import */
      int level;          /* number of leading dots */
    } import_from;
    /* Global and Nonlocal */
    struct {
      const char **names; /* identifiers */
      int count;          /* number of names */
    } global;
    struct { Node *value; } expr; /* expression statement */
    struct {
      BoolOpKind op;
      NodeList values; /* two or more operands */
    } bool_op;
    struct {
      Node *target; /* a Name in Store context */
      Node *value;
    } named_expr;
    struct {
      Node *left;
      BinOpKind op;
      Node *right;
    } bin_op;
    struct {
      UnaryOpKind op;
      Node *operand;
    } unary_op;
    struct {
      Node *args; /* an arguments node */
      Node *body; /* an expression */
    } lambda;
    struct {
      Node *test;
      Node *body;
      Node *orelse;
    } if_exp;
    struct {
      NodeList keys;   /* NULL item for a `**mapping` entry */
      NodeList values;
    } dict;
    /* Set, List and Tuple */
    struct {
      NodeList elts;
      ExprContext ctx; /* unused for Set */
    } list, tuple, set;
    /* ListComp, SetComp and GeneratorExp */
    struct {
      Node *elt;
      NodeList generators; /* comprehension nodes */
    } comp;
    struct {
      Node *key;
      Node *value;
      NodeList generators;
    } dict_comp;
    /* Await, Yield (value may be NULL) and YieldFrom */
    struct { Node *value; } await, yield, yield_from;
    struct {
      Node *left;
      CmpOpKind *ops;       /* [comparators.count] operators */
      NodeList comparators;
    } compare;
    struct {
      Node *func;
      NodeList args;     /* expressions, Starred for *args */
      NodeList keywords; /* keyword nodes, arg NULL for **kwargs */
    } call;
    struct {
      Node *value;
      int conversion;    /* -1 none, or 's', 'r', 'a' */
      Node *format_spec; /* a JoinedStr or NULL */
    } formatted_value;
    struct { NodeList values; } joined_str; /* Constant and FormattedValue */
    struct {
      Constant value;
      const char *kind; /* "u" for u'' strings, else NULL */
    } constant;
    struct {
      Node *value;
      const char *attr;
      ExprContext ctx;
    } attribute;
    struct {
      Node *value;
      Node *slice; /* an expression, a Slice, or a Tuple of them */
      ExprContext ctx;
    } subscript;
    struct {
      Node *value;
      ExprContext ctx;
    } starred;
    struct {
      const char *id;
      ExprContext ctx;
    } name;
    struct {
      Node *lower; /* each may be NULL */
      Node *upper;
      Node *step;
    } slice;
    struct {
      NodeList posonlyargs; /* arg nodes before `/` */
      NodeList args;        /* ordinary positional-or-keyword arg nodes */
      Node *vararg;         /* *args arg node or NULL */
      NodeList kwonlyargs;  /* arg nodes after `*` or `*args` */
      NodeList kw_defaults; /* one per kwonlyarg, NULL item if none */
      Node *kwarg;          /* **kwargs arg node or NULL */
      NodeList defaults;    /* defaults of the last positional args */
    } arguments;
    struct {
      const char *arg;  /* the parameter name */
      Node *annotation; /* or NULL */
    } arg;
    struct {
      const char *arg; /* NULL for **mapping */
      Node *value;
    } keyword;
    struct {
      const char *name;   /* dotted name, or "*" */
      const char *asname; /* or NULL */
    } alias;
    struct {
      Node *context_expr;
      Node *optional_vars; /* the `as` target or NULL */
    } withitem;
    struct {
      Node *target;
      Node *iter;
      NodeList ifs;
      int is_async; /* 1 for `async for` */
    } comprehension;
    struct {
      Node *type;       /* or NULL for a bare except */
      const char *name; /* the `as` name or NULL */
      NodeList body;
    } except_handler;
  } as;
};

/* Allocates a node of [kind] at the given position in [arena]; NULL when
 * memory runs out. All union fields start zeroed (empty lists, NULL). */
Node *ast_new(Arena *arena, NodeKind kind, int lineno, int col_offset,
              int end_lineno, int end_col_offset);

/* CPython's class name of [kind], e.g. "FunctionDef". */
const char *ast_kind_name(NodeKind kind);

/* CPython's class name of a binary operator, e.g. "Add". */
const char *ast_binop_name(BinOpKind op);

/* Prints [node] (a Module) to [out] exactly as CPython's
 * `print(ast.dump(ast.parse(src), indent=2))` prints it. */
void ast_dump(const Node *node, FILE *out);

#endif
