#include "compiler/symtable.h"

#include <string.h>

/* The state of the walk. */
typedef struct Builder {
  Arena *arena;     /* where scopes live */
  SyntaxDiag *diag; /* where errors go */
  Scope *scope;     /* the scope being filled */
  bool failed;      /* out of memory or an error was reported */
} Builder;

static void walk_stmts(Builder *b, const NodeList *list);
static void walk_stmt(Builder *b, const Node *node);
static void walk_expr(Builder *b, const Node *node);
static void walk_exprs(Builder *b, const NodeList *list);

/* ---- scopes and symbols ------------------------------------------------ */

/* Grows the array at [*items] (of [size]-byte entries) to hold one more. */
static bool grow(Builder *b, void **items, int count, int *cap, size_t size) {
  if (count < *cap) return true;
  int new_cap = *cap ? *cap * 2 : 8;
  void *fresh = arena_alloc(b->arena, (size_t)new_cap * size);
  if (!fresh) {
    b->failed = true;
    diag_set(b->diag, DIAG_SYNTAX_ERROR, 1, 0, 1, 0, "out of memory");
    return false;
  }
  if (count) memcpy(fresh, *items, (size_t)count * size);
  *items = fresh;
  *cap = new_cap;
  return true;
}

static Scope *new_scope(Builder *b, ScopeKind kind, const Node *node,
                        const char *name) {
  Scope *scope = arena_alloc(b->arena, sizeof(Scope));
  if (!scope) {
    b->failed = true;
    return NULL;
  }
  scope->kind = kind;
  scope->node = node;
  scope->name = name;
  scope->parent = b->scope;
  Scope *parent = b->scope;
  if (parent) {
    if (!grow(b, (void **)&parent->children, parent->child_count,
              &parent->child_cap, sizeof(Scope *)))
      return NULL;
    parent->children[parent->child_count++] = scope;
  }
  return scope;
}

Symbol *symtable_find(const Scope *scope, const char *name) {
  for (int i = 0; i < scope->symbol_count; i++)
    if (!strcmp(scope->symbols[i].name, name)) return &scope->symbols[i];
  return NULL;
}

/* Records [flags] for [name] in the current scope. */
static Symbol *note(Builder *b, const char *name, int flags) {
  Scope *scope = b->scope;
  Symbol *sym = symtable_find(scope, name);
  if (!sym) {
    if (!grow(b, (void **)&scope->symbols, scope->symbol_count,
              &scope->symbol_cap, sizeof(Symbol)))
      return NULL;
    sym = &scope->symbols[scope->symbol_count++];
    sym->name = name;
    sym->flags = 0;
  }
  sym->flags |= flags;
  return sym;
}

/* ---- the walk --------------------------------------------------------- */

/* Records the names bound by the assignment target [target]. */
static void walk_target(Builder *b, const Node *target) {
  walk_expr(b, target);
}

/* Walks parameter defaults and annotations (in the enclosing scope). */
static void walk_arguments_outside(Builder *b, const Node *args) {
  walk_exprs(b, &args->as.arguments.defaults);
  for (int i = 0; i < args->as.arguments.kw_defaults.count; i++)
    if (args->as.arguments.kw_defaults.items[i])
      walk_expr(b, args->as.arguments.kw_defaults.items[i]);
}

/* Declares the parameters of [args] in the current (new) scope. */
static void declare_params(Builder *b, const Node *args) {
  const NodeList *lists[] = {&args->as.arguments.posonlyargs,
                             &args->as.arguments.args,
                             &args->as.arguments.kwonlyargs};
  for (int l = 0; l < 2; l++)
    for (int i = 0; i < lists[l]->count; i++)
      note(b, lists[l]->items[i]->as.arg.arg, SYM_PARAM | SYM_BOUND);
  if (args->as.arguments.vararg)
    note(b, args->as.arguments.vararg->as.arg.arg, SYM_PARAM | SYM_BOUND);
  for (int i = 0; i < lists[2]->count; i++)
    note(b, lists[2]->items[i]->as.arg.arg, SYM_PARAM | SYM_BOUND);
  if (args->as.arguments.kwarg)
    note(b, args->as.arguments.kwarg->as.arg.arg, SYM_PARAM | SYM_BOUND);
}

static void walk_function(Builder *b, const Node *node, const char *name,
                          const Node *args, bool is_async) {
  walk_arguments_outside(b, args);
  Scope *saved = b->scope;
  Scope *scope = new_scope(b, SCOPE_FUNCTION, node, name);
  if (!scope) return;
  scope->is_coroutine = is_async;
  b->scope = scope;
  declare_params(b, args);
  if (node->kind == NODE_LAMBDA)
    walk_expr(b, node->as.lambda.body);
  else
    walk_stmts(b, &node->as.function_def.body);
  b->scope = saved;
}

