/* compile_stmt.c: bytecode for statements.
 *
 * Statements leave the stack as they found it. Loops, try statements,
 * except clauses and with bodies push a compile-time block so that
 * `break`, `continue` and `return` emit the cleanup of every block they
 * leave: popping runtime blocks, dropping a for loop's iterator, leaving
 * an except clause, calling __exit__, and running a finally body inline,
 * as CPython's compiler does.
 */
#include <string.h>

#include "compiler/compiler_internal.h"
#include "vm/gc.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"

static void load_none(Compiler *c) {
  emit(c, OP_LOAD_CONST, add_const(c, NONE_VAL));
}

/* ---- leaving blocks ------------------------------------------------------ */

/* Emits the cleanup for leaving the block at [index]; [for_return]
 * tells whether a loop's own iterator must be dropped too. */
static void unwind_block(Compiler *c, int index) {
  Unit *u = c->unit;
  CBlock *b = &u->blocks[index];
  switch (b->kind) {
  case CBLOCK_FOR_LOOP: emit(c, OP_POP_TOP, 0); break;
  case CBLOCK_LOOP: break;
  case CBLOCK_TRY_BODY: emit(c, OP_POP_BLOCK, 0); break;
  case CBLOCK_FINALLY_BODY: {
    emit(c, OP_POP_BLOCK, 0);
    /* The finally body runs outside the try: its own break/return must
     * not see the blocks it is leaving. */
    CBlock saved[MAX_BLOCKS];
    int saved_count = u->block_count;
    memcpy(saved, u->blocks, sizeof(CBlock) * (size_t)saved_count);
    u->block_count = index;
    compile_stmts(c, b->finalbody);
    memcpy(u->blocks, saved, sizeof(CBlock) * (size_t)saved_count);
    u->block_count = saved_count;
    break;
  }
  case CBLOCK_HANDLER: emit(c, OP_POP_EXCEPT, 0); break;
  case CBLOCK_FINALLY_HANDLER:
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    break;
  case CBLOCK_HANDLER_NAME:
    emit(c, OP_POP_BLOCK, 0);
    load_none(c);
    compile_name(c, b->name, CTX_STORE);
    compile_name(c, b->name, CTX_DEL);
    break;
  case CBLOCK_WITH:
  case CBLOCK_ASYNC_WITH:
    emit(c, OP_POP_BLOCK, 0);
    load_none(c);
    load_none(c);
    load_none(c);
    emit(c, OP_CALL, 3);
    if (b->kind == CBLOCK_ASYNC_WITH) {
      emit(c, OP_GET_AWAITABLE, 0);
      compile_send_loop(c);
    }
    emit(c, OP_POP_TOP, 0);
    break;
  case CBLOCK_STAR_HANDLER: break; /* refused by leaves_star_handler */
  }
}

/* True, after reporting CPython's error at [node], when a jump to the
 * block at [target] (-1: out of the function) would leave the except*
 * clauses of a try. */
static bool leaves_star_handler(Compiler *c, const Node *node, int target) {
  for (int i = c->unit->block_count - 1; i > target; i--) {
    if (c->unit->blocks[i].kind != CBLOCK_STAR_HANDLER) continue;
    compiler_error(c, node,
                   "'break', 'continue' and 'return' cannot appear in an "
                   "except* block");
    return true;
  }
  return false;
}

/* The innermost loop block, or -1. */
static int innermost_loop(Compiler *c) {
  for (int i = c->unit->block_count - 1; i >= 0; i--) {
    CBlockKind k = c->unit->blocks[i].kind;
    if (k == CBLOCK_LOOP || k == CBLOCK_FOR_LOOP) return i;
  }
  return -1;
}

static void compile_break_continue(Compiler *c, const Node *node) {
  int loop = innermost_loop(c);
  if (leaves_star_handler(c, node, loop)) return;
  if (loop < 0) {
    compiler_error(c, node, node->kind == NODE_BREAK
                                ? "'break' outside loop"
                                : "'continue' not properly in loop");
    return;
  }
  for (int i = c->unit->block_count - 1; i > loop; i--) unwind_block(c, i);
  CBlock *b = &c->unit->blocks[loop];
  if (node->kind == NODE_BREAK) {
    if (b->kind == CBLOCK_FOR_LOOP) emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP, b->break_label);
  } else {
    emit_jump(c, OP_JUMP, b->continue_label);
  }
}

