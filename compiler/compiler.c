/* compiler.c: the code generator's machinery and entry point.
 *
 * Units, instruction emission with line numbers, labels resolved when a
 * unit is finished, the constant and name tables, variable slots, the
 * compile-time block stack, the stack-depth analysis that sizes each
 * frame, and turning a finished Unit into an ObjCode.
 */
#include <stdarg.h>
#include <string.h>

#include "compiler/compiler_internal.h"
#include "parser/parser.h"
#include "vm/gc.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"

void compiler_error(Compiler *c, const Node *node, const char *fmt, ...) {
  c->failed = true;
  if (c->diag->set) return;
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  int line = node ? node->lineno : c->unit ? c->unit->line : 1;
  int col = node ? node->col_offset + 1 : 0;
  diag_set(c->diag, DIAG_SYNTAX_ERROR, line, col, node ? node->end_lineno : 0,
           node ? node->end_col_offset + 1 : 0, "%s", msg);
}

void compiler_oom(Compiler *c) {
  if (!c->failed) vm_raise_memory(c->vm);
  c->failed = true;
}

/* Grows a malloc'd array [*items] of [size]-byte entries to hold one more
 * beyond [count]. */
static bool grow_array(Compiler *c, void **items, int count, int *cap,
                       size_t size) {
  if (count < *cap) return true;
  int new_cap = *cap ? *cap * 2 : 16;
  void *fresh = realloc(*items, (size_t)new_cap * size);
  if (!fresh) {
    compiler_oom(c);
    return false;
  }
  *items = fresh;
  *cap = new_cap;
  return true;
}

/* ---- emission ----------------------------------------------------------- */

void emit(Compiler *c, Opcode op, int arg) {
  Unit *u = c->unit;
  if (c->failed) return;
  if (arg < 0 || arg > INSTR_MAX_ARG) {
    compiler_error(c, NULL, "too many constants, names or jumps");
    return;
  }
  int cap = u->cap;
  if (!grow_array(c, (void **)&u->code, u->count, &cap, sizeof(uint32_t)))
    return;
  int lines_cap = u->cap;
  if (!grow_array(c, (void **)&u->lines, u->count, &lines_cap, sizeof(int)))
    return;
  u->cap = cap;
  u->code[u->count] = INSTR(op, arg);
  u->lines[u->count] = u->line;
  u->count++;
}

int new_label(Compiler *c) {
  Unit *u = c->unit;
  if (!grow_array(c, (void **)&u->labels, u->label_count, &u->label_cap,
                  sizeof(int)))
    return 0;
  u->labels[u->label_count] = -1;
  return u->label_count++;
}

void bind_label(Compiler *c, int label) {
  if (c->failed) return;
  c->unit->labels[label] = c->unit->count;
}

void emit_jump(Compiler *c, Opcode op, int label) { emit(c, op, label); }

/* Replaces label numbers in jump arguments by instruction addresses. */
static void resolve_labels(Unit *u) {
  for (int i = 0; i < u->count; i++) {
    Opcode op = INSTR_OP(u->code[i]);
    if (!opcode_has_jump(op)) continue;
    int target = u->labels[INSTR_ARG(u->code[i])];
    u->code[i] = INSTR(op, target < 0 ? 0 : target);
  }
}

/* ---- constants and names ----------------------------------------------- */

/* True when two constants may share one slot: same type and value (an
 * int 1 and a float 1.0 must not, nor 0.0 and -0.0). */
static bool same_const(Value a, Value b) {
  if (a.type != b.type) return false;
  switch (a.type) {
  case VAL_NONE: return true;
  case VAL_BOOL: return AS_BOOL(a) == AS_BOOL(b);
  case VAL_INT: return AS_INT(a) == AS_INT(b);
  case VAL_FLOAT: return memcmp(&a.as.f, &b.as.f, sizeof(double)) == 0;
  case VAL_OBJ:
    if (AS_OBJ(a) == AS_OBJ(b)) return true;
    return IS_STR(a) && IS_STR(b) && str_equal(AS_STR(a), AS_STR(b));
  default: return false;
  }
}

