/* check.c: the errors CPython finds after parsing.
 *
 * CPython rejects some programs that parse: its symbol table refuses a
 * duplicate parameter or a global declaration after use, and its compiler
 * refuses 'return' outside a function, 'break' outside a loop, 'await'
 * outside an async function, and more. Eddy finds the same errors here, in
 * CPython's order, so that the first one reported is CPython's:
 *
 *   1. the __future__ imports at the head of the module (future.c);
 *   2. a walk that builds the scopes and their symbols (symtable.c's
 *      visit), with its errors;
 *   3. the analysis of nonlocal declarations (symtable.c's analyze);
 *   4. a walk in code generation order (compile.c) for the rest.
 *
 * Only the facts these errors need are kept: a tree of scopes, each with
 * its symbols and their flags, all in a private arena freed at the end.
 */
#include <stdarg.h>
#include <string.h>

#include "parser/parser_internal.h"

/* Symbol flags, as symtable.h's DEF_* */
#define DEF_GLOBAL 1      /* declared global */
#define DEF_LOCAL 2       /* assigned to */
#define DEF_PARAM 4       /* a parameter */
#define DEF_NONLOCAL 8    /* declared nonlocal */
#define USE 16            /* read */
#define DEF_IMPORT 32     /* bound by import */
#define DEF_ANNOT 64      /* annotated */
#define DEF_COMP_ITER 128 /* a comprehension's iteration variable */
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* CO_MAXBLOCKS: nested loops, try and with blocks in one function. */
#define MAX_BLOCKS 20

/* What kind of code a scope is. */
typedef enum {
  SCOPE_MODULE,         /* the module */
  SCOPE_CLASS,          /* a class body */
  SCOPE_FUNCTION,       /* a def */
  SCOPE_ASYNC_FUNCTION, /* an async def */
  SCOPE_LAMBDA,         /* a lambda */
  SCOPE_COMPREHENSION,  /* a comprehension or generator expression */
} ScopeKind;

/* One name of a scope. */
typedef struct Symbol {
  const char *name;      /* the identifier */
  int flags;             /* DEF_* and USE */
  const Node *directive; /* its first global/nonlocal statement, or NULL */
} Symbol;

typedef struct Scope Scope;

struct Scope {
  ScopeKind kind;        /* what the scope is */
  const Node *node;      /* the node that opened it (NULL: module) */
  Scope *parent;         /* the enclosing scope, NULL for the module */
  Scope *first_child;    /* the scopes it encloses, in creation order */
  Scope *last_child;     /* the last of them */
  Scope *next;           /* the next child of [parent] */
  Symbol *symbols;       /* its names in order of first mention */
  int count;             /* symbols in use */
  int cap;               /* symbols allocated */
  int *index;            /* hash table of [symbols]: slot -> index + 1 */
  int index_cap;         /* slots in [index], a power of two, or 0 */
  Scope *last_found;     /* the child child_for found last */
  bool generator;        /* contains yield (ste_generator) */
  bool coroutine;        /* contains await or is async (ste_coroutine) */
  int comp_iter_expr;    /* > 0 inside a comprehension's iterable */
  bool comp_iter_target; /* visiting a comprehension's target */
};

typedef struct Checker {
  Arena arena;        /* every scope and symbol */
  const char *source; /* the module's text, for error columns */
  SyntaxDiag *diag;   /* where the error goes */
  bool failed;        /* an error was found (or memory ran out) */
  Scope *module;      /* the module's scope */
  Scope *cur;         /* scope being visited (passes 2 and 4) */
  int loops;          /* loops open in the current code unit (pass 4) */
  int blocks;         /* compiler blocks open in it (pass 4) */
  int star_base;      /* 1 + [loops] where the innermost except* body
                         of the code unit opened, 0 outside one: no
                         break, continue or return may leave it */
  int future_line;    /* line of the last leading __future__ import */
  bool top_level_await; /* await is allowed at the module's top level */
} Checker;

/* Records an error spanning [start] to [end] unless one was recorded. */
static void error_span(Checker *c, Pos start, Pos end, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void error_span(Checker *c, Pos start, Pos end, const char *fmt, ...) {
  c->failed = true;
  if (c->diag->set) return;
  char message[sizeof c->diag->message];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  int col =
      start.col < 0 ? 0 : parser_char_col(c->source, start.line, start.col);
  int end_col = end.col < 0 ? 0 : parser_char_col(c->source, end.line, end.col);
  diag_set(c->diag, DIAG_SYNTAX_ERROR, start.line, col, end.line, end_col, "%s",
           message);
}

/* Records [message] (with one %s for [arg]) spanning the node [n]. */
static bool error_at(Checker *c, const Node *n, const char *message,
                     const char *arg) {
  error_span(c, (Pos){n->lineno, n->col_offset},
             (Pos){n->end_lineno, n->end_col_offset}, message, arg);
  return false;
}

/* Records running out of memory. */
static bool out_of_memory(Checker *c) {
  c->failed = true;
  if (!c->diag->set)
    diag_set(c->diag, DIAG_SYNTAX_ERROR, 0, 0, 0, 0, "out of memory");
  return false;
}

/* ---- scopes and symbols ---------------------------------------------- */

/* The FNV-1a hash of [name]. */
static uint32_t hash_name(const char *name) {
  uint32_t h = 2166136261u;
  for (const unsigned char *q = (const unsigned char *)name; *q; q++)
    h = (h ^ *q) * 16777619u;
  return h;
}

/* The slot of [index] where [name] is, or the empty slot it would take. */
static int find_slot(const Scope *s, const char *name) {
  uint32_t mask = (uint32_t)s->index_cap - 1;
  for (uint32_t i = hash_name(name) & mask;; i = (i + 1) & mask) {
    int at = s->index[i];
    if (at == 0 || strcmp(s->symbols[at - 1].name, name) == 0) return (int)i;
  }
}

/* The symbol [name] of [s], or NULL. */
static Symbol *lookup(Scope *s, const char *name) {
  if (s->index_cap == 0) return NULL;
  int at = s->index[find_slot(s, name)];
  return at ? &s->symbols[at - 1] : NULL;
}

/* Grows the hash table of [s] to twice its size, at least 16 slots. */
static bool grow_index(Checker *c, Scope *s) {
  int cap = s->index_cap ? s->index_cap * 2 : 16;
  int *index = arena_alloc(&c->arena, sizeof(int) * (size_t)cap);
  if (!index) return out_of_memory(c);
  s->index = index;
  s->index_cap = cap;
  for (int i = 0; i < s->count; i++)
    index[find_slot(s, s->symbols[i].name)] = i + 1;
  return true;
}

/* The flags of [name] in [s] (0 when unknown). */
static int flags_of(Scope *s, const char *name) {
  Symbol *sym = lookup(s, name);
  return sym ? sym->flags : 0;
}

/* The symbol [name] of [s], added with no flags if new. */
static Symbol *intern(Checker *c, Scope *s, const char *name) {
  Symbol *sym = lookup(s, name);
  if (sym) return sym;
  if (s->count == s->cap) {
    int cap = s->cap ? s->cap * 2 : 8;
    Symbol *grown = arena_alloc(&c->arena, sizeof(Symbol) * (size_t)cap);
    if (!grown) {
      out_of_memory(c);
      return NULL;
    }
    if (s->count) memcpy(grown, s->symbols, sizeof(Symbol) * (size_t)s->count);
    s->symbols = grown;
    s->cap = cap;
  }
  if (2 * (s->count + 1) > s->index_cap && !grow_index(c, s)) return NULL;
  s->index[find_slot(s, name)] = s->count + 1;
  sym = &s->symbols[s->count++];
  sym->name = name;
  return sym;
}

/* Adds [flag] to [name] in [s] (symtable_add_def_helper); a second
 * parameter of the same name is an error at [n]. */
static bool add_def_in(Checker *c, Scope *s, const char *name, int flag,
                       const Node *n) {
  Symbol *sym = intern(c, s, name);
  if (!sym) return false;
  if ((flag & DEF_PARAM) && (sym->flags & DEF_PARAM))
    return error_at(c, n, "duplicate argument '%s' in function definition",
                    name);
  sym->flags |= flag;
  if (!s->comp_iter_target) return true;
  if (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL))
    return error_at(c, n,
                    "comprehension inner loop cannot rebind assignment "
                    "expression target '%s'",
                    name);
  sym->flags |= DEF_COMP_ITER;
  return true;
}