static void compile_return(Compiler *c, const Node *node) {
  const Node *value = node->as.return_.value;
  if (leaves_star_handler(c, node, -1)) return;
  if (c->unit->block_count == 0) {
    if (value)
      compile_expr(c, value);
    else
      load_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    return;
  }
  int temp = -1;
  if (value) {
    compile_expr(c, value);
    temp = new_temp(c);
    emit(c, OP_STORE_FAST, temp);
  }
  for (int i = c->unit->block_count - 1; i >= 0; i--) unwind_block(c, i);
  c->unit->line = node->lineno;
  if (temp >= 0)
    emit(c, OP_LOAD_FAST, temp);
  else
    load_none(c);
  emit(c, OP_RETURN_VALUE, 0);
}

/* ---- assignment ----------------------------------------------------------- */

static void compile_assign(Compiler *c, const Node *node) {
  compile_expr(c, node->as.assign.value);
  const NodeList *targets = &node->as.assign.targets;
  for (int i = 0; i < targets->count; i++) {
    if (i + 1 < targets->count) emit(c, OP_COPY, 1);
    compile_store(c, targets->items[i]);
  }
}

static void compile_aug_assign(Compiler *c, const Node *node) {
  const Node *target = node->as.aug_assign.target;
  int op = (int)node->as.aug_assign.op;
  switch (target->kind) {
  case NODE_NAME:
    compile_name(c, target->as.name.id, CTX_LOAD);
    compile_expr(c, node->as.aug_assign.value);
    emit(c, OP_INPLACE_OP, op);
    compile_name(c, target->as.name.id, CTX_STORE);
    break;
  case NODE_ATTRIBUTE: {
    int name = add_name(c, target->as.attribute.attr);
    compile_expr(c, target->as.attribute.value);
    emit(c, OP_COPY, 1);
    emit(c, OP_LOAD_ATTR, name);
    compile_expr(c, node->as.aug_assign.value);
    emit(c, OP_INPLACE_OP, op);
    emit(c, OP_SWAP, 2);
    emit(c, OP_STORE_ATTR, name);
    break;
  }
  case NODE_SUBSCRIPT:
    compile_expr(c, target->as.subscript.value);
    compile_expr(c, target->as.subscript.slice);
    emit(c, OP_COPY, 2);
    emit(c, OP_COPY, 2);
    emit(c, OP_BINARY_SUBSCR, 0);
    compile_expr(c, node->as.aug_assign.value);
    emit(c, OP_INPLACE_OP, op);
    emit(c, OP_SWAP, 3);
    emit(c, OP_SWAP, 2);
    emit(c, OP_STORE_SUBSCR, 0);
    break;
  default:
    compiler_error(c, target, "illegal expression for augmented assignment");
  }
}

/* ---- control flow --------------------------------------------------------- */

static void compile_if(Compiler *c, const Node *node) {
  int orelse = new_label(c), end = new_label(c);
  compile_condition(c, node->as.if_.test, false, orelse);
  compile_stmts(c, &node->as.if_.body);
  if (node->as.if_.orelse.count) emit_jump(c, OP_JUMP, end);
  bind_label(c, orelse);
  compile_stmts(c, &node->as.if_.orelse);
  bind_label(c, end);
}

static void compile_while(Compiler *c, const Node *node) {
  int start = new_label(c), orelse = new_label(c), end = new_label(c);
  bind_label(c, start);
  compile_condition(c, node->as.while_.test, false, orelse);
  CBlock loop = {.kind = CBLOCK_LOOP, .break_label = end,
                 .continue_label = start};
  if (!push_block(c, node, loop)) return;
  compile_stmts(c, &node->as.while_.body);
  pop_block(c);
  emit_jump(c, OP_JUMP, start);
  bind_label(c, orelse);
  compile_stmts(c, &node->as.while_.orelse);
  bind_label(c, end);
}

/* async for: __anext__ is awaited under a handler that ends the loop on
 * StopAsyncIteration. */