static void walk_class(Builder *b, const Node *node) {
  walk_exprs(b, &node->as.class_def.bases);
  for (int i = 0; i < node->as.class_def.keywords.count; i++)
    walk_expr(b, node->as.class_def.keywords.items[i]->as.keyword.value);
  Scope *saved = b->scope;
  Scope *scope = new_scope(b, SCOPE_CLASS, node, node->as.class_def.name);
  if (!scope) return;
  b->scope = scope;
  walk_stmts(b, &node->as.class_def.body);
  b->scope = saved;
}

/* True when an await written directly in [scope] makes it a coroutine
 * without an async def: a comprehension, or the top level of an
 * interactive entry (elsewhere the parser's checks refuse the await). */
static bool awaits_here(const Scope *scope) {
  return scope->is_comprehension || scope->kind == SCOPE_MODULE;
}

/* A comprehension: the first iterable is evaluated outside, everything
 * else in a new function scope whose parameter is ".0". */
static void walk_comprehension(Builder *b, const Node *node,
                               const NodeList *generators, const Node *elt,
                               const Node *value) {
  walk_expr(b, generators->items[0]->as.comprehension.iter);
  Scope *saved = b->scope;
  const char *name = node->kind == NODE_LIST_COMP     ? "<listcomp>"
                     : node->kind == NODE_SET_COMP    ? "<setcomp>"
                     : node->kind == NODE_DICT_COMP   ? "<dictcomp>"
                                                      : "<genexpr>";
  Scope *scope = new_scope(b, SCOPE_FUNCTION, node, name);
  if (!scope) return;
  scope->is_comprehension = true;
  scope->is_generator = node->kind == NODE_GENERATOR_EXP;
  b->scope = scope;
  note(b, ".0", SYM_PARAM | SYM_BOUND);
  for (int i = 0; i < generators->count; i++) {
    const Node *gen = generators->items[i];
    if (gen->as.comprehension.is_async) scope->is_coroutine = true;
    walk_target(b, gen->as.comprehension.target);
    if (i > 0) walk_expr(b, gen->as.comprehension.iter);
    walk_exprs(b, &gen->as.comprehension.ifs);
  }
  walk_expr(b, elt);
  if (value) walk_expr(b, value);
  b->scope = saved;
  /* A comprehension that awaits is awaited where it is written. */
  if (scope->is_coroutine && !scope->is_generator && awaits_here(saved))
    saved->is_coroutine = true;
}

/* The scope a walrus target binds in: the nearest non-comprehension. */
static Scope *walrus_scope(Scope *scope) {
  while (scope->is_comprehension && scope->parent) scope = scope->parent;
  return scope;
}

static void walk_named_expr(Builder *b, const Node *node) {
  walk_expr(b, node->as.named_expr.value);
  Scope *saved = b->scope;
  Scope *target = walrus_scope(saved);
  const char *name = node->as.named_expr.target->as.name.id;
  if (target != saved) {
    /* Bound in the enclosing scope, free in the comprehension. */
    note(b, name, SYM_USED);
    b->scope = target;
    note(b, name, SYM_BOUND);
    b->scope = saved;
    return;
  }
  note(b, name, SYM_BOUND);
}