/* Adds [flag] to [name] in the current scope. */
static bool add_def(Checker *c, const char *name, int flag, const Node *n) {
  return add_def_in(c, c->cur, name, flag, n);
}

/* Opens a scope of [kind] for [node] inside the current one. */
static bool enter_scope(Checker *c, ScopeKind kind, const Node *node) {
  Scope *s = arena_alloc(&c->arena, sizeof(Scope));
  if (!s) return out_of_memory(c);
  s->kind = kind;
  s->node = node;
  s->parent = c->cur;
  if (c->cur) {
    if (c->cur->last_child)
      c->cur->last_child->next = s;
    else
      c->cur->first_child = s;
    c->cur->last_child = s;
  }
  c->cur = s;
  return true;
}

/* The child scope of [s] opened for [node]. Children are mostly asked
 * for in the order they were made, so the search starts after the last
 * one found. */
static Scope *child_for(Scope *s, const Node *node) {
  Scope *from = s->last_found ? s->last_found->next : NULL;
  for (Scope *child = from; child; child = child->next)
    if (child->node == node) return s->last_found = child;
  for (Scope *child = s->first_child; child != from; child = child->next)
    if (child->node == node) return s->last_found = child;
  return NULL;
}

/* ---- pass 1: __future__ ---------------------------------------------- */

/* True when [feature] is one CPython 3.11 knows. */
static bool known_feature(const char *feature) {
  static const char *const features[] = {
      "nested_scopes",  "generators",     "division",         "absolute_import",
      "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
      "generator_stop", "annotations"};
  for (size_t i = 0; i < sizeof features / sizeof features[0]; i++)
    if (strcmp(feature, features[i]) == 0) return true;
  return false;
}

/* True for `from __future__ import ...`. */
static bool is_future_import(const Node *s) {
  return s->kind == NODE_IMPORT_FROM && s->as.import_from.module &&
         strcmp(s->as.import_from.module, "__future__") == 0;
}

/* Checks the features of the future import [s]. */
static bool future_features(Checker *c, const Node *s) {
  NodeList names = s->as.import_from.names;
  for (int i = 0; i < names.count; i++) {
    const char *feature = names.items[i]->as.alias.name;
    if (known_feature(feature)) continue;
    Pos at = {s->lineno, s->col_offset};
    if (strcmp(feature, "braces") == 0)
      error_span(c, at, (Pos){at.line, -1}, "not a chance");
    else
      error_span(c, at, (Pos){at.line, -1},
                 "future feature %.100s is not defined", feature);
    return false;
  }
  return true;
}

/* Reads the future imports that may open the module [mod] (after a
 * docstring), as CPython's future_parse does. */
static bool check_future(Checker *c, const Node *mod) {
  NodeList body = mod->as.module.body;
  bool docstring = false;
  for (int i = 0; i < body.count; i++) {
    const Node *s = body.items[i];
    if (is_future_import(s)) {
      if (!future_features(c, s)) return false;
      c->future_line = s->lineno;
    } else if (s->kind == NODE_EXPR && !docstring &&
               s->as.expr.value->kind == NODE_CONSTANT &&
               s->as.expr.value->as.constant.value.kind == CONST_STR) {
      docstring = true;
    } else {
      break;
    }
  }
  return true;
}

/* ---- pass 2: symbol table -------------------------------------------- */

static bool sym_expr(Checker *c, const Node *e);
static bool sym_stmts(Checker *c, NodeList body);

/* Visits the expressions of [list], skipping NULL items. */
static bool sym_exprs(Checker *c, NodeList list) {
  for (int i = 0; i < list.count; i++)
    if (list.items[i] && !sym_expr(c, list.items[i])) return false;
  return true;
}

/* Visits [e] when it is not NULL. */
static bool sym_opt(Checker *c, const Node *e) { return !e || sym_expr(c, e); }

/* Adds the parameters of [list] of the arguments node being visited. */
static bool sym_params(Checker *c, NodeList list) {
  for (int i = 0; i < list.count; i++)
    if (!add_def(c, list.items[i]->as.arg.arg, DEF_PARAM, list.items[i]))
      return false;
  return true;
}

/* Adds every parameter of the arguments node [a] (symtable's order). */
static bool sym_arguments(Checker *c, const Node *a) {
  return sym_params(c, a->as.arguments.posonlyargs) &&
         sym_params(c, a->as.arguments.args) &&
         sym_params(c, a->as.arguments.kwonlyargs) &&
         (!a->as.arguments.vararg ||
          add_def(c, a->as.arguments.vararg->as.arg.arg, DEF_PARAM,
                  a->as.arguments.vararg)) &&
         (!a->as.arguments.kwarg ||
          add_def(c, a->as.arguments.kwarg->as.arg.arg, DEF_PARAM,
                  a->as.arguments.kwarg));
}

/* Visits the annotations of the parameters in [list]. */
static bool sym_param_annotations(Checker *c, NodeList list) {
  for (int i = 0; i < list.count; i++)
    if (!sym_opt(c, list.items[i]->as.arg.annotation)) return false;
  return true;
}

/* Visits the defaults and annotations of the arguments [a] and the
 * return annotation [returns], in the enclosing scope. */