static void compile_async_for(Compiler *c, const Node *node) {
  int start = new_label(c), done = new_label(c), end = new_label(c);
  compile_expr(c, node->as.for_.iter);
  emit(c, OP_GET_AITER, 0);
  bind_label(c, start);
  emit_jump(c, OP_SETUP_EXCEPT, done);
  emit(c, OP_GET_ANEXT, 0);
  emit(c, OP_GET_AWAITABLE, 0);
  compile_send_loop(c);
  emit(c, OP_POP_BLOCK, 0);
  compile_store(c, node->as.for_.target);
  CBlock loop = {.kind = CBLOCK_FOR_LOOP, .break_label = end,
                 .continue_label = start};
  if (!push_block(c, node, loop)) return;
  compile_stmts(c, &node->as.for_.body);
  pop_block(c);
  emit_jump(c, OP_JUMP, start);
  bind_label(c, done);
  emit(c, OP_END_ASYNC_FOR, 0);
  compile_stmts(c, &node->as.for_.orelse);
  bind_label(c, end);
}

static void compile_for(Compiler *c, const Node *node) {
  if (node->kind == NODE_ASYNC_FOR) {
    compile_async_for(c, node);
    return;
  }
  int start = new_label(c), done = new_label(c), end = new_label(c);
  compile_expr(c, node->as.for_.iter);
  emit(c, OP_GET_ITER, 0);
  bind_label(c, start);
  emit_jump(c, OP_FOR_ITER, done);
  compile_store(c, node->as.for_.target);
  CBlock loop = {.kind = CBLOCK_FOR_LOOP, .break_label = end,
                 .continue_label = start};
  if (!push_block(c, node, loop)) return;
  compile_stmts(c, &node->as.for_.body);
  pop_block(c);
  emit_jump(c, OP_JUMP, start);
  bind_label(c, done);
  compile_stmts(c, &node->as.for_.orelse);
  bind_label(c, end);
}

/* ---- exceptions ----------------------------------------------------------- */

/* One `except [type [as name]]:` clause; falls to [next] when the type
 * does not match, jumps to [end] when the clause finishes. */
static void compile_handler(Compiler *c, const Node *h, int next, int end) {
  c->unit->line = h->lineno;
  if (h->as.except_handler.type) {
    compile_expr(c, h->as.except_handler.type);
    emit(c, OP_CHECK_EXC_MATCH, 0);
    emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
  }
  const char *name = h->as.except_handler.name;
  CBlock handler = {.kind = CBLOCK_HANDLER};
  if (!push_block(c, h, handler)) return;
  int cleanup = new_label(c);
  if (name) {
    compile_name(c, name, CTX_STORE);
    emit_jump(c, OP_SETUP_FINALLY, cleanup);
    CBlock named = {.kind = CBLOCK_HANDLER_NAME, .name = name};
    if (!push_block(c, h, named)) return;
  } else {
    emit(c, OP_POP_TOP, 0);
  }
  compile_stmts(c, &h->as.except_handler.body);
  if (name) {
    pop_block(c);
    unwind_block(c, c->unit->block_count);
  }
  pop_block(c);
  emit(c, OP_POP_EXCEPT, 0);
  emit_jump(c, OP_JUMP, end);
  if (name) {
    bind_label(c, cleanup);
    load_none(c);
    compile_name(c, name, CTX_STORE);
    compile_name(c, name, CTX_DEL);
    emit(c, OP_RERAISE, 0);
  }
}

/* The part every try/except shares: the guarded body, then the else
 * clause and a jump to [end]; [handlers] is bound after it. False when
 * the block could not be pushed (the error is recorded). */
static bool compile_try_body(Compiler *c, const Node *node, int handlers,
                             int end) {
  emit_jump(c, OP_SETUP_EXCEPT, handlers);
  CBlock body = {.kind = CBLOCK_TRY_BODY};
  if (!push_block(c, node, body)) return false;
  compile_stmts(c, &node->as.try_.body);
  pop_block(c);
  emit(c, OP_POP_BLOCK, 0);
  compile_stmts(c, &node->as.try_.orelse);
  emit_jump(c, OP_JUMP, end);
  bind_label(c, handlers);
  return true;
}

static void compile_try_except(Compiler *c, const Node *node) {
  int handlers = new_label(c), end = new_label(c);
  if (!compile_try_body(c, node, handlers, end)) return;
  const NodeList *list = &node->as.try_.handlers;
  for (int i = 0; i < list->count; i++) {
    int next = new_label(c);
    compile_handler(c, list->items[i], next, end);
    bind_label(c, next);
  }
  emit(c, OP_RERAISE, 0);
  bind_label(c, end);
}