int add_const(Compiler *c, Value v) {
  Unit *u = c->unit;
  for (int i = 0; i < u->consts.count; i++)
    if (same_const(u->consts.items[i], v)) return i;
  if (IS_OBJ(v)) {
    gc_push_root(c->vm, v);
    c->roots++;
  }
  if (!value_array_push(&u->consts, v)) {
    compiler_oom(c);
    return 0;
  }
  return u->consts.count - 1;
}

int add_const_str(Compiler *c, const char *s, size_t len) {
  ObjStr *str = str_intern(c->vm, s, len);
  if (!str) {
    compiler_oom(c);
    return 0;
  }
  return add_const(c, OBJ_VAL(str));
}

/* Finds [name] in [list] or appends it; returns its index. */
static int intern_name(Compiler *c, const char ***list, int *count, int *cap,
                       const char *name) {
  for (int i = 0; i < *count; i++)
    if (!strcmp((*list)[i], name)) return i;
  if (!grow_array(c, (void **)list, *count, cap, sizeof(char *))) return 0;
  (*list)[*count] = name;
  return (*count)++;
}

int add_name(Compiler *c, const char *name) {
  Unit *u = c->unit;
  return intern_name(c, &u->names, &u->name_count, &u->name_cap, name);
}

int local_slot(Compiler *c, const char *name) {
  Unit *u = c->unit;
  return intern_name(c, &u->varnames, &u->varname_count, &u->varname_cap,
                     name);
}

/* A hidden local for values that must survive cleanup code. */
int new_temp(Compiler *c) {
  char name[32];
  snprintf(name, sizeof name, ".tmp%d", c->unit->temp_count++);
  char *copy = arena_strndup(c->arena, name, strlen(name));
  if (!copy) {
    compiler_oom(c);
    return 0;
  }
  return local_slot(c, copy);
}

int deref_index(Compiler *c, const char *name) {
  Unit *u = c->unit;
  for (int i = 0; i < u->cellvar_count; i++)
    if (!strcmp(u->cellvars[i], name)) return i;
  for (int i = 0; i < u->freevar_count; i++)
    if (!strcmp(u->freevars[i], name)) return u->cellvar_count + i;
  compiler_error(c, NULL, "internal error: no cell for '%s'", name);
  return 0;
}

/* ---- blocks ----------------------------------------------------------- */

bool push_block(Compiler *c, const Node *node, CBlock block) {
  Unit *u = c->unit;
  if (u->block_count >= MAX_BLOCKS) {
    compiler_error(c, node, "too many statically nested blocks");
    return false;
  }
  u->blocks[u->block_count++] = block;
  return true;
}

void pop_block(Compiler *c) { c->unit->block_count--; }

/* ---- units -------------------------------------------------------------- */

/* Lays out the variables of [u]: parameters first (in CPython's order),
 * then other locals, cells and free variables, in symbol order. */
static void layout_variables(Compiler *c, Unit *u, const Node *args) {
  if (args) {
    const NodeList *pos[] = {&args->as.arguments.posonlyargs,
                             &args->as.arguments.args};
    for (int l = 0; l < 2; l++)
      for (int i = 0; i < pos[l]->count; i++)
        local_slot(c, pos[l]->items[i]->as.arg.arg);
    for (int i = 0; i < args->as.arguments.kwonlyargs.count; i++)
      local_slot(c, args->as.arguments.kwonlyargs.items[i]->as.arg.arg);
    if (args->as.arguments.vararg)
      local_slot(c, args->as.arguments.vararg->as.arg.arg);
    if (args->as.arguments.kwarg)
      local_slot(c, args->as.arguments.kwarg->as.arg.arg);
  }
  Scope *scope = u->scope;
  int cells = 0, frees = 0;
  for (int i = 0; i < scope->symbol_count; i++) {
    cells += scope->symbols[i].kind == NAME_CELL;
    frees += scope->symbols[i].kind == NAME_FREE ||
             (scope->symbols[i].flags & SYM_FREE_CLASS);
  }
  u->cellvars = arena_alloc(c->arena, sizeof(char *) * (size_t)(cells + 1));
  u->freevars = arena_alloc(c->arena, sizeof(char *) * (size_t)(frees + 1));
  if (!u->cellvars || !u->freevars) {
    compiler_oom(c);
    return;
  }
  for (int i = 0; i < scope->symbol_count; i++) {
    Symbol *sym = &scope->symbols[i];
    if (sym->kind == NAME_LOCAL && scope->kind == SCOPE_FUNCTION)
      local_slot(c, sym->name);
    else if (sym->kind == NAME_CELL)
      u->cellvars[u->cellvar_count++] = sym->name;
    else if (sym->kind == NAME_FREE || (sym->flags & SYM_FREE_CLASS))
      u->freevars[u->freevar_count++] = sym->name;
  }
}