static bool sym_signature(Checker *c, const Node *a, const Node *returns) {
  const Node *va = a->as.arguments.vararg, *kw = a->as.arguments.kwarg;
  return sym_exprs(c, a->as.arguments.defaults) &&
         sym_exprs(c, a->as.arguments.kw_defaults) &&
         sym_param_annotations(c, a->as.arguments.posonlyargs) &&
         sym_param_annotations(c, a->as.arguments.args) &&
         (!va || sym_opt(c, va->as.arg.annotation)) &&
         sym_param_annotations(c, a->as.arguments.kwonlyargs) &&
         (!kw || sym_opt(c, kw->as.arg.annotation)) && sym_opt(c, returns);
}

/* FunctionDef, AsyncFunctionDef */
static bool sym_function(Checker *c, const Node *s) {
  const Node *args = s->as.function_def.args;
  if (!add_def(c, s->as.function_def.name, DEF_LOCAL, s) ||
      !sym_signature(c, args, s->as.function_def.returns) ||
      !sym_exprs(c, s->as.function_def.decorator_list))
    return false;
  bool is_async = s->kind == NODE_ASYNC_FUNCTION_DEF;
  if (!enter_scope(c, is_async ? SCOPE_ASYNC_FUNCTION : SCOPE_FUNCTION, s))
    return false;
  c->cur->coroutine = is_async;
  bool ok = sym_arguments(c, args) && sym_stmts(c, s->as.function_def.body);
  c->cur = c->cur->parent;
  return ok;
}

/* ClassDef */
static bool sym_class(Checker *c, const Node *s) {
  if (!add_def(c, s->as.class_def.name, DEF_LOCAL, s) ||
      !sym_exprs(c, s->as.class_def.bases))
    return false;
  NodeList kws = s->as.class_def.keywords;
  for (int i = 0; i < kws.count; i++)
    if (!sym_expr(c, kws.items[i]->as.keyword.value)) return false;
  if (!sym_exprs(c, s->as.class_def.decorator_list) ||
      !enter_scope(c, SCOPE_CLASS, s))
    return false;
  bool ok = sym_stmts(c, s->as.class_def.body);
  c->cur = c->cur->parent;
  return ok;
}

/* Global and Nonlocal: the names must not be in use already. */
static bool sym_directive(Checker *c, const Node *s) {
  bool global = s->kind == NODE_GLOBAL;
  const char *kind = global ? "global" : "nonlocal";
  for (int i = 0; i < s->as.global.count; i++) {
    const char *name = s->as.global.names[i];
    int cur = flags_of(c->cur, name);
    const char *why = NULL;
    if (cur & DEF_PARAM)
      why = "name '%s' is parameter and %s";
    else if (cur & USE)
      why = "name '%s' is used prior to %s declaration";
    else if (cur & DEF_ANNOT)
      why = "annotated name '%s' can't be %s";
    else if (cur & DEF_LOCAL)
      why = "name '%s' is assigned to before %s declaration";
    if (why) {
      error_span(c, (Pos){s->lineno, s->col_offset},
                 (Pos){s->end_lineno, s->end_col_offset}, why, name, kind);
      return false;
    }
    Symbol *sym = intern(c, c->cur, name);
    if (!sym) return false;
    sym->flags |= global ? DEF_GLOBAL : DEF_NONLOCAL;
    if (!sym->directive) sym->directive = s;
  }
  return true;
}

/* AnnAssign: an annotated name must not be declared global/nonlocal. */
static bool sym_ann_assign(Checker *c, const Node *s) {
  const Node *target = s->as.ann_assign.target;
  if (target->kind != NODE_NAME) {
    if (!sym_expr(c, target)) return false;
  } else {
    const char *name = target->as.name.id;
    int cur = flags_of(c->cur, name);
    if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && c->cur->kind != SCOPE_MODULE &&
        s->as.ann_assign.simple)
      return error_at(c, s,
                      cur & DEF_GLOBAL ? "annotated name '%s' can't be global"
                                       : "annotated name '%s' can't be "
                                         "nonlocal",
                      name);
    int flag = s->as.ann_assign.simple  ? DEF_ANNOT | DEF_LOCAL
               : s->as.ann_assign.value ? DEF_LOCAL
                                        : 0;
    if (flag && !add_def(c, name, flag, target)) return false;
  }
  return sym_expr(c, s->as.ann_assign.annotation) &&
         sym_opt(c, s->as.ann_assign.value);
}

/* Import and ImportFrom: binds the first component or the asname. */
static bool sym_import(Checker *c, const Node *s) {
  NodeList names =
      s->kind == NODE_IMPORT ? s->as.import.names : s->as.import_from.names;
  for (int i = 0; i < names.count; i++) {
    const Node *a = names.items[i];
    const char *name =
        a->as.alias.asname ? a->as.alias.asname : a->as.alias.name;
    if (strcmp(name, "*") == 0) {
      if (c->cur->kind != SCOPE_MODULE)
        return error_at(c, a, "import * only allowed at module level", NULL);
      continue;
    }
    const char *dot = strchr(name, '.');
    if (dot) {
      char *first = arena_strndup(&c->arena, name, (size_t)(dot - name));
      if (!first) return out_of_memory(c);
      name = first;
    }
    if (!add_def(c, name, DEF_IMPORT, a)) return false;
  }
  return true;
}

/* Try: body, else, handlers, finally (symtable's order). */
static bool sym_try(Checker *c, const Node *s) {
  if (!sym_stmts(c, s->as.try_.body) || !sym_stmts(c, s->as.try_.orelse))
    return false;
  NodeList handlers = s->as.try_.handlers;
  for (int i = 0; i < handlers.count; i++) {
    const Node *h = handlers.items[i];
    if (!sym_opt(c, h->as.except_handler.type) ||
        (h->as.except_handler.name &&
         !add_def(c, h->as.except_handler.name, DEF_LOCAL, h)) ||
        !sym_stmts(c, h->as.except_handler.body))
      return false;
  }
  return sym_stmts(c, s->as.try_.finalbody);
}

/* With and AsyncWith */
static bool sym_with(Checker *c, const Node *s) {
  NodeList items = s->as.with.items;
  for (int i = 0; i < items.count; i++)
    if (!sym_expr(c, items.items[i]->as.withitem.context_expr) ||
        !sym_opt(c, items.items[i]->as.withitem.optional_vars))
      return false;
  return sym_stmts(c, s->as.with.body);
}