/* Sets [name], when there is one, to None and deletes it: the end of
 * an except clause that bound it. */
static void clear_name(Compiler *c, const char *name) {
  if (!name) return;
  load_none(c);
  compile_name(c, name, CTX_STORE);
  compile_name(c, name, CTX_DEL);
}

/* One `except* type [as name]:` clause. Below it on the stack are the
 * exception caught, the list of what the clauses raise and what no
 * clause has matched yet: the clause takes its part of the last, and an
 * exception its body raises joins the list. Falls through to the next
 * clause in every case. */
static void compile_star_handler(Compiler *c, const Node *h) {
  const char *name = h->as.except_handler.name;
  int next = new_label(c), raised = new_label(c);
  c->unit->line = h->lineno;
  compile_expr(c, h->as.except_handler.type);
  emit_jump(c, OP_CHECK_EG_MATCH, next);
  if (name)
    compile_name(c, name, CTX_STORE);
  else
    emit(c, OP_POP_TOP, 0);
  emit_jump(c, OP_SETUP_FINALLY, raised);
  compile_stmts(c, &h->as.except_handler.body);
  emit(c, OP_POP_BLOCK, 0);
  clear_name(c, name);
  emit_jump(c, OP_JUMP, next);
  bind_label(c, raised);
  clear_name(c, name);
  emit(c, OP_LIST_APPEND, 3);
  emit(c, OP_POP_EXCEPT, 0);
  bind_label(c, next);
}

/* try/except*: the exception caught is kept, an empty list is made for
 * what the clauses raise, and each clause runs on what the ones before
 * left; RERAISE_STAR then raises the rest together with the list. */
static void compile_try_star_except(Compiler *c, const Node *node) {
  int handlers = new_label(c), end = new_label(c);
  if (!compile_try_body(c, node, handlers, end)) return;
  CBlock star = {.kind = CBLOCK_STAR_HANDLER};
  if (!push_block(c, node, star)) return;
  emit(c, OP_COPY, 1);
  emit(c, OP_BUILD_LIST, 0);
  emit(c, OP_SWAP, 2);
  const NodeList *list = &node->as.try_.handlers;
  for (int i = 0; i < list->count; i++)
    compile_star_handler(c, list->items[i]);
  emit(c, OP_LIST_APPEND, 1);
  emit(c, OP_RERAISE_STAR, 0);
  pop_block(c);
  emit(c, OP_POP_EXCEPT, 0);
  bind_label(c, end);
}

/* The try part and the handlers of a Try or TryStar. */
static void compile_try_handlers(Compiler *c, const Node *node) {
  if (node->kind == NODE_TRY_STAR)
    compile_try_star_except(c, node);
  else
    compile_try_except(c, node);
}

static void compile_try(Compiler *c, const Node *node) {
  if (node->as.try_.finalbody.count == 0) {
    compile_try_handlers(c, node);
    return;
  }
  int on_exception = new_label(c), end = new_label(c);
  emit_jump(c, OP_SETUP_FINALLY, on_exception);
  CBlock body = {.kind = CBLOCK_FINALLY_BODY,
                 .finalbody = &node->as.try_.finalbody};
  if (!push_block(c, node, body)) return;
  if (node->as.try_.handlers.count)
    compile_try_handlers(c, node);
  else
    compile_stmts(c, &node->as.try_.body);
  pop_block(c);
  emit(c, OP_POP_BLOCK, 0);
  compile_stmts(c, &node->as.try_.finalbody);
  emit_jump(c, OP_JUMP, end);
  bind_label(c, on_exception);
  CBlock handler = {.kind = CBLOCK_FINALLY_HANDLER};
  if (!push_block(c, node, handler)) return;
  compile_stmts(c, &node->as.try_.finalbody);
  pop_block(c);
  emit(c, OP_RERAISE, 0);
  bind_label(c, end);
}

static void compile_raise(Compiler *c, const Node *node) {
  int n = 0;
  if (node->as.raise.exc) {
    compile_expr(c, node->as.raise.exc);
    n++;
    if (node->as.raise.cause) {
      compile_expr(c, node->as.raise.cause);
      n++;
    }
  }
  c->unit->line = node->lineno;
  emit(c, OP_RAISE_VARARGS, n);
}