static void walk_expr(Builder *b, const Node *node) {
  if (!node || b->failed) return;
  switch (node->kind) {
  case NODE_NAME:
    note(b, node->as.name.id,
         node->as.name.ctx == CTX_LOAD ? SYM_USED : SYM_BOUND);
    break;
  case NODE_BOOL_OP: walk_exprs(b, &node->as.bool_op.values); break;
  case NODE_NAMED_EXPR: walk_named_expr(b, node); break;
  case NODE_BIN_OP:
    walk_expr(b, node->as.bin_op.left);
    walk_expr(b, node->as.bin_op.right);
    break;
  case NODE_UNARY_OP: walk_expr(b, node->as.unary_op.operand); break;
  case NODE_LAMBDA:
    walk_function(b, node, "<lambda>", node->as.lambda.args, false);
    break;
  case NODE_IF_EXP:
    walk_expr(b, node->as.if_exp.test);
    walk_expr(b, node->as.if_exp.body);
    walk_expr(b, node->as.if_exp.orelse);
    break;
  case NODE_DICT:
    for (int i = 0; i < node->as.dict.keys.count; i++)
      walk_expr(b, node->as.dict.keys.items[i]);
    walk_exprs(b, &node->as.dict.values);
    break;
  case NODE_SET: walk_exprs(b, &node->as.set.elts); break;
  case NODE_LIST: walk_exprs(b, &node->as.list.elts); break;
  case NODE_TUPLE: walk_exprs(b, &node->as.tuple.elts); break;
  case NODE_LIST_COMP:
  case NODE_SET_COMP:
  case NODE_GENERATOR_EXP:
    walk_comprehension(b, node, &node->as.comp.generators, node->as.comp.elt,
                       NULL);
    break;
  case NODE_DICT_COMP:
    walk_comprehension(b, node, &node->as.dict_comp.generators,
                       node->as.dict_comp.key, node->as.dict_comp.value);
    break;
  case NODE_AWAIT:
    if (awaits_here(b->scope)) b->scope->is_coroutine = true;
    walk_expr(b, node->as.await.value);
    break;
  case NODE_YIELD:
    b->scope->is_generator = true;
    walk_expr(b, node->as.yield.value);
    break;
  case NODE_YIELD_FROM:
    b->scope->is_generator = true;
    walk_expr(b, node->as.yield_from.value);
    break;
  case NODE_COMPARE:
    walk_expr(b, node->as.compare.left);
    walk_exprs(b, &node->as.compare.comparators);
    break;
  case NODE_CALL:
    walk_expr(b, node->as.call.func);
    walk_exprs(b, &node->as.call.args);
    for (int i = 0; i < node->as.call.keywords.count; i++)
      walk_expr(b, node->as.call.keywords.items[i]->as.keyword.value);
    if (node->as.call.func->kind == NODE_NAME &&
        !strcmp(node->as.call.func->as.name.id, "super"))
      note(b, "__class__", SYM_USED);
    break;
  case NODE_FORMATTED_VALUE:
    walk_expr(b, node->as.formatted_value.value);
    walk_expr(b, node->as.formatted_value.format_spec);
    break;
  case NODE_JOINED_STR: walk_exprs(b, &node->as.joined_str.values); break;
  case NODE_ATTRIBUTE: walk_expr(b, node->as.attribute.value); break;
  case NODE_SUBSCRIPT:
    walk_expr(b, node->as.subscript.value);
    walk_expr(b, node->as.subscript.slice);
    break;
  case NODE_STARRED: walk_expr(b, node->as.starred.value); break;
  case NODE_SLICE:
    walk_expr(b, node->as.slice.lower);
    walk_expr(b, node->as.slice.upper);
    walk_expr(b, node->as.slice.step);
    break;
  default: break;
  }
}

static void walk_exprs(Builder *b, const NodeList *list) {
  for (int i = 0; i < list->count; i++) walk_expr(b, list->items[i]);
}

/* Binds the first component of each imported name (or its alias). */
static void walk_import(Builder *b, const NodeList *names) {
  for (int i = 0; i < names->count; i++) {
    const Node *alias = names->items[i];
    const char *name = alias->as.alias.asname;
    if (!name) {
      const char *full = alias->as.alias.name;
      if (!strcmp(full, "*")) continue;
      const char *dot = strchr(full, '.');
      name = dot ? arena_strndup(b->arena, full, (size_t)(dot - full)) : full;
      if (!name) {
        b->failed = true;
        return;
      }
    }
    note(b, name, SYM_BOUND);
  }
}

/* `global` and `nonlocal` declarations. */
static void walk_declaration(Builder *b, const Node *node) {
  bool global = node->kind == NODE_GLOBAL;
  for (int i = 0; i < node->as.global.count; i++) {
    const char *name = node->as.global.names[i];
    Symbol *sym = symtable_find(b->scope, name);
    if (sym && (sym->flags & SYM_PARAM)) {
      diag_set(b->diag, DIAG_SYNTAX_ERROR, node->lineno, node->col_offset + 1,
               node->end_lineno, node->end_col_offset + 1,
               "name '%s' is parameter and %s", name,
               global ? "global" : "nonlocal");
      b->failed = true;
      return;
    }
    if (sym && (sym->flags & (SYM_USED | SYM_BOUND))) {
      diag_set(b->diag, DIAG_SYNTAX_ERROR, node->lineno, node->col_offset + 1,
               node->end_lineno, node->end_col_offset + 1,
               "name '%s' is %s prior to %s declaration", name,
               (sym->flags & SYM_BOUND) ? "assigned to" : "used",
               global ? "global" : "nonlocal");
      b->failed = true;
      return;
    }
    note(b, name, global ? SYM_GLOBAL : SYM_NONLOCAL);
  }
}