/* Visits the statement [s]. */
static bool sym_stmt(Checker *c, const Node *s) {
  switch (s->kind) {
  case NODE_FUNCTION_DEF:
  case NODE_ASYNC_FUNCTION_DEF: return sym_function(c, s);
  case NODE_CLASS_DEF: return sym_class(c, s);
  case NODE_RETURN: return sym_opt(c, s->as.return_.value);
  case NODE_DELETE: return sym_exprs(c, s->as.delete_.targets);
  case NODE_ASSIGN:
    return sym_exprs(c, s->as.assign.targets) &&
           sym_expr(c, s->as.assign.value);
  case NODE_AUG_ASSIGN:
    return sym_expr(c, s->as.aug_assign.target) &&
           sym_expr(c, s->as.aug_assign.value);
  case NODE_ANN_ASSIGN: return sym_ann_assign(c, s);
  case NODE_FOR:
  case NODE_ASYNC_FOR:
    return sym_expr(c, s->as.for_.target) && sym_expr(c, s->as.for_.iter) &&
           sym_stmts(c, s->as.for_.body) && sym_stmts(c, s->as.for_.orelse);
  case NODE_WHILE:
  case NODE_IF:
    return sym_expr(c, s->as.if_.test) && sym_stmts(c, s->as.if_.body) &&
           sym_stmts(c, s->as.if_.orelse);
  case NODE_WITH:
  case NODE_ASYNC_WITH: return sym_with(c, s);
  case NODE_RAISE:
    return sym_opt(c, s->as.raise.exc) && sym_opt(c, s->as.raise.cause);
  case NODE_TRY:
  case NODE_TRY_STAR: return sym_try(c, s);
  case NODE_ASSERT:
    return sym_expr(c, s->as.assert_.test) && sym_opt(c, s->as.assert_.msg);
  case NODE_IMPORT:
  case NODE_IMPORT_FROM: return sym_import(c, s);
  case NODE_GLOBAL:
  case NODE_NONLOCAL: return sym_directive(c, s);
  case NODE_EXPR: return sym_expr(c, s->as.expr.value);
  default: return true;
  }
}

static bool sym_stmts(Checker *c, NodeList body) {
  for (int i = 0; i < body.count; i++)
    if (!sym_stmt(c, body.items[i])) return false;
  return true;
}

/* Binds the walrus target [target] in the scope a comprehension's
 * assignment expression assigns to (symtable_extend_namedexpr_scope). */
static bool extend_namedexpr_scope(Checker *c, const Node *target) {
  const char *name = target->as.name.id;
  for (Scope *s = c->cur; s; s = s->parent) {
    if (s->kind == SCOPE_COMPREHENSION) {
      if (flags_of(s, name) & DEF_COMP_ITER)
        return error_at(c, target,
                        "assignment expression cannot rebind comprehension "
                        "iteration variable '%s'",
                        name);
      continue;
    }
    if (s->kind == SCOPE_CLASS)
      return error_at(c, target,
                      "assignment expression within a comprehension cannot "
                      "be used in a class body",
                      NULL);
    bool global = s->kind == SCOPE_MODULE || (flags_of(s, name) & DEF_GLOBAL);
    Symbol *sym = intern(c, c->cur, name);
    if (!sym) return false;
    sym->flags |= global ? DEF_GLOBAL : DEF_NONLOCAL;
    if (!sym->directive) sym->directive = target;
    return add_def_in(
        c, s, name, global && s->kind == SCOPE_MODULE ? DEF_GLOBAL : DEF_LOCAL,
        target);
  }
  return true;
}

/* NamedExpr */
static bool sym_named_expr(Checker *c, const Node *e) {
  if (c->cur->comp_iter_expr > 0)
    return error_at(c, e,
                    "assignment expression cannot be used in a comprehension "
                    "iterable expression",
                    NULL);
  if (c->cur->kind == SCOPE_COMPREHENSION &&
      !extend_namedexpr_scope(c, e->as.named_expr.target))
    return false;
  return sym_expr(c, e->as.named_expr.value) &&
         sym_expr(c, e->as.named_expr.target);
}

/* Visits a comprehension's target, iterable and conditions. */
static bool sym_generator(Checker *c, const Node *g, bool outermost) {
  c->cur->comp_iter_target = true;
  bool ok = sym_expr(c, g->as.comprehension.target);
  c->cur->comp_iter_target = false;
  if (ok && !outermost) {
    c->cur->comp_iter_expr++;
    ok = sym_expr(c, g->as.comprehension.iter);
    c->cur->comp_iter_expr--;
  }
  if (g->as.comprehension.is_async) c->cur->coroutine = true;
  return ok && sym_exprs(c, g->as.comprehension.ifs);
}

/* The element(s) and generators of the comprehension [e]. */
static void comprehension_parts(const Node *e, const Node **elt,
                                const Node **value, NodeList *gens) {
  if (e->kind == NODE_DICT_COMP) {
    *elt = e->as.dict_comp.key;
    *value = e->as.dict_comp.value;
    *gens = e->as.dict_comp.generators;
  } else {
    *elt = e->as.comp.elt;
    *value = NULL;
    *gens = e->as.comp.generators;
  }
}

/* ListComp, SetComp, DictComp, GeneratorExp
 * (symtable_handle_comprehension) */
static bool sym_comprehension(Checker *c, const Node *e) {
  const Node *elt, *value;
  NodeList gens;
  comprehension_parts(e, &elt, &value, &gens);
  const Node *outermost = gens.items[0];
  c->cur->comp_iter_expr++;
  bool ok = sym_expr(c, outermost->as.comprehension.iter);
  c->cur->comp_iter_expr--;
  if (!ok || !enter_scope(c, SCOPE_COMPREHENSION, e)) return false;
  ok = sym_generator(c, outermost, true);
  for (int i = 1; ok && i < gens.count; i++)
    ok = sym_generator(c, gens.items[i], false);
  ok = ok && sym_opt(c, value) && sym_expr(c, elt);
  bool is_generator = e->kind == NODE_GENERATOR_EXP;
  c->cur->generator = is_generator;
  bool is_async = c->cur->coroutine && !is_generator;
  c->cur = c->cur->parent;
  if (is_async) c->cur->coroutine = true;
  return ok;
}

/* Yield and YieldFrom: not in a comprehension. */
static bool sym_yield(Checker *c, const Node *e) {
  if (!sym_opt(c, e->as.yield.value)) return false;
  c->cur->generator = true;
  if (c->cur->kind != SCOPE_COMPREHENSION) return true;
  const char *where;
  switch (c->cur->node->kind) {
  case NODE_LIST_COMP: where = "list comprehension"; break;
  case NODE_SET_COMP: where = "set comprehension"; break;
  case NODE_DICT_COMP: where = "dict comprehension"; break;
  default: where = "generator expression"; break;
  }
  return error_at(c, e, "'yield' inside %s", where);
}

/* Lambda */
static bool sym_lambda(Checker *c, const Node *e) {
  const Node *a = e->as.lambda.args;
  if (!sym_exprs(c, a->as.arguments.defaults) ||
      !sym_exprs(c, a->as.arguments.kw_defaults) ||
      !enter_scope(c, SCOPE_LAMBDA, e))
    return false;
  bool ok = sym_arguments(c, a) && sym_expr(c, e->as.lambda.body);
  c->cur = c->cur->parent;
  return ok;
}

/* Call */
static bool sym_call(Checker *c, const Node *e) {
  if (!sym_expr(c, e->as.call.func) || !sym_exprs(c, e->as.call.args))
    return false;
  NodeList kws = e->as.call.keywords;
  for (int i = 0; i < kws.count; i++)
    if (!sym_expr(c, kws.items[i]->as.keyword.value)) return false;
  return true;
}

