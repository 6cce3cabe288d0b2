#include "parser/ast.h"

Node *ast_new(Arena *arena, NodeKind kind, int lineno, int col_offset,
              int end_lineno, int end_col_offset) {
  Node *node = arena_alloc(arena, sizeof(Node));
  if (!node) return NULL;
  /* arena_alloc zeroes the memory: every list is empty, every field NULL */
  node->kind = kind;
  node->lineno = lineno;
  node->col_offset = col_offset;
  node->end_lineno = end_lineno;
  node->end_col_offset = end_col_offset;
  return node;
}

const char *ast_kind_name(NodeKind kind) {
  static const char *const names[] = {
#define AST_NODE_NAME(kind, name) name,
      AST_NODE_LIST(AST_NODE_NAME)
#undef AST_NODE_NAME
  };
  if ((unsigned)kind >= NODE_KIND_COUNT) return "?";
  return names[kind];
}

const char *ast_binop_name(BinOpKind op) {
  static const char *const names[] = {
#define AST_BINOP_NAME(kind, name, sym) name,
      AST_BINOP_LIST(AST_BINOP_NAME)
#undef AST_BINOP_NAME
  };
  if ((unsigned)op >= BINOP_COUNT) return "?";
  return names[op];
}