Unit *enter_unit(Compiler *c, Scope *scope, const char *name, int line) {
  Unit *u = calloc(1, sizeof(Unit));
  if (!u) {
    compiler_oom(c);
    return NULL;
  }
  u->parent = c->unit;
  u->scope = scope;
  u->name = name;
  u->line = line;
  u->firstlineno = line;
  value_array_init(&u->consts);
  c->unit = u;
  const Node *args = NULL;
  if (scope->node->kind == NODE_FUNCTION_DEF ||
      scope->node->kind == NODE_ASYNC_FUNCTION_DEF)
    args = scope->node->as.function_def.args;
  else if (scope->node->kind == NODE_LAMBDA)
    args = scope->node->as.lambda.args;
  if (scope->is_comprehension) local_slot(c, ".0");
  layout_variables(c, u, args);
  return u;
}

/* Frees the C-side memory of [u]. */
static void free_unit(Unit *u) {
  free(u->code);
  free(u->lines);
  value_array_free(&u->consts);
  free(u->names);
  free(u->varnames);
  free(u->labels);
  free(u);
}

/* Propagates stack depth [d] to instruction [i]; true when it rose. */
static bool reach(int *depth, int i, int d) {
  if (depth[i] >= d) return false;
  depth[i] = d;
  return true;
}

/* True for instructions after which control never falls through. */
static bool ends_flow(Opcode op) {
  return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RERAISE ||
         op == OP_RAISE_VARARGS;
}

/* The deepest value stack the instructions of [u] can reach: each
 * instruction's entry depth propagated along the control-flow graph with
 * the opcodes' stack effects, repeated until nothing changes. */
static int stack_depth(Compiler *c, Unit *u) {
  int *depth = malloc(sizeof(int) * (size_t)(u->count + 1));
  if (!depth) {
    compiler_oom(c);
    return 0;
  }
  for (int i = 0; i <= u->count; i++) depth[i] = -1;
  depth[0] = 0;
  int max = 0;
  for (bool changed = true; changed;) {
    changed = false;
    for (int i = 0; i < u->count; i++) {
      if (depth[i] < 0) continue;
      Opcode op = INSTR_OP(u->code[i]);
      uint32_t arg = INSTR_ARG(u->code[i]);
      if (opcode_has_jump(op) && (int)arg <= u->count) {
        int jd = depth[i] + opcode_stack_effect(op, arg, true);
        changed |= reach(depth, (int)arg, jd);
        if (jd > max) max = jd;
      }
      int d = depth[i] + opcode_stack_effect(op, arg, false);
      if (d > max) max = d;
      if (!ends_flow(op)) changed |= reach(depth, i + 1, d);
    }
  }
  free(depth);
  return max;
}

/* Makes a tuple of interned strs from [count] C strings. */
static ObjTuple *name_tuple(Compiler *c, const char **names, int count) {
  ObjTuple *t = tuple_new(c->vm, (size_t)count);
  if (!t) return NULL;
  gc_push_root(c->vm, OBJ_VAL(t));
  for (int i = 0; i < count; i++) {
    ObjStr *s = str_intern_cstr(c->vm, names[i]);
    if (!s) {
      gc_pop_roots(c->vm, 1);
      return NULL;
    }
    t->items[i] = OBJ_VAL(s);
  }
  gc_pop_roots(c->vm, 1);
  return t;
}

/* Maps each cell variable that is also a parameter to its slot. */
static int *cell_to_arg(Compiler *c, Unit *u, int nparams) {
  int *map = malloc(sizeof(int) * (size_t)(u->cellvar_count + 1));
  if (!map) return NULL;
  for (int i = 0; i < u->cellvar_count; i++) {
    map[i] = -1;
    for (int p = 0; p < nparams; p++)
      if (!strcmp(u->varnames[p], u->cellvars[i])) map[i] = p;
  }
  (void)c;
  return map;
}