static bool sym_expr(Checker *c, const Node *e) {
  switch (e->kind) {
  case NODE_BOOL_OP: return sym_exprs(c, e->as.bool_op.values);
  case NODE_NAMED_EXPR: return sym_named_expr(c, e);
  case NODE_BIN_OP:
    return sym_expr(c, e->as.bin_op.left) && sym_expr(c, e->as.bin_op.right);
  case NODE_UNARY_OP: return sym_expr(c, e->as.unary_op.operand);
  case NODE_LAMBDA: return sym_lambda(c, e);
  case NODE_IF_EXP:
    return sym_expr(c, e->as.if_exp.test) && sym_expr(c, e->as.if_exp.body) &&
           sym_expr(c, e->as.if_exp.orelse);
  case NODE_DICT:
    return sym_exprs(c, e->as.dict.keys) && sym_exprs(c, e->as.dict.values);
  case NODE_SET:
  case NODE_LIST:
  case NODE_TUPLE: return sym_exprs(c, e->as.tuple.elts);
  case NODE_LIST_COMP:
  case NODE_SET_COMP:
  case NODE_DICT_COMP:
  case NODE_GENERATOR_EXP: return sym_comprehension(c, e);
  case NODE_AWAIT:
    c->cur->coroutine = true;
    return sym_expr(c, e->as.await.value);
  case NODE_YIELD:
  case NODE_YIELD_FROM: return sym_yield(c, e);
  case NODE_COMPARE:
    return sym_expr(c, e->as.compare.left) &&
           sym_exprs(c, e->as.compare.comparators);
  case NODE_CALL: return sym_call(c, e);
  case NODE_FORMATTED_VALUE:
    return sym_expr(c, e->as.formatted_value.value) &&
           sym_opt(c, e->as.formatted_value.format_spec);
  case NODE_JOINED_STR: return sym_exprs(c, e->as.joined_str.values);
  case NODE_ATTRIBUTE: return sym_expr(c, e->as.attribute.value);
  case NODE_SUBSCRIPT:
    return sym_expr(c, e->as.subscript.value) &&
           sym_expr(c, e->as.subscript.slice);
  case NODE_STARRED: return sym_expr(c, e->as.starred.value);
  case NODE_SLICE:
    return sym_opt(c, e->as.slice.lower) && sym_opt(c, e->as.slice.upper) &&
           sym_opt(c, e->as.slice.step);
  case NODE_NAME:
    return add_def(c, e->as.name.id,
                   e->as.name.ctx == CTX_LOAD ? USE : DEF_LOCAL, e);
  default: return true;
  }
}

/* ---- pass 3: nonlocal declarations ----------------------------------- */

/* True when [name] is a local of a function enclosing [s] (CPython's
 * "bound" set: class scopes are skipped, but bind __class__). */
static bool bound_outside(Scope *s, const char *name) {
  for (Scope *a = s->parent; a && a->kind != SCOPE_MODULE; a = a->parent) {
    if (a->kind == SCOPE_CLASS) {
      if (strcmp(name, "__class__") == 0) return true;
      continue;
    }
    int flags = flags_of(a, name);
    if ((flags & DEF_BOUND) && !(flags & (DEF_GLOBAL | DEF_NONLOCAL)))
      return true;
  }
  return false;
}

/* The name CPython's symbol table gives [name] in scope [s]: a private
 * name (__x, not __x__) inside a class is mangled to _Class__x. Returns
 * [name] itself when no mangling applies or memory runs out. */
static const char *mangled(Checker *c, const Scope *s, const char *name) {
  size_t len = strlen(name);
  if (len < 3 || name[0] != '_' || name[1] != '_' ||
      (name[len - 1] == '_' && name[len - 2] == '_'))
    return name;
  while (s && s->kind != SCOPE_CLASS) s = s->parent;
  if (!s) return name;
  const char *cls = s->node->as.class_def.name;
  while (*cls == '_') cls++;
  if (!*cls) return name;
  size_t size = strlen(cls) + len + 2;
  char *out = arena_alloc(&c->arena, size);
  if (!out) return name;
  snprintf(out, size, "_%s%s", cls, name);
  return out;
}

/* Checks the global and nonlocal names of [s], then of its children
 * (analyze_block's order). */
static bool analyze(Checker *c, Scope *s) {
  for (int i = 0; i < s->count; i++) {
    const Symbol *sym = &s->symbols[i];
    const char *why = NULL;
    if ((sym->flags & DEF_GLOBAL) && (sym->flags & DEF_NONLOCAL))
      why = "name '%s' is nonlocal and global";
    else if ((sym->flags & DEF_NONLOCAL) && s->kind == SCOPE_MODULE)
      why = "nonlocal declaration not allowed at module level";
    else if ((sym->flags & DEF_NONLOCAL) && !bound_outside(s, sym->name))
      why = "no binding for nonlocal '%s' found";
    if (why) return error_at(c, sym->directive, why, mangled(c, s, sym->name));
  }
  for (Scope *child = s->first_child; child; child = child->next)
    if (!analyze(c, child)) return false;
  return true;
}

/* ---- pass 4: the compiler's checks ----------------------------------- */

static bool cc_expr(Checker *c, const Node *e);
static bool cc_stmts(Checker *c, NodeList body);
static bool cc_items(Checker *c, NodeList items);

/* Visits the expressions of [list], skipping NULL items. */
static bool cc_exprs(Checker *c, NodeList list) {
  for (int i = 0; i < list.count; i++)
    if (list.items[i] && !cc_expr(c, list.items[i])) return false;
  return true;
}

/* Visits [e] when it is not NULL. */
static bool cc_opt(Checker *c, const Node *e) { return !e || cc_expr(c, e); }

/* True inside a def, lambda or comprehension. */
static bool in_function(const Checker *c) {
  return c->cur->kind != SCOPE_MODULE && c->cur->kind != SCOPE_CLASS;
}

/* True where the async statements may appear: an async function, or the
 * top level of an interactive entry. */
static bool may_await(const Checker *c, const Scope *scope) {
  return scope->kind == SCOPE_ASYNC_FUNCTION ||
         (c->top_level_await && scope->kind == SCOPE_MODULE);
}

/* Compiles [body] (a list, or the expression [expr]) as the code unit of
 * [node]: loops and blocks start afresh. */
static bool cc_unit(Checker *c, const Node *node, NodeList body,
                    const Node *expr) {
  Scope *saved = c->cur, *unit = child_for(c->cur, node);
  if (!unit) return true;
  int loops = c->loops, blocks = c->blocks, star_base = c->star_base;
  c->cur = unit;
  c->loops = c->blocks = c->star_base = 0;
  bool ok = expr ? cc_expr(c, expr) : cc_stmts(c, body);
  c->cur = saved;
  c->loops = loops;
  c->blocks = blocks;
  c->star_base = star_base;
  return ok;
}

