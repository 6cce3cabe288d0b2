/* symtable.h: scope analysis, the compiler's first pass.
 *
 * Before any code is generated, one walk over the AST builds a Scope per
 * module, function, lambda, comprehension and class body, recording every
 * name bound or used in it. A second step resolves each name the way
 * CPython's symtable.c does:
 *   - `global x` or any name at module level: global (explicit/implicit);
 *   - bound in a function (assignment, parameter, import, def, for, with,
 *     except ... as, del, walrus): local, unless declared nonlocal;
 *   - used but not bound: free if an enclosing function binds it (that
 *     enclosing binding becomes a cell), else global;
 *   - class bodies are not enclosing scopes for their methods' names.
 * Code generation then asks symtable_lookup for each name.
 *
 * Errors found here ("no binding for nonlocal 'x' found", ...) are
 * reported through the SyntaxDiag, as CPython reports them at compile
 * time. Everything is allocated in the parse's Arena.
 */
#ifndef EDDY_SYMTABLE_H
#define EDDY_SYMTABLE_H

#include "lexer/diag.h"
#include "parser/ast.h"

typedef enum {
  SCOPE_MODULE,
  SCOPE_FUNCTION, /* def, lambda, comprehensions, generator expressions */
  SCOPE_CLASS,
} ScopeKind;

/* How a name resolves in a scope. */
typedef enum {
  NAME_LOCAL,           /* a fast local slot */
  NAME_CELL,            /* a local captured by an inner function */
  NAME_FREE,            /* captured from an enclosing function */
  NAME_GLOBAL_EXPLICIT, /* declared global */
  NAME_GLOBAL_IMPLICIT, /* not bound anywhere enclosing: globals/builtins */
  NAME_CLASS_LOCAL,     /* bound in a class body: the class namespace */
} NameKind;

/* Flags recorded per name during the walk. */
enum {
  SYM_BOUND = 1 << 0,    /* assigned, imported, defined, ... */
  SYM_PARAM = 1 << 1,    /* a parameter */
  SYM_USED = 1 << 2,     /* read */
  SYM_GLOBAL = 1 << 3,   /* declared global */
  SYM_NONLOCAL = 1 << 4, /* declared nonlocal */
  SYM_FREE_CHILD = 1 << 5, /* an inner scope needs it from here */
  SYM_FREE_CLASS = 1 << 6, /* a class's own name that inner scopes also
                              need from an enclosing function: the class
                              passes that variable through as free */
};

typedef struct Symbol {
  const char *name; /* the identifier */
  int flags;        /* SYM_* */
  NameKind kind;    /* resolution, after symtable_build */
} Symbol;

typedef struct Scope Scope;
struct Scope {
  ScopeKind kind;       /* module, function or class */
  const Node *node;     /* the Module, FunctionDef, Lambda, ClassDef or
                           comprehension node that opened the scope */
  const char *name;     /* co_name: "<module>", "f", "<lambda>", ... */
  Scope *parent;        /* enclosing scope, NULL for the module */
  Scope **children;     /* nested scopes in source order */
  int child_count;      /* entries in [children] */
  int child_cap;        /* entries allocated */
  Symbol *symbols;      /* names of this scope, in first-seen order */
  int symbol_count;     /* entries in [symbols] */
  int symbol_cap;       /* entries allocated */
  bool is_generator;    /* contains yield / yield from */
  bool is_coroutine;    /* async def (or async comprehension) */
  bool is_comprehension; /* a comprehension or generator expression */
  bool needs_class_cell; /* a method uses super() or __class__ */
};

/* Builds and resolves the scopes of [module]; NULL with [diag] filled on
 * error. */
Scope *symtable_build(Arena *arena, const Node *module, SyntaxDiag *diag);

/* The scope opened by [node] among the children of [parent]. */
Scope *symtable_child(const Scope *parent, const Node *node);

/* The resolution of [name] in [scope] (globals for unknown names). */
NameKind symtable_lookup(const Scope *scope, const char *name);

/* The Symbol for [name] in [scope], or NULL. */
Symbol *symtable_find(const Scope *scope, const char *name);

#endif