static void compile_assert(Compiler *c, const Node *node) {
  int end = new_label(c);
  compile_condition(c, node->as.assert_.test, true, end);
  emit(c, OP_LOAD_ASSERTION_ERROR, 0);
  if (node->as.assert_.msg) {
    compile_expr(c, node->as.assert_.msg);
    emit(c, OP_CALL, 1);
  }
  c->unit->line = node->lineno;
  emit(c, OP_RAISE_VARARGS, 1);
  bind_label(c, end);
}

/* with a as x, b as y: one nested with per item, innermost last. For
 * async with, __aenter__ and __aexit__'s results are awaited. */
static void compile_with_item(Compiler *c, const Node *node, int index) {
  const NodeList *items = &node->as.with.items;
  const Node *item = items->items[index];
  bool is_async = node->kind == NODE_ASYNC_WITH;
  int on_exception = new_label(c), suppress = new_label(c),
      end = new_label(c);
  compile_expr(c, item->as.withitem.context_expr);
  c->unit->line = node->lineno;
  emit(c, OP_BEFORE_WITH, is_async);
  if (is_async) {
    emit(c, OP_GET_AWAITABLE, 0);
    compile_send_loop(c);
  }
  emit_jump(c, OP_SETUP_WITH, on_exception);
  if (item->as.withitem.optional_vars)
    compile_store(c, item->as.withitem.optional_vars);
  else
    emit(c, OP_POP_TOP, 0);
  CBlock with = {.kind = is_async ? CBLOCK_ASYNC_WITH : CBLOCK_WITH};
  if (!push_block(c, node, with)) return;
  if (index + 1 < items->count)
    compile_with_item(c, node, index + 1);
  else
    compile_stmts(c, &node->as.with.body);
  pop_block(c);
  c->unit->line = node->lineno;
  unwind_block(c, c->unit->block_count);
  emit_jump(c, OP_JUMP, end);
  bind_label(c, on_exception);
  emit(c, OP_COPY, 3);
  emit(c, OP_COPY, 2);
  emit(c, OP_EXIT_ARGS, 0);
  emit(c, OP_CALL, 3);
  if (is_async) {
    emit(c, OP_GET_AWAITABLE, 0);
    compile_send_loop(c);
  }
  emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
  emit(c, OP_RERAISE, 0);
  bind_label(c, suppress);
  emit(c, OP_POP_TOP, 0);
  emit(c, OP_POP_EXCEPT, 0);
  emit(c, OP_POP_TOP, 0);
  bind_label(c, end);
}

/* ---- imports -------------------------------------------------------------- */

/* Pushes the level and the fromlist, then imports [module]. */
static void emit_import_name(Compiler *c, const char *module, int level,
                             Value fromlist) {
  emit(c, OP_LOAD_CONST, add_const(c, INT_VAL(level)));
  emit(c, OP_LOAD_CONST, add_const(c, fromlist));
  emit(c, OP_IMPORT_NAME, add_name(c, module));
}

static void compile_import(Compiler *c, const Node *node) {
  const NodeList *names = &node->as.import.names;
  for (int i = 0; i < names->count; i++) {
    const Node *alias = names->items[i];
    const char *full = alias->as.alias.name;
    emit_import_name(c, full, 0, NONE_VAL);
    if (!alias->as.alias.asname) {
      const char *dot = strchr(full, '.');
      const char *first = dot ? arena_strndup(c->arena, full,
                                              (size_t)(dot - full))
                              : full;
      if (!first) return compiler_oom(c);
      compile_name(c, first, CTX_STORE);
      continue;
    }
    /* import a.b.c as d binds the submodule c. */
    for (const char *p = strchr(full, '.'); p; p = strchr(p + 1, '.')) {
      const char *next = strchr(p + 1, '.');
      size_t len = next ? (size_t)(next - p - 1) : strlen(p + 1);
      char *part = arena_strndup(c->arena, p + 1, len);
      if (!part) return compiler_oom(c);
      emit(c, OP_LOAD_ATTR, add_name(c, part));
    }
    compile_name(c, alias->as.alias.asname, CTX_STORE);
  }
}