/* Opens one compiler block (loop, try, with) for statement [s]. */
static bool push_block(Checker *c, const Node *s) {
  if (c->blocks >= MAX_BLOCKS)
    return error_at(c, s, "too many statically nested blocks", NULL);
  c->blocks++;
  return true;
}

/* True when a parameter of [list] is named __debug__. */
static bool debug_param(NodeList list) {
  for (int i = 0; i < list.count; i++)
    if (strcmp(list.items[i]->as.arg.arg, "__debug__") == 0) return true;
  return false;
}

/* Checks the parameter names of the def or lambda [n] (arguments [a]). */
static bool cc_param_names(Checker *c, const Node *n, const Node *a) {
  const Node *va = a->as.arguments.vararg, *kw = a->as.arguments.kwarg;
  if (debug_param(a->as.arguments.posonlyargs) ||
      debug_param(a->as.arguments.args) ||
      debug_param(a->as.arguments.kwonlyargs) ||
      (va && strcmp(va->as.arg.arg, "__debug__") == 0) ||
      (kw && strcmp(kw->as.arg.arg, "__debug__") == 0))
    return error_at(c, n, "cannot assign to __debug__", NULL);
  return true;
}

/* Visits the annotations of the parameters in [list]. */
static bool cc_param_annotations(Checker *c, NodeList list) {
  for (int i = 0; i < list.count; i++)
    if (!cc_opt(c, list.items[i]->as.arg.annotation)) return false;
  return true;
}

/* FunctionDef, AsyncFunctionDef: decorators, defaults and annotations in
 * the enclosing unit, then the body. */
static bool cc_function(Checker *c, const Node *s) {
  const Node *a = s->as.function_def.args;
  const Node *va = a->as.arguments.vararg, *kw = a->as.arguments.kwarg;
  return cc_exprs(c, s->as.function_def.decorator_list) &&
         cc_exprs(c, a->as.arguments.defaults) &&
         cc_exprs(c, a->as.arguments.kw_defaults) && cc_param_names(c, s, a) &&
         cc_param_annotations(c, a->as.arguments.args) &&
         cc_param_annotations(c, a->as.arguments.posonlyargs) &&
         (!va || cc_opt(c, va->as.arg.annotation)) &&
         cc_param_annotations(c, a->as.arguments.kwonlyargs) &&
         (!kw || cc_opt(c, kw->as.arg.annotation)) &&
         cc_opt(c, s->as.function_def.returns) &&
         cc_unit(c, s, s->as.function_def.body, NULL);
}

/* The keywords of a call: a name given twice is an error. */
static bool cc_keywords(Checker *c, NodeList kws, const Node *call) {
  for (int i = 0; i < kws.count; i++) {
    const char *arg = kws.items[i]->as.keyword.arg;
    if (!arg) continue;
    if (strcmp(arg, "__debug__") == 0)
      return error_at(c, call, "cannot assign to __debug__", NULL);
    for (int j = i + 1; j < kws.count; j++) {
      const char *other = kws.items[j]->as.keyword.arg;
      if (other && strcmp(arg, other) == 0)
        return error_at(c, kws.items[j], "keyword argument repeated: %s", arg);
    }
  }
  return true;
}

/* The values of the keyword nodes [kws]. */
static bool cc_keyword_values(Checker *c, NodeList kws) {
  for (int i = 0; i < kws.count; i++)
    if (!cc_expr(c, kws.items[i]->as.keyword.value)) return false;
  return true;
}

/* ClassDef: decorators, body, then bases and keywords. */
static bool cc_class(Checker *c, const Node *s) {
  return cc_exprs(c, s->as.class_def.decorator_list) &&
         cc_unit(c, s, s->as.class_def.body, NULL) &&
         cc_keywords(c, s->as.class_def.keywords, s) &&
         cc_items(c, s->as.class_def.bases) &&
         cc_keyword_values(c, s->as.class_def.keywords);
}

/* CPython's error for leaving an except* body by break, continue or
 * return, at [at]. */
static bool star_exit(Checker *c, const Node *at) {
  return error_at(c, at,
                  "'break', 'continue' and 'return' cannot appear in an "
                  "except* block",
                  NULL);
}

/* Return: inside an except* body it is an error, reported at a constant
 * value on the statement's line (where CPython's compiler stands then),
 * else at the statement. */
static bool cc_return(Checker *c, const Node *s) {
  const Node *value = s->as.return_.value;
  if (!in_function(c)) return error_at(c, s, "'return' outside function", NULL);
  if (value && c->cur->coroutine && c->cur->generator &&
      c->cur->kind == SCOPE_ASYNC_FUNCTION)
    return error_at(c, s, "'return' with value in async generator", NULL);
  if (!cc_opt(c, value)) return false;
  if (c->star_base == 0) return true;
  bool at_value =
      value && value->kind == NODE_CONSTANT && value->lineno == s->lineno;
  return star_exit(c, at_value ? value : s);
}

/* Break, Continue: the innermost loop must be inside any except* body
 * the statement is in. */
static bool cc_break(Checker *c, const Node *s) {
  if (c->star_base > 0 && c->loops + 1 == c->star_base) return star_exit(c, s);
  if (c->loops > 0) return true;
  return error_at(c, s,
                  s->kind == NODE_BREAK ? "'break' outside loop"
                                        : "'continue' not properly in loop",
                  NULL);
}

/* A loop: [body] runs inside the loop's block, [orelse] after it. */
static bool cc_loop(Checker *c, const Node *s, const Node *first,
                    const Node *target, NodeList body, NodeList orelse) {
  if (!cc_expr(c, first) || !push_block(c, s) ||
      (target && !cc_expr(c, target)))
    return false;
  c->loops++;
  bool ok = cc_stmts(c, body);
  c->loops--;
  c->blocks--;
  return ok && cc_stmts(c, orelse);
}

/* For, AsyncFor */
static bool cc_for(Checker *c, const Node *s) {
  if (s->kind == NODE_ASYNC_FOR && !may_await(c, c->cur))
    return error_at(c, s, "'async for' outside async function", NULL);
  return cc_loop(c, s, s->as.for_.iter, s->as.for_.target, s->as.for_.body,
                 s->as.for_.orelse);
}

/* With, AsyncWith: one block per item. */
static bool cc_with(Checker *c, const Node *s) {
  if (s->kind == NODE_ASYNC_WITH && !may_await(c, c->cur))
    return error_at(c, s, "'async with' outside async function", NULL);
  NodeList items = s->as.with.items;
  int pushed = 0;
  bool ok = true;
  for (int i = 0; ok && i < items.count; i++) {
    ok = cc_expr(c, items.items[i]->as.withitem.context_expr) &&
         push_block(c, s) && ++pushed &&
         cc_opt(c, items.items[i]->as.withitem.optional_vars);
  }
  ok = ok && cc_stmts(c, s->as.with.body);
  c->blocks -= pushed;
  return ok;
}

/* The handlers of a try statement [s], inside its handler block. The
 * bodies of except* handlers are marked for cc_break and cc_return. */
