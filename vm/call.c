/* call.c: binding arguments to parameters and starting calls. */
#include "vm/call.h"

#include <string.h>

#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_class.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/vm_exec.h"

/* ---- error messages ------------------------------------------------------ */

/* Appends "'a'", "'a' and 'b'" or "'a', 'b', and 'c'" for the names of
 * the parameters whose slots in [locals] are unbound. */
static bool list_missing(ByteBuf *buf, ObjCode *code, const Value *locals,
                         int from, int to, int *count) {
  int total = 0, seen = 0;
  for (int i = from; i < to; i++) total += IS_UNDEF(locals[i]);
  for (int i = from; i < to; i++) {
    if (!IS_UNDEF(locals[i])) continue;
    seen++;
    const char *sep = seen == 1 ? "" : seen < total ? ", " : total > 2 ? ", and " : " and ";
    if (!buf_printf(buf, "%s'%s'", sep,
                    AS_STR(code->varnames->items[i])->chars))
      return false;
  }
  *count = total;
  return true;
}

/* Raises "f() missing N required positional/keyword-only argument(s)". */
static bool missing_error(EddyVM *vm, ObjFunction *fn, const Value *locals,
                          int from, int to, const char *kind) {
  ByteBuf names;
  buf_init(&names);
  int count = 0;
  if (!list_missing(&names, fn->code, locals, from, to, &count)) {
    buf_free(&names);
    return vm_raise_memory(vm);
  }
  vm_raise(vm, vm->exc.TypeError, "%s() missing %d required %s argument%s: %s",
           fn->qualname->chars, count, kind, count == 1 ? "" : "s",
           names.data);
  buf_free(&names);
  return false;
}