static void compile_import_from(Compiler *c, const Node *node) {
  const NodeList *names = &node->as.import_from.names;
  ObjTuple *fromlist = tuple_new(c->vm, (size_t)names->count);
  if (!fromlist) return compiler_oom(c);
  gc_push_root(c->vm, OBJ_VAL(fromlist));
  c->roots++;
  for (int i = 0; i < names->count; i++) {
    ObjStr *s = str_intern_cstr(c->vm, names->items[i]->as.alias.name);
    if (!s) return compiler_oom(c);
    fromlist->items[i] = OBJ_VAL(s);
  }
  const char *module = node->as.import_from.module;
  emit_import_name(c, module ? module : "", node->as.import_from.level,
                   OBJ_VAL(fromlist));
  if (names->count == 1 && !strcmp(names->items[0]->as.alias.name, "*")) {
    emit(c, OP_IMPORT_STAR, 0);
    return;
  }
  for (int i = 0; i < names->count; i++) {
    const Node *alias = names->items[i];
    emit(c, OP_IMPORT_FROM, add_name(c, alias->as.alias.name));
    const char *as = alias->as.alias.asname;
    compile_name(c, as ? as : alias->as.alias.name, CTX_STORE);
  }
  emit(c, OP_POP_TOP, 0);
}

/* ---- definitions -------------------------------------------------------- */

/* Applies decorators (already pushed, outermost first) to the value on
 * top of the stack. */
static void apply_decorators(Compiler *c, const NodeList *decorators) {
  for (int i = 0; i < decorators->count; i++) emit(c, OP_CALL, 1);
}

static void compile_function_def(Compiler *c, const Node *node) {
  const NodeList *decorators = &node->as.function_def.decorator_list;
  for (int i = 0; i < decorators->count; i++)
    compile_expr(c, decorators->items[i]);
  c->unit->line = node->lineno;
  compile_function_object(c, node, node->as.function_def.args,
                          node->as.function_def.name);
  apply_decorators(c, decorators);
  compile_name(c, node->as.function_def.name, CTX_STORE);
}

/* True when a class statement has *bases or **keywords. */
static bool class_needs_call_ex(const NodeList *bases, const NodeList *kws) {
  for (int i = 0; i < bases->count; i++)
    if (bases->items[i]->kind == NODE_STARRED) return true;
  for (int i = 0; i < kws->count; i++)
    if (!kws->items[i]->as.keyword.arg) return true;
  return false;
}

/* __build_class__(func, name, *bases, **kw) with unpacking: the
 * function and name already on the stack join a list of positionals. */
static void compile_class_call_ex(Compiler *c, const NodeList *bases,
                                  const NodeList *kws) {
  emit(c, OP_BUILD_LIST, 2);
  for (int i = 0; i < bases->count; i++) {
    const Node *base = bases->items[i];
    if (base->kind == NODE_STARRED) {
      compile_expr(c, base->as.starred.value);
      emit(c, OP_LIST_EXTEND, 1);
    } else {
      compile_expr(c, base);
      emit(c, OP_LIST_APPEND, 1);
    }
  }
  emit(c, OP_LIST_TO_TUPLE, 0);
  emit(c, OP_BUILD_MAP, 0);
  for (int i = 0; i < kws->count; i++) {
    const Node *kw = kws->items[i];
    if (kw->as.keyword.arg) {
      const char *arg = kw->as.keyword.arg;
      emit(c, OP_LOAD_CONST, add_const_str(c, arg, strlen(arg)));
      compile_expr(c, kw->as.keyword.value);
      emit(c, OP_BUILD_MAP, 1);
    } else {
      compile_expr(c, kw->as.keyword.value);
    }
    emit(c, OP_DICT_MERGE, 1);
  }
  emit(c, OP_CALL_EX, 1);
}