static bool cc_handlers(Checker *c, const Node *s) {
  NodeList handlers = s->as.try_.handlers;
  if (!push_block(c, s)) return false;
  bool ok = true;
  for (int i = 0; ok && i < handlers.count; i++) {
    const Node *h = handlers.items[i];
    if (!h->as.except_handler.type && i < handlers.count - 1)
      return error_at(c, h, "default 'except:' must be last", NULL);
    ok = cc_opt(c, h->as.except_handler.type) && push_block(c, h);
    if (!ok) break;
    int star_base = c->star_base;
    if (s->kind == NODE_TRY_STAR) c->star_base = c->loops + 1;
    ok = cc_stmts(c, h->as.except_handler.body);
    c->star_base = star_base;
    c->blocks--;
  }
  c->blocks--;
  return ok;
}

/* try/except: body in its block, else after, then the handlers
 * (try/except*: the handlers, then else). */
static bool cc_try_except(Checker *c, const Node *s) {
  if (!push_block(c, s)) return false;
  bool ok = cc_stmts(c, s->as.try_.body);
  c->blocks--;
  if (s->kind == NODE_TRY_STAR)
    return ok && cc_handlers(c, s) && cc_stmts(c, s->as.try_.orelse);
  return ok && cc_stmts(c, s->as.try_.orelse) && cc_handlers(c, s);
}

/* Try: the finally body is compiled twice, the second time one block
 * deeper. */
static bool cc_try(Checker *c, const Node *s) {
  bool has_finally = s->as.try_.finalbody.count > 0;
  if (!has_finally) return cc_try_except(c, s);
  if (!push_block(c, s)) return false;
  bool ok = s->as.try_.handlers.count ? cc_try_except(c, s)
                                      : cc_stmts(c, s->as.try_.body);
  c->blocks--;
  if (!ok || !cc_stmts(c, s->as.try_.finalbody) || !push_block(c, s))
    return false;
  ok = cc_stmts(c, s->as.try_.finalbody);
  c->blocks--;
  return ok;
}

/* AnnAssign: the annotation is evaluated only in a module or class. */
static bool cc_ann_assign(Checker *c, const Node *s) {
  const Node *target = s->as.ann_assign.target;
  if (s->as.ann_assign.value &&
      (!cc_expr(c, s->as.ann_assign.value) || !cc_expr(c, target)))
    return false;
  if ((target->kind == NODE_NAME &&
       strcmp(target->as.name.id, "__debug__") == 0) ||
      (target->kind == NODE_ATTRIBUTE &&
       strcmp(target->as.attribute.attr, "__debug__") == 0))
    return error_at(c, target, "cannot assign to __debug__", NULL);
  if (in_function(c)) return true;
  return cc_expr(c, s->as.ann_assign.annotation);
}

/* A late `from __future__ import`. */
static bool cc_import_from(Checker *c, const Node *s) {
  if (is_future_import(s) && s->lineno > c->future_line)
    return error_at(c, s,
                    "from __future__ imports must occur at the beginning of "
                    "the file",
                    NULL);
  return true;
}

/* Assign: the value first, then the targets. */
static bool cc_assign(Checker *c, const Node *s) {
  return cc_expr(c, s->as.assign.value) && cc_exprs(c, s->as.assign.targets);
}

/* Visits the statement [s] in code generation order. */
static bool cc_stmt(Checker *c, const Node *s) {
  switch (s->kind) {
  case NODE_FUNCTION_DEF:
  case NODE_ASYNC_FUNCTION_DEF: return cc_function(c, s);
  case NODE_CLASS_DEF: return cc_class(c, s);
  case NODE_RETURN: return cc_return(c, s);
  case NODE_DELETE: return cc_exprs(c, s->as.delete_.targets);
  case NODE_ASSIGN: return cc_assign(c, s);
  case NODE_AUG_ASSIGN:
    return cc_expr(c, s->as.aug_assign.target) &&
           cc_expr(c, s->as.aug_assign.value);
  case NODE_ANN_ASSIGN: return cc_ann_assign(c, s);
  case NODE_FOR:
  case NODE_ASYNC_FOR: return cc_for(c, s);
  case NODE_WHILE:
    return cc_loop(c, s, s->as.while_.test, NULL, s->as.while_.body,
                   s->as.while_.orelse);
  case NODE_IF:
    return cc_expr(c, s->as.if_.test) && cc_stmts(c, s->as.if_.body) &&
           cc_stmts(c, s->as.if_.orelse);
  case NODE_WITH:
  case NODE_ASYNC_WITH: return cc_with(c, s);
  case NODE_RAISE:
    return cc_opt(c, s->as.raise.exc) && cc_opt(c, s->as.raise.cause);
  case NODE_TRY:
  case NODE_TRY_STAR: return cc_try(c, s);
  case NODE_ASSERT:
    return cc_expr(c, s->as.assert_.test) && cc_opt(c, s->as.assert_.msg);
  case NODE_IMPORT_FROM: return cc_import_from(c, s);
  case NODE_EXPR: return cc_expr(c, s->as.expr.value);
  case NODE_BREAK:
  case NODE_CONTINUE: return cc_break(c, s);
  default: return true;
  }
}

static bool cc_stmts(Checker *c, NodeList body) {
  for (int i = 0; i < body.count; i++)
    if (!cc_stmt(c, body.items[i])) return false;
  return true;
}

/* The items of a List, Tuple or Set, or the arguments of a call, where
 * a Starred item stands for its value. */
static bool cc_items(Checker *c, NodeList items) {
  for (int i = 0; i < items.count; i++) {
    const Node *e = items.items[i];
    if (!cc_expr(c, e->kind == NODE_STARRED ? e->as.starred.value : e))
      return false;
  }
  return true;
}

/* A List or Tuple: as a target, at most one starred item. */
static bool cc_sequence(Checker *c, const Node *e) {
  if (e->as.tuple.ctx == CTX_STORE) {
    int starred = 0;
    for (int i = 0; i < e->as.tuple.elts.count; i++)
      starred += e->as.tuple.elts.items[i]->kind == NODE_STARRED;
    if (starred > 1)
      return error_at(c, e, "multiple starred expressions in assignment", NULL);
  }
  return cc_items(c, e->as.tuple.elts);
}

/* The generators of a comprehension, in its own unit: the outermost
 * iterable is evaluated outside (the caller visits it). */
static bool cc_generators(Checker *c, NodeList gens) {
  for (int i = 0; i < gens.count; i++) {
    const Node *g = gens.items[i];
    if ((i > 0 && !cc_expr(c, g->as.comprehension.iter)) ||
        !cc_expr(c, g->as.comprehension.target) ||
        !cc_exprs(c, g->as.comprehension.ifs))
      return false;
  }
  return true;
}

