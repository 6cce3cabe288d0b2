/* compiler_internal.h: state shared by the code generator's files.
 *
 * A Unit is one code object being built: its instructions and line table,
 * its constants and names, its variables laid out as CPython lays them
 * out (parameters first), its labels, and a compile-time stack of the
 * blocks (loops, try bodies, except clauses, with bodies) enclosing the
 * statement being compiled, so that `break`, `continue` and `return`
 * can emit the cleanups of every block they leave.
 *
 * Constants that are heap objects are pushed on the VM's temporary-root
 * stack as they are made, so a collection during compilation keeps them;
 * the whole compilation pops them at the end.
 */
#ifndef EDDY_COMPILER_INTERNAL_H
#define EDDY_COMPILER_INTERNAL_H

#include "compiler/compiler.h"
#include "compiler/symtable.h"
#include "parser/ast.h"
#include "vm/opcodes.h"

#define MAX_BLOCKS 64

/* Compile-time blocks. */
typedef enum {
  CBLOCK_LOOP,         /* while or for: break and continue target it */
  CBLOCK_FOR_LOOP,     /* a for loop: its iterator is on the stack */
  CBLOCK_TRY_BODY,     /* a try body with an except or finally block */
  CBLOCK_FINALLY_BODY, /* a try body whose finally must run on exit */
  CBLOCK_HANDLER,      /* an except clause: the saved exception is on
                          the stack */
  CBLOCK_FINALLY_HANDLER, /* a finally run for an exception: the saved
                             and the raised exception are on the stack */
  CBLOCK_HANDLER_NAME, /* an except clause with `as name` */
  CBLOCK_WITH,         /* a with body: __exit__ is on the stack */
  CBLOCK_ASYNC_WITH,   /* an async with body: __aexit__ is on the stack */
  CBLOCK_STAR_HANDLER, /* the except* clauses of a try: nothing jumps out
                          of them */
} CBlockKind;

typedef struct CBlock {
  CBlockKind kind;       /* what the block is */
  int break_label;       /* loops: where break goes */
  int continue_label;    /* loops: where continue goes */
  const NodeList *finalbody; /* CBLOCK_FINALLY_BODY: the finally code */
  const char *name;      /* CBLOCK_HANDLER_NAME: the bound name */
} CBlock;

typedef struct Unit Unit;
struct Unit {
  Unit *parent;          /* the enclosing unit */
  Scope *scope;          /* this unit's resolved names */
  uint32_t *code;        /* instructions */
  int *lines;            /* line per instruction */
  int count;             /* instructions emitted */
  int cap;               /* instructions allocated */
  ValueArray consts;     /* constants */
  const char **names;    /* names for global/attribute instructions */
  int name_count;        /* entries in [names] */
  int name_cap;          /* entries allocated */
  const char **varnames; /* local variables, parameters first */
  int varname_count;     /* entries in [varnames] */
  int varname_cap;       /* entries allocated */
  const char **cellvars; /* locals captured by inner scopes */
  int cellvar_count;     /* entries in [cellvars] */
  const char **freevars; /* names captured from outer scopes */
  int freevar_count;     /* entries in [freevars] */
  int *labels;           /* instruction index of each label, -1 unbound */
  int label_count;       /* labels made */
  int label_cap;         /* labels allocated */
  CBlock blocks[MAX_BLOCKS]; /* enclosing compile-time blocks */
  int block_count;       /* blocks in use */
  int line;              /* line of the node being compiled */
  int argcount;          /* positional parameters */
  int posonlyargcount;   /* positional-only parameters */
  int kwonlyargcount;    /* keyword-only parameters */
  int flags;             /* CODE_* */
  int firstlineno;       /* line of the definition */
  const char *name;      /* co_name */
  const char *qualname;  /* co_qualname */
  int temp_count;        /* hidden temporaries made (for `return` values) */
};

typedef struct Compiler {
  EddyVM *vm;           /* where objects are allocated */
  Arena *arena;         /* the parse's arena, also for compiler scratch */
  SyntaxDiag *diag;     /* where errors go */
  const char *filename; /* the source file's name */
  ObjStr *filename_obj; /* the same, as a str object */
  CompileMode mode;     /* module or interactive */
  Unit *unit;           /* the unit being built */
  int roots;            /* temporary roots pushed, popped at the end */
  bool failed;          /* an error was reported or memory ran out */
} Compiler;

/* compiler.c: units, emission, constants, names, labels */
void compiler_error(Compiler *c, const Node *node, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void compiler_oom(Compiler *c);
void emit(Compiler *c, Opcode op, int arg);
int new_label(Compiler *c);
void bind_label(Compiler *c, int label);
void emit_jump(Compiler *c, Opcode op, int label);
int add_const(Compiler *c, Value v);
int add_const_str(Compiler *c, const char *s, size_t len);
int add_name(Compiler *c, const char *name);
int local_slot(Compiler *c, const char *name);
int new_temp(Compiler *c);
int deref_index(Compiler *c, const char *name);
bool push_block(Compiler *c, const Node *node, CBlock block);
void pop_block(Compiler *c);
/* Compiles a nested function-like [node] with scope [scope] into a new
 * code object constant and emits the code that makes the function. */
void compile_function_object(Compiler *c, const Node *node,
                             const Node *args, const char *name);
Unit *enter_unit(Compiler *c, Scope *scope, const char *name, int line);
ObjCode *leave_unit(Compiler *c);

/* compile_expr.c */
void compile_expr(Compiler *c, const Node *node);
void compile_store(Compiler *c, const Node *target);
void compile_delete(Compiler *c, const Node *target);
void compile_name(Compiler *c, const char *name, ExprContext ctx);

/* The docstring opening a module, class or function [body], or NULL. */
const Node *compile_docstring_of(const NodeList *body);
void compile_condition(Compiler *c, const Node *node, bool jump_if,
                       int label);
void compile_comprehension_body(Compiler *c, const Node *node);
/* Awaits the awaitable on top of the stack (after GET_AWAITABLE). */
void compile_send_loop(Compiler *c);

/* compile_stmt.c */
void compile_stmts(Compiler *c, const NodeList *list);
void compile_stmt(Compiler *c, const Node *node);

#endif