/* Fills the tuples and strings of [code] from [u]. */
static bool fill_code_objects(Compiler *c, Unit *u, ObjCode *code) {
  EddyVM *vm = c->vm;
  if (!(code->names = name_tuple(c, u->names, u->name_count))) return false;
  if (!(code->varnames = name_tuple(c, u->varnames, u->varname_count)))
    return false;
  if (!(code->cellvars = name_tuple(c, u->cellvars, u->cellvar_count)))
    return false;
  if (!(code->freevars = name_tuple(c, u->freevars, u->freevar_count)))
    return false;
  if (!(code->name = str_intern_cstr(vm, u->name))) return false;
  if (!(code->qualname = str_intern_cstr(vm, u->qualname ? u->qualname
                                                         : u->name)))
    return false;
  code->filename = c->filename_obj;
  return true;
}

ObjCode *leave_unit(Compiler *c) {
  Unit *u = c->unit;
  c->unit = u->parent;
  if (c->failed) {
    free_unit(u);
    return NULL;
  }
  resolve_labels(u);
  int stack = stack_depth(c, u);
  ObjCode *code = (ObjCode *)gc_new_object(c->vm, sizeof(ObjCode), OBJ_CODE,
                                           c->vm->types.code);
  if (!code) {
    compiler_oom(c);
    free_unit(u);
    return NULL;
  }
  gc_push_root(c->vm, OBJ_VAL(code));
  c->roots++;
  int nparams = u->argcount + u->kwonlyargcount +
                ((u->flags & CODE_VARARGS) != 0) +
                ((u->flags & CODE_VARKEYWORDS) != 0);
  code->code = u->code;
  code->lines = u->lines;
  code->count = u->count;
  code->consts = u->consts;
  code->cell2arg = cell_to_arg(c, u, nparams);
  code->argcount = u->argcount;
  code->posonlyargcount = u->posonlyargcount;
  code->kwonlyargcount = u->kwonlyargcount;
  code->nlocals = u->varname_count;
  code->stacksize = stack + 4;
  code->flags = u->flags;
  code->firstlineno = u->firstlineno;
  u->code = NULL;
  u->lines = NULL;
  value_array_init(&u->consts);
  if (!code->cell2arg || !fill_code_objects(c, u, code)) {
    compiler_oom(c);
    free_unit(u);
    return NULL;
  }
  free_unit(u);
  return code;
}

/* ---- the entry point ---------------------------------------------------- */

/* Compiles the module body; the last expression statement of an
 * interactive entry is printed. */
static ObjCode *compile_module(Compiler *c, Scope *top, const Node *module) {
  if (!enter_unit(c, top, "<module>", 1)) return NULL;
  c->unit->flags = CODE_MODULE;
  /* An interactive entry that awaits runs as a coroutine. */
  if (top->is_coroutine) c->unit->flags |= CODE_COROUTINE;
  const Node *doc = c->mode == COMPILE_MODULE
                        ? compile_docstring_of(&module->as.module.body)
                        : NULL;
  if (doc) {
    c->unit->line = doc->lineno;
    compile_expr(c, doc);
    compile_name(c, "__doc__", CTX_STORE);
  }
  compile_stmts(c, &module->as.module.body);
  emit(c, OP_LOAD_CONST, add_const(c, NONE_VAL));
  emit(c, OP_RETURN_VALUE, 0);
  return leave_unit(c);
}

bool compile_source(EddyVM *vm, const char *source, size_t length,
                    const char *filename, CompileMode mode, ObjCode **out,
                    SyntaxDiag *diag) {
  Arena arena;
  arena_init(&arena);
  Compiler c = {vm, &arena, diag, filename, NULL, mode, NULL, 0, false};
  *out = NULL;
  Node *module =
      mode == COMPILE_INTERACTIVE
          ? parser_parse_interactive(&arena, source, length, diag)
          : parser_parse_module(&arena, source, length, diag);
  Scope *top = module ? symtable_build(&arena, module, diag) : NULL;
  if (top) {
    c.filename_obj = str_from_cstr(vm, filename);
    if (c.filename_obj) {
      gc_push_root(vm, OBJ_VAL(c.filename_obj));
      c.roots++;
      *out = compile_module(&c, top, module);
    } else {
      compiler_oom(&c);
    }
  }
  gc_pop_roots(vm, c.roots);
  arena_free(&arena);
  return *out != NULL;
}