static void walk_stmt(Builder *b, const Node *node) {
  if (!node || b->failed) return;
  switch (node->kind) {
  case NODE_FUNCTION_DEF:
  case NODE_ASYNC_FUNCTION_DEF:
    walk_exprs(b, &node->as.function_def.decorator_list);
    walk_function(b, node, node->as.function_def.name,
                  node->as.function_def.args,
                  node->kind == NODE_ASYNC_FUNCTION_DEF);
    note(b, node->as.function_def.name, SYM_BOUND);
    break;
  case NODE_CLASS_DEF:
    walk_exprs(b, &node->as.class_def.decorator_list);
    walk_class(b, node);
    note(b, node->as.class_def.name, SYM_BOUND);
    break;
  case NODE_RETURN: walk_expr(b, node->as.return_.value); break;
  case NODE_DELETE: walk_exprs(b, &node->as.delete_.targets); break;
  case NODE_ASSIGN:
    walk_expr(b, node->as.assign.value);
    walk_exprs(b, &node->as.assign.targets);
    break;
  case NODE_AUG_ASSIGN:
    walk_expr(b, node->as.aug_assign.value);
    if (node->as.aug_assign.target->kind == NODE_NAME)
      note(b, node->as.aug_assign.target->as.name.id, SYM_USED | SYM_BOUND);
    else
      walk_expr(b, node->as.aug_assign.target);
    break;
  case NODE_ANN_ASSIGN:
    walk_expr(b, node->as.ann_assign.value);
    if (node->as.ann_assign.value || node->as.ann_assign.target->kind != NODE_NAME)
      walk_expr(b, node->as.ann_assign.target);
    else if (b->scope->kind == SCOPE_FUNCTION)
      note(b, node->as.ann_assign.target->as.name.id, SYM_BOUND);
    break;
  case NODE_FOR:
  case NODE_ASYNC_FOR:
    if (node->kind == NODE_ASYNC_FOR && b->scope->kind == SCOPE_MODULE)
      b->scope->is_coroutine = true;
    walk_expr(b, node->as.for_.iter);
    walk_target(b, node->as.for_.target);
    walk_stmts(b, &node->as.for_.body);
    walk_stmts(b, &node->as.for_.orelse);
    break;
  case NODE_WHILE:
  case NODE_IF:
    walk_expr(b, node->as.if_.test);
    walk_stmts(b, &node->as.if_.body);
    walk_stmts(b, &node->as.if_.orelse);
    break;
  case NODE_WITH:
  case NODE_ASYNC_WITH:
    if (node->kind == NODE_ASYNC_WITH && b->scope->kind == SCOPE_MODULE)
      b->scope->is_coroutine = true;
    for (int i = 0; i < node->as.with.items.count; i++) {
      const Node *item = node->as.with.items.items[i];
      walk_expr(b, item->as.withitem.context_expr);
      walk_expr(b, item->as.withitem.optional_vars);
    }
    walk_stmts(b, &node->as.with.body);
    break;
  case NODE_RAISE:
    walk_expr(b, node->as.raise.exc);
    walk_expr(b, node->as.raise.cause);
    break;
  case NODE_TRY:
  case NODE_TRY_STAR:
    walk_stmts(b, &node->as.try_.body);
    for (int i = 0; i < node->as.try_.handlers.count; i++) {
      const Node *h = node->as.try_.handlers.items[i];
      walk_expr(b, h->as.except_handler.type);
      if (h->as.except_handler.name)
        note(b, h->as.except_handler.name, SYM_BOUND);
      walk_stmts(b, &h->as.except_handler.body);
    }
    walk_stmts(b, &node->as.try_.orelse);
    walk_stmts(b, &node->as.try_.finalbody);
    break;
  case NODE_ASSERT:
    walk_expr(b, node->as.assert_.test);
    walk_expr(b, node->as.assert_.msg);
    break;
  case NODE_IMPORT: walk_import(b, &node->as.import.names); break;
  case NODE_IMPORT_FROM: walk_import(b, &node->as.import_from.names); break;
  case NODE_GLOBAL:
  case NODE_NONLOCAL: walk_declaration(b, node); break;
  case NODE_EXPR: walk_expr(b, node->as.expr.value); break;
  default: break;
  }
}

static void walk_stmts(Builder *b, const NodeList *list) {
  for (int i = 0; i < list->count; i++) walk_stmt(b, list->items[i]);
}

/* ---- resolution --------------------------------------------------------- */

/* The nearest enclosing function scope of [scope] binding [name] (class
 * scopes are skipped), or NULL. */