/* ListComp, SetComp, DictComp, GeneratorExp */
static bool cc_comprehension(Checker *c, const Node *e) {
  Scope *saved = c->cur, *unit = child_for(c->cur, e);
  const Node *elt, *value;
  NodeList gens;
  comprehension_parts(e, &elt, &value, &gens);
  if (!unit) return true;
  if (unit->coroutine && e->kind != NODE_GENERATOR_EXP &&
      !may_await(c, saved) && saved->kind != SCOPE_COMPREHENSION)
    return error_at(c, e,
                    "asynchronous comprehension outside of an asynchronous "
                    "function",
                    NULL);
  int loops = c->loops, blocks = c->blocks;
  c->cur = unit;
  c->loops = c->blocks = 0;
  bool ok = cc_generators(c, gens) && cc_opt(c, elt) && cc_opt(c, value);
  c->cur = saved;
  c->loops = loops;
  c->blocks = blocks;
  return ok && cc_expr(c, gens.items[0]->as.comprehension.iter);
}

/* Await */
static bool cc_await(Checker *c, const Node *e) {
  if (may_await(c, c->cur)) return cc_expr(c, e->as.await.value);
  if (!in_function(c)) return error_at(c, e, "'await' outside function", NULL);
  if (c->cur->kind != SCOPE_ASYNC_FUNCTION &&
      c->cur->kind != SCOPE_COMPREHENSION)
    return error_at(c, e, "'await' outside async function", NULL);
  return cc_expr(c, e->as.await.value);
}

/* Yield, YieldFrom */
static bool cc_yield(Checker *c, const Node *e) {
  if (!in_function(c)) return error_at(c, e, "'yield' outside function", NULL);
  if (e->kind == NODE_YIELD_FROM && c->cur->kind == SCOPE_ASYNC_FUNCTION)
    return error_at(c, e, "'yield from' inside async function", NULL);
  return cc_opt(c, e->as.yield.value);
}

/* Name: __debug__ cannot be assigned or deleted. */
static bool cc_name(Checker *c, const Node *e) {
  if (e->as.name.ctx == CTX_LOAD || strcmp(e->as.name.id, "__debug__") != 0)
    return true;
  return error_at(c, e,
                  e->as.name.ctx == CTX_DEL ? "cannot delete __debug__"
                                            : "cannot assign to __debug__",
                  NULL);
}

/* Attribute: __debug__ cannot be assigned as an attribute either. */
static bool cc_attribute(Checker *c, const Node *e) {
  if (!cc_expr(c, e->as.attribute.value)) return false;
  if (e->as.attribute.ctx != CTX_STORE ||
      strcmp(e->as.attribute.attr, "__debug__") != 0)
    return true;
  return error_at(c, e, "cannot assign to __debug__", NULL);
}

/* Lambda: defaults outside, the body in its own unit. */
static bool cc_lambda(Checker *c, const Node *e) {
  const Node *a = e->as.lambda.args;
  NodeList none = {0};
  return cc_exprs(c, a->as.arguments.defaults) &&
         cc_exprs(c, a->as.arguments.kw_defaults) && cc_param_names(c, e, a) &&
         cc_unit(c, e, none, e->as.lambda.body);
}

/* Call: the function, its keywords' names, then the arguments. */
static bool cc_call(Checker *c, const Node *e) {
  return cc_expr(c, e->as.call.func) &&
         cc_keywords(c, e->as.call.keywords, e) &&
         cc_items(c, e->as.call.args) &&
         cc_keyword_values(c, e->as.call.keywords);
}

/* Dict: each key (absent for **mapping), then its value. */
static bool cc_dict(Checker *c, const Node *e) {
  for (int i = 0; i < e->as.dict.keys.count; i++)
    if (!cc_opt(c, e->as.dict.keys.items[i]) ||
        !cc_expr(c, e->as.dict.values.items[i]))
      return false;
  return true;
}

/* Visits the expression [e] in code generation order. */
static bool cc_expr(Checker *c, const Node *e) {
  switch (e->kind) {
  case NODE_BOOL_OP: return cc_exprs(c, e->as.bool_op.values);
  case NODE_NAMED_EXPR:
    return cc_expr(c, e->as.named_expr.value) &&
           cc_expr(c, e->as.named_expr.target);
  case NODE_BIN_OP:
    return cc_expr(c, e->as.bin_op.left) && cc_expr(c, e->as.bin_op.right);
  case NODE_UNARY_OP: return cc_expr(c, e->as.unary_op.operand);
  case NODE_LAMBDA: return cc_lambda(c, e);
  case NODE_IF_EXP:
    return cc_expr(c, e->as.if_exp.test) && cc_expr(c, e->as.if_exp.body) &&
           cc_expr(c, e->as.if_exp.orelse);
  case NODE_DICT: return cc_dict(c, e);
  case NODE_SET: return cc_items(c, e->as.set.elts);
  case NODE_LIST:
  case NODE_TUPLE: return cc_sequence(c, e);
  case NODE_LIST_COMP:
  case NODE_SET_COMP:
  case NODE_DICT_COMP:
  case NODE_GENERATOR_EXP: return cc_comprehension(c, e);
  case NODE_AWAIT: return cc_await(c, e);
  case NODE_YIELD:
  case NODE_YIELD_FROM: return cc_yield(c, e);
  case NODE_COMPARE:
    return cc_expr(c, e->as.compare.left) &&
           cc_exprs(c, e->as.compare.comparators);
  case NODE_CALL: return cc_call(c, e);
  case NODE_FORMATTED_VALUE:
    return cc_expr(c, e->as.formatted_value.value) &&
           cc_opt(c, e->as.formatted_value.format_spec);
  case NODE_JOINED_STR: return cc_exprs(c, e->as.joined_str.values);
  case NODE_ATTRIBUTE: return cc_attribute(c, e);
  case NODE_SUBSCRIPT:
    return cc_expr(c, e->as.subscript.value) &&
           cc_expr(c, e->as.subscript.slice);
  case NODE_STARRED:
    return error_at(c, e,
                    e->as.starred.ctx == CTX_STORE
                        ? "starred assignment target must be in a list or "
                          "tuple"
                        : "can't use starred expression here",
                    NULL);
  case NODE_SLICE:
    return cc_opt(c, e->as.slice.lower) && cc_opt(c, e->as.slice.upper) &&
           cc_opt(c, e->as.slice.step);
  case NODE_NAME: return cc_name(c, e);
  default: return true;
  }
}

/* ---- the entry point ------------------------------------------------- */

bool check_module(const Node *mod, const char *source, bool top_level_await,
                  SyntaxDiag *diag) {
  Checker c = {0};
  arena_init(&c.arena);
  c.source = source;
  c.top_level_await = top_level_await;
  c.diag = diag;
  bool ok = check_future(&c, mod) && enter_scope(&c, SCOPE_MODULE, NULL);
  if (ok) {
    c.module = c.cur;
    ok = sym_stmts(&c, mod->as.module.body) && analyze(&c, c.module);
  }
  if (ok) {
    c.cur = c.module;
    ok = cc_stmts(&c, mod->as.module.body);
  }
  arena_free(&c.arena);
  return ok && !c.failed;
}