static void compile_class_def(Compiler *c, const Node *node) {
  const NodeList *decorators = &node->as.class_def.decorator_list;
  for (int i = 0; i < decorators->count; i++)
    compile_expr(c, decorators->items[i]);
  c->unit->line = node->lineno;
  emit(c, OP_LOAD_BUILD_CLASS, 0);
  const char *name = node->as.class_def.name;
  compile_function_object(c, node, NULL, name);
  emit(c, OP_LOAD_CONST, add_const_str(c, name, strlen(name)));
  const NodeList *bases = &node->as.class_def.bases;
  const NodeList *kws = &node->as.class_def.keywords;
  if (class_needs_call_ex(bases, kws)) {
    compile_class_call_ex(c, bases, kws);
    apply_decorators(c, decorators);
    compile_name(c, name, CTX_STORE);
    return;
  }
  for (int i = 0; i < bases->count; i++) compile_expr(c, bases->items[i]);
  for (int i = 0; i < kws->count; i++)
    compile_expr(c, kws->items[i]->as.keyword.value);
  if (kws->count == 0) {
    emit(c, OP_CALL, 2 + bases->count);
  } else {
    ObjTuple *names = tuple_new(c->vm, (size_t)kws->count);
    if (!names) return compiler_oom(c);
    gc_push_root(c->vm, OBJ_VAL(names));
    c->roots++;
    for (int i = 0; i < kws->count; i++) {
      ObjStr *s = str_intern_cstr(c->vm, kws->items[i]->as.keyword.arg);
      if (!s) return compiler_oom(c);
      names->items[i] = OBJ_VAL(s);
    }
    emit(c, OP_LOAD_CONST, add_const(c, OBJ_VAL(names)));
    emit(c, OP_CALL_KW, 2 + bases->count + kws->count);
  }
  apply_decorators(c, decorators);
  compile_name(c, name, CTX_STORE);
}

/* ---- the dispatcher ----------------------------------------------------- */

static void compile_expr_stmt(Compiler *c, const Node *node) {
  const Node *value = node->as.expr.value;
  if (c->mode == COMPILE_INTERACTIVE &&
      c->unit->scope->kind == SCOPE_MODULE) {
    compile_expr(c, value);
    emit(c, OP_PRINT_EXPR, 0);
    return;
  }
  if (value->kind == NODE_CONSTANT) return; /* docstrings, `...` */
  compile_expr(c, value);
  emit(c, OP_POP_TOP, 0);
}

static void compile_ann_assign(Compiler *c, const Node *node) {
  if (!node->as.ann_assign.value) {
    const Node *target = node->as.ann_assign.target;
    if (target->kind == NODE_ATTRIBUTE) {
      compile_expr(c, target->as.attribute.value);
      emit(c, OP_POP_TOP, 0);
    }
    return;
  }
  compile_expr(c, node->as.ann_assign.value);
  compile_store(c, node->as.ann_assign.target);
}

void compile_stmt(Compiler *c, const Node *node) {
  if (c->failed) return;
  c->unit->line = node->lineno;
  switch (node->kind) {
  case NODE_FUNCTION_DEF:
  case NODE_ASYNC_FUNCTION_DEF: compile_function_def(c, node); break;
  case NODE_CLASS_DEF: compile_class_def(c, node); break;
  case NODE_RETURN: compile_return(c, node); break;
  case NODE_DELETE:
    for (int i = 0; i < node->as.delete_.targets.count; i++)
      compile_delete(c, node->as.delete_.targets.items[i]);
    break;
  case NODE_ASSIGN: compile_assign(c, node); break;
  case NODE_AUG_ASSIGN: compile_aug_assign(c, node); break;
  case NODE_ANN_ASSIGN: compile_ann_assign(c, node); break;
  case NODE_FOR:
  case NODE_ASYNC_FOR: compile_for(c, node); break;
  case NODE_WHILE: compile_while(c, node); break;
  case NODE_IF: compile_if(c, node); break;
  case NODE_WITH:
  case NODE_ASYNC_WITH: compile_with_item(c, node, 0); break;
  case NODE_RAISE: compile_raise(c, node); break;
  case NODE_TRY:
  case NODE_TRY_STAR: compile_try(c, node); break;
  case NODE_ASSERT: compile_assert(c, node); break;
  case NODE_IMPORT: compile_import(c, node); break;
  case NODE_IMPORT_FROM: compile_import_from(c, node); break;
  case NODE_GLOBAL:
  case NODE_NONLOCAL:
  case NODE_PASS: break;
  case NODE_EXPR: compile_expr_stmt(c, node); break;
  case NODE_BREAK:
  case NODE_CONTINUE: compile_break_continue(c, node); break;
  default: compiler_error(c, node, "invalid statement"); break;
  }
}

void compile_stmts(Compiler *c, const NodeList *list) {
  for (int i = 0; i < list->count && !c->failed; i++)
    compile_stmt(c, list->items[i]);
}