static Scope *binding_function(Scope *scope, const char *name) {
  for (Scope *s = scope->parent; s; s = s->parent) {
    if (s->kind == SCOPE_CLASS) {
      if (!strcmp(name, "__class__")) return s;
      continue;
    }
    if (s->kind == SCOPE_MODULE) return NULL;
    Symbol *sym = symtable_find(s, name);
    if (sym && (sym->flags & SYM_GLOBAL)) return NULL;
    if (sym && (sym->flags & (SYM_BOUND | SYM_NONLOCAL))) return s;
  }
  return NULL;
}

/* Marks [name] as a cell in [owner] and free in every scope between. */
static bool capture(Builder *b, Scope *from, Scope *owner, const char *name) {
  for (Scope *s = from->parent; s && s != owner; s = s->parent) {
    Scope *saved = b->scope;
    b->scope = s;
    Symbol *sym = note(b, name, SYM_FREE_CHILD);
    b->scope = saved;
    if (!sym) return false;
    if (!(sym->flags & SYM_BOUND)) sym->kind = NAME_FREE;
    else if (s->kind == SCOPE_CLASS) sym->flags |= SYM_FREE_CLASS;
  }
  Scope *saved = b->scope;
  b->scope = owner;
  Symbol *sym = note(b, name, SYM_FREE_CHILD);
  b->scope = saved;
  return sym != NULL;
}

static void resolve_symbol(Builder *b, Scope *scope, Symbol *sym) {
  int f = sym->flags;
  if (f & SYM_GLOBAL) {
    sym->kind = NAME_GLOBAL_EXPLICIT;
  } else if (scope->kind == SCOPE_MODULE) {
    sym->kind = NAME_GLOBAL_IMPLICIT;
  } else if ((f & SYM_NONLOCAL) || !(f & SYM_BOUND)) {
    Scope *owner = binding_function(scope, sym->name);
    if (owner) {
      sym->kind = NAME_FREE;
      capture(b, scope, owner, sym->name);
    } else if (f & SYM_NONLOCAL) {
      diag_set(b->diag, DIAG_SYNTAX_ERROR, scope->node->lineno, 0, 0, 0,
               "no binding for nonlocal '%s' found", sym->name);
      b->failed = true;
    } else {
      sym->kind = scope->kind == SCOPE_CLASS ? NAME_CLASS_LOCAL
                                             : NAME_GLOBAL_IMPLICIT;
    }
  } else {
    sym->kind = scope->kind == SCOPE_CLASS ? NAME_CLASS_LOCAL : NAME_LOCAL;
  }
}

/* Resolves every scope below [scope], children first so that captures
 * reach their owners before the owners are finalised. */
static void resolve_scope(Builder *b, Scope *scope) {
  for (int i = 0; i < scope->symbol_count && !b->failed; i++)
    resolve_symbol(b, scope, &scope->symbols[i]);
  for (int i = 0; i < scope->child_count && !b->failed; i++)
    resolve_scope(b, scope->children[i]);
}

/* Turns locals captured by inner scopes into cells (after all captures
 * are known). */
static void mark_cells(Scope *scope) {
  for (int i = 0; i < scope->symbol_count; i++) {
    Symbol *sym = &scope->symbols[i];
    if (!(sym->flags & SYM_FREE_CHILD)) continue;
    if (sym->kind == NAME_LOCAL) sym->kind = NAME_CELL;
    if (scope->kind == SCOPE_CLASS && !strcmp(sym->name, "__class__"))
      scope->needs_class_cell = true;
  }
  for (int i = 0; i < scope->child_count; i++) mark_cells(scope->children[i]);
}

Scope *symtable_build(Arena *arena, const Node *module, SyntaxDiag *diag) {
  Builder b = {arena, diag, NULL, false};
  Scope *top = new_scope(&b, SCOPE_MODULE, module, "<module>");
  if (!top) return NULL;
  b.scope = top;
  walk_stmts(&b, &module->as.module.body);
  if (!b.failed) resolve_scope(&b, top);
  if (b.failed) return NULL;
  mark_cells(top);
  return top;
}

Scope *symtable_child(const Scope *parent, const Node *node) {
  for (int i = 0; i < parent->child_count; i++)
    if (parent->children[i]->node == node) return parent->children[i];
  return NULL;
}

NameKind symtable_lookup(const Scope *scope, const char *name) {
  Symbol *sym = symtable_find(scope, name);
  if (sym) return sym->kind;
  return scope->kind == SCOPE_CLASS ? NAME_CLASS_LOCAL : NAME_GLOBAL_IMPLICIT;
}