/* Raises "f() takes 2 positional arguments but 3 were given". */
static bool too_many_positional(EddyVM *vm, ObjFunction *fn, int given,
                                int kwonly_given) {
  ObjCode *code = fn->code;
  int max = code->argcount;
  int defaults = fn->defaults ? (int)fn->defaults->length : 0;
  int min = max - defaults;
  char takes[64], extra[96] = "";
  if (min < max)
    snprintf(takes, sizeof takes, "from %d to %d", min, max);
  else
    snprintf(takes, sizeof takes, "%d", max);
  if (kwonly_given)
    snprintf(extra, sizeof extra,
             " positional argument%s (and %d keyword-only argument%s)",
             given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
  return vm_raise(vm, vm->exc.TypeError,
                  "%s() takes %s positional argument%s but %d%s %s given",
                  fn->qualname->chars, takes, max == 1 && min == max ? "" : "s",
                  given, extra, given == 1 && !kwonly_given ? "was" : "were");
}

/* ---- binding ------------------------------------------------------------- */

/* The parameter slot named [name] that a keyword may fill, -1 if none,
 * -2 if it names a positional-only parameter. */
static int keyword_slot(ObjCode *code, ObjStr *name) {
  int end = code->argcount + code->kwonlyargcount;
  for (int i = 0; i < end; i++) {
    ObjStr *param = AS_STR(code->varnames->items[i]);
    if (param == name || str_equal(param, name))
      return i < code->posonlyargcount ? -2 : i;
  }
  return -1;
}

/* Raises CPython's error for positional-only parameters passed by
 * keyword, naming all of them. */
static bool posonly_as_keyword(EddyVM *vm, ObjFunction *fn, ObjTuple *kwnames) {
  ObjCode *code = fn->code;
  ByteBuf names;
  buf_init(&names);
  bool ok = true;
  for (size_t k = 0; ok && k < kwnames->length; k++) {
    ObjStr *name = AS_STR(kwnames->items[k]);
    if (keyword_slot(code, name) != -2) continue;
    ok = buf_printf(&names, "%s%s", names.len ? ", " : "", name->chars);
  }
  if (ok)
    vm_raise(vm, vm->exc.TypeError,
             "%s() got some positional-only arguments passed as keyword "
             "arguments: '%s'",
             fn->qualname->chars, names.data);
  else
    vm_raise_memory(vm);
  buf_free(&names);
  return false;
}

/* Binds the keyword arguments [kwvalues] named [kwnames] into [locals],
 * overflowing into [kwargs] (NULL if the function has no **kwargs). */
static bool bind_keywords(EddyVM *vm, ObjFunction *fn, Value *locals,
                          const Value *kwvalues, ObjTuple *kwnames,
                          ObjDict *kwargs) {
  ObjCode *code = fn->code;
  for (size_t k = 0; kwnames && k < kwnames->length; k++) {
    ObjStr *name = AS_STR(kwnames->items[k]);
    int slot = keyword_slot(code, name);
    if (slot >= 0) {
      if (!IS_UNDEF(locals[slot]))
        return vm_raise(vm, vm->exc.TypeError,
                        "%s() got multiple values for argument '%s'",
                        fn->qualname->chars, name->chars);
      locals[slot] = kwvalues[k];
    } else if (kwargs) {
      if (!dict_set_str(vm, kwargs, name, kwvalues[k])) return false;
    } else if (slot == -2) {
      return posonly_as_keyword(vm, fn, kwnames);
    } else {
      return vm_raise(vm, vm->exc.TypeError,
                      "%s() got an unexpected keyword argument '%s'",
                      fn->qualname->chars, name->chars);
    }
  }
  return true;
}

/* Fills unbound parameters from the defaults, or fails naming them. */
static bool apply_defaults(EddyVM *vm, ObjFunction *fn, Value *locals) {
  ObjCode *code = fn->code;
  int ndefaults = fn->defaults ? (int)fn->defaults->length : 0;
  int first_default = code->argcount - ndefaults;
  for (int i = first_default; i < code->argcount; i++)
    if (IS_UNDEF(locals[i])) locals[i] = fn->defaults->items[i - first_default];
  for (int i = 0; i < first_default; i++)
    if (IS_UNDEF(locals[i]))
      return missing_error(vm, fn, locals, 0, code->argcount, "positional");
  int end = code->argcount + code->kwonlyargcount;
  for (int i = code->argcount; i < end; i++) {
    if (!IS_UNDEF(locals[i])) continue;
    Value def = fn->kwdefaults ? dict_get_str(fn->kwdefaults,
                                              AS_STR(code->varnames->items[i]))
                               : UNDEF_VAL;
    locals[i] = def;
  }
  for (int i = code->argcount; i < end; i++)
    if (IS_UNDEF(locals[i]))
      return missing_error(vm, fn, locals, code->argcount, end,
                           "keyword-only");
  return true;
}

/* The general case: defaults, keywords, *args and **kwargs. [args] is a
 * private copy of the [argc] arguments; [locals] the frame's slots. */
static bool bind_general(EddyVM *vm, ObjFunction *fn, Value *args, int argc,
                         ObjTuple *kwnames, Task *task, size_t base) {
  ObjCode *code = fn->code;
  int nkw = kwnames ? (int)kwnames->length : 0;
  int npos = argc - nkw;
  ObjTuple *varargs = NULL;
  ObjDict *kwargs = NULL;
  int extra = npos > code->argcount ? npos - code->argcount : 0;
  if (code->flags & CODE_VARARGS) {
    if (!(varargs = tuple_from_array(vm, args + code->argcount, (size_t)extra)))
      return false;
    gc_push_root(vm, OBJ_VAL(varargs));
  }
  if (code->flags & CODE_VARKEYWORDS) {
    if (!(kwargs = dict_new(vm))) return false;
    gc_push_root(vm, OBJ_VAL(kwargs));
  }
  int roots = (varargs != NULL) + (kwargs != NULL);
  Value *locals = task->values + base;
  for (int i = 0; i < code->nlocals; i++) locals[i] = UNDEF_VAL;
  int bound = npos < code->argcount ? npos : code->argcount;
  for (int i = 0; i < bound; i++) locals[i] = args[i];
  /* CPython's order: keyword errors first, then surplus positionals,
   * then missing arguments. */
  bool ok = bind_keywords(vm, fn, locals, args + npos, kwnames, kwargs);
  if (ok && extra && !varargs) {
    int kwonly_given = 0;
    for (int k = 0; k < nkw; k++)
      kwonly_given += keyword_slot(code, AS_STR(kwnames->items[k])) >=
                      code->argcount;
    ok = too_many_positional(vm, fn, npos, kwonly_given);
  }
  ok = ok && apply_defaults(vm, fn, locals);
  int slot = code->argcount + code->kwonlyargcount;
  if (ok && varargs) locals[slot++] = OBJ_VAL(varargs);
  if (ok && kwargs) locals[slot] = OBJ_VAL(kwargs);
  gc_pop_roots(vm, roots);
  return ok;
}

/* Makes the cells of a new frame: captured locals become ObjCells
 * (parameters copied in), free variables come from the closure. */
static bool make_cells(EddyVM *vm, Task *task, size_t base, ObjFunction *fn) {
  ObjCode *code = fn->code;
  size_t ncells = code->cellvars->length;
  for (size_t i = 0; i < ncells; i++) {
    ObjCell *cell = (ObjCell *)gc_new_object(vm, sizeof(ObjCell), OBJ_CELL,
                                             vm->types.cell);
    if (!cell) return false;
    Value *locals = task->values + base;
    int arg = code->cell2arg[i];
    cell->value = arg >= 0 ? locals[arg] : UNDEF_VAL;
    locals[code->nlocals + i] = OBJ_VAL(cell);
  }
  size_t nfree = code->freevars->length;
  for (size_t i = 0; i < nfree; i++)
    task->values[base + code->nlocals + ncells + i] = fn->closure->items[i];
  return true;
}

/* Binds the arguments at values[base ...] in place into the locals. */
static bool bind_arguments(EddyVM *vm, Task *task, ObjFunction *fn,
                           size_t base, int argc, ObjTuple *kwnames) {
  ObjCode *code = fn->code;
  Value *locals = task->values + base;
  bool simple = !kwnames && argc == code->argcount &&
                !(code->flags & (CODE_VARARGS | CODE_VARKEYWORDS)) &&
                code->kwonlyargcount == 0;
  if (simple) {
    for (int i = argc; i < code->nlocals; i++) locals[i] = UNDEF_VAL;
    return true;
  }
  Value small[16];
  Value *copy = argc <= 16 ? small : malloc(sizeof(Value) * (size_t)argc);
  if (!copy) return vm_raise_memory(vm);
  memcpy(copy, locals, sizeof(Value) * (size_t)argc);
  bool ok = bind_general(vm, fn, copy, argc, kwnames, task, base);
  if (copy != small) free(copy);
  return ok;
}

bool call_push_function(EddyVM *vm, Task *task, ObjFunction *fn, size_t slot,
                        int argc, ObjTuple *kwnames, size_t ret) {
  ObjCode *code = fn->code;
  if (task->frame_count >= vm->recursion_limit)
    return vm_raise(vm, vm->exc.RecursionError,
                    "maximum recursion depth exceeded");
  int slots = call_frame_slots(code);
  size_t base = slot + 1;
  size_t need = base + (size_t)slots + (size_t)code->stacksize;
  if (need > task->sp && !task_ensure_stack(vm, task, need - task->sp))
    return false;
  /* Slots beyond the arguments must hold valid values before anything
   * allocates, so the collector never reads garbage. */
  for (size_t i = base + (size_t)argc; i < base + (size_t)slots; i++)
    task->values[i] = UNDEF_VAL;
  if (task->sp < base + (size_t)slots) task->sp = base + (size_t)slots;
  if (!bind_arguments(vm, task, fn, base, argc, kwnames)) return false;
  task->sp = base + (size_t)slots;
  CallFrame *frame = task_push_frame(vm, task, base, ret);
  if (!frame) return false;
  frame->function = fn;
  frame->code = code;
  if (code->cellvars->length || code->freevars->length) {
    if (!make_cells(vm, task, base, fn)) {
      task->frame_count--;
      return false;
    }
  }
  return true;
}

/* ---- dispatch on the callable -------------------------------------------- */

/* Calls a C function; its arguments are copied off the task stack so they
 * stay valid if the function runs script code that grows the stack. */
static bool call_native(EddyVM *vm, Task *task, NativeFn fn, size_t first,
                        int argc, ObjTuple *kwnames, size_t ret) {
  Value small[8];
  Value *args = argc <= 8 ? small : malloc(sizeof(Value) * (size_t)argc);
  if (!args) return vm_raise_memory(vm);
  if (argc) memcpy(args, task->values + first, sizeof(Value) * (size_t)argc);
  int npos = argc - (kwnames ? (int)kwnames->length : 0);
  Value result = NONE_VAL;
  bool ok = fn(vm, args, npos, kwnames, &result);
  if (args != small) free(args);
  if (!ok) return false;
  task->values[ret] = result;
  task->sp = ret + 1;
  return true;
}

/* A bound method: inserts self before the arguments. */
static bool call_bound(EddyVM *vm, Task *task, size_t slot, int argc,
                       ObjTuple *kwnames, size_t ret, bool *pushed) {
  if (!task_ensure_stack(vm, task, 1)) return false;
  Value *v = task->values;
  ObjBoundMethod *bm = AS_BOUND_METHOD(v[slot]);
  memmove(&v[slot + 2], &v[slot + 1], sizeof(Value) * (size_t)argc);
  v[slot + 1] = bm->self;
  v[slot] = bm->function;
  task->sp = slot + 2 + (size_t)argc;
  return call_value(vm, task, slot, argc + 1, kwnames, ret, pushed);
}

bool call_value(EddyVM *vm, Task *task, size_t slot, int argc,
                ObjTuple *kwnames, size_t ret, bool *pushed) {
  Value callable = task->values[slot];
  *pushed = false;
  if (IS_OBJ(callable)) {
    switch (OBJ_TYPE(callable)) {
    case OBJ_FUNCTION:
      if (AS_FUNCTION(callable)->code->flags &
          (CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR))
        return gen_create(vm, task, AS_FUNCTION(callable), slot, argc, kwnames,
                          ret);
      *pushed = true;
      return call_push_function(vm, task, AS_FUNCTION(callable), slot, argc,
                                kwnames, ret);
    case OBJ_NATIVE: {
      ObjNative *native = AS_NATIVE(callable);
      if (IS_UNDEF(native->self))
        return call_native(vm, task, native->fn, slot + 1, argc, kwnames, ret);
      /* A built-in method bound to its object: self goes first. */
      if (!task_ensure_stack(vm, task, 1)) return false;
      Value *v = task->values;
      memmove(&v[slot + 2], &v[slot + 1], sizeof(Value) * (size_t)argc);
      v[slot + 1] = native->self;
      task->sp = slot + 2 + (size_t)argc;
      return call_native(vm, task, native->fn, slot + 1, argc + 1, kwnames,
                         ret);
    }
    case OBJ_BOUND_METHOD:
      return call_bound(vm, task, slot, argc, kwnames, ret, pushed);
    case OBJ_CLASS: {
      ObjClass *cls = AS_CLASS(callable);
      if (cls->construct)
        return call_native(vm, task, cls->construct, slot, argc + 1, kwnames,
                           ret);
      if (!cls->is_builtin)
        return class_call(vm, task, slot, argc, kwnames, ret, pushed);
      break;
    }
    default: break;
    }
  }
  Value call = class_lookup(vm_class_of(vm, callable), str_intern_cstr(vm, "__call__"));
  if (!IS_UNDEF(call) && !IS_NONE(call)) {
    if (!task_ensure_stack(vm, task, 1)) return false;
    Value *v = task->values;
    memmove(&v[slot + 2], &v[slot + 1], sizeof(Value) * (size_t)argc);
    v[slot + 1] = callable;
    v[slot] = call;
    task->sp = slot + 2 + (size_t)argc;
    return call_value(vm, task, slot, argc + 1, kwnames, ret, pushed);
  }
  return vm_raise(vm, vm->exc.TypeError, "'%s' object is not callable",
                  vm_type_name(vm, callable));
}
