/* vm.c: the dispatch loop.
 *
 * run() executes the current task's innermost frame until a frame marked
 * as a native boundary returns (true) or an exception unwinds past one
 * (false, the exception left on the task). Calls to functions written in
 * Eddy push a frame and continue in the same loop; only C code calling
 * back into scripts (vm_call) nests a run().
 *
 * Register discipline: the loop keeps ip, sp and the frame's slots in C
 * locals. Anything that can allocate or run code sees only what is below
 * task->sp, and may move the value array, so every such call is wrapped
 * in SYNC() (publish ip and sp) and RESTORE() (reload every pointer), with
 * its operands still on the stack while it runs.
 */
#include "vm/vm.h"

#include <string.h>

#include "vm/arith.h"
#include "vm/call.h"
#include "vm/exception.h"
#include "vm/exception_group.h"
#include "vm/format.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interrupt.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_set.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/opcodes.h"
#include "vm/protocol.h"
#include "vm/unicode.h"
#include "vm/vm_exec.h"

/* How deeply C code may nest runs of the loop (sort keys calling sorts
 * calling keys ...) before RecursionError. */
#define MAX_NATIVE_DEPTH 200

/* ---- helpers for opcodes --------------------------------------------------- */

static ObjStr *name_at(ObjCode *code, uint32_t arg) {
  return AS_STR(code->names->items[arg]);
}

/* Sets __context__ of a newly raised [exc] to the exception being
 * handled, as CPython does when raising inside an except clause. */
static void chain_context(Task *task, Value exc) {
  Value handled = task->handled;
  if (!IS_EXCEPTION(exc) || !IS_EXCEPTION(handled)) return;
  if (AS_OBJ(exc) == AS_OBJ(handled)) return;
  ObjException *e = AS_EXCEPTION(exc);
  if (IS_NONE(e->context) || IS_UNDEF(e->context)) e->context = handled;
}

/* LOAD_GLOBAL: the module's globals, then the builtins. */
static bool load_global(EddyVM *vm, ObjDict *globals, ObjStr *name,
                        Value *out) {
  Value v = dict_get_str(globals, name);
  if (IS_UNDEF(v)) v = dict_get_str(vm->builtins, name);
  if (IS_UNDEF(v))
    return vm_raise(vm, vm->exc.NameError, "name '%s' is not defined",
                    name->chars);
  *out = v;
  return true;
}

/* LOAD_GLOBAL's result for name [i] of [code] when the cache still
 * knows where it is (neither dict has gained or lost keys since). */
static inline bool global_hit(EddyVM *vm, const ObjCode *code,
                              const ObjDict *globals, uint32_t i, Value *out) {
  const GlobalCacheEntry *entry = code->global_cache;
  if (!entry) return false;
  entry += i;
  if (entry->globals != globals ||
      entry->globals_keys != globals->keys_version ||
      entry->builtins_keys != vm->builtins->keys_version)
    return false;
  const ObjDict *home = entry->in_builtins ? vm->builtins : globals;
  *out = home->entries[entry->index].value;
  return true;
}

/* LOAD_GLOBAL through the dicts, remembering where the name was. */
static bool load_global_cached(EddyVM *vm, ObjCode *code, ObjDict *globals,
                               uint32_t i, Value *out) {
  ObjStr *name = name_at(code, i);
  if (!load_global(vm, globals, name, out)) return false;
  if (!code->global_cache)
    code->global_cache = calloc(code->names->length, sizeof(GlobalCacheEntry));
  if (!code->global_cache) return true; /* without memory, just no cache */
  int64_t at = dict_entry_of_str(globals, name);
  bool in_builtins = at < 0;
  if (in_builtins) at = dict_entry_of_str(vm->builtins, name);
  if (at < 0 || at > INT32_MAX) return true;
  GlobalCacheEntry *entry = &code->global_cache[i];
  entry->globals = globals;
  entry->globals_keys = globals->keys_version;
  entry->builtins_keys = vm->builtins->keys_version;
  entry->index = (uint32_t)at;
  entry->in_builtins = in_builtins;
  return true;
}

/* The dict NAME instructions write to. */
static ObjDict *name_namespace(CallFrame *frame) {
  return frame->locals ? frame->locals : frame->function->globals;
}

static bool load_name(EddyVM *vm, CallFrame *frame, ObjStr *name, Value *out) {
  if (frame->locals) {
    Value v = dict_get_str(frame->locals, name);
    if (!IS_UNDEF(v)) {
      *out = v;
      return true;
    }
  }
  return load_global(vm, frame->function->globals, name, out);
}

static bool delete_name(EddyVM *vm, ObjDict *dict, ObjStr *name) {
  if (dict_delete_str(dict, name)) return true;
  return vm_raise(vm, vm->exc.NameError, "name '%s' is not defined",
                  name->chars);
}

static bool unbound_local(EddyVM *vm, ObjCode *code, uint32_t slot) {
  return vm_raise(vm, vm->exc.UnboundLocalError,
                  "cannot access local variable '%s' where it is not "
                  "associated with a value",
                  AS_STR(code->varnames->items[slot])->chars);
}

/* The name of cell variable [index] of [code]. */
static const char *cell_name(ObjCode *code, uint32_t index) {
  size_t ncells = code->cellvars->length;
  ObjTuple *names = index < ncells ? code->cellvars : code->freevars;
  return AS_STR(names->items[index < ncells ? index : index - ncells])->chars;
}

static bool unbound_cell(EddyVM *vm, ObjCode *code, uint32_t index) {
  if (index < code->cellvars->length)
    return vm_raise(vm, vm->exc.UnboundLocalError,
                    "cannot access local variable '%s' where it is not "
                    "associated with a value",
                    cell_name(code, index));
  return vm_raise(vm, vm->exc.NameError,
                  "cannot access free variable '%s' where it is not "
                  "associated with a value in enclosing scope",
                  cell_name(code, index));
}

/* MAKE_FUNCTION: a function object for [code] with the optional parts. */
static bool make_function(EddyVM *vm, CallFrame *frame, Value *sp, int flags,
                          Value *out) {
  ObjCode *code = AS_CODE(sp[-1]);
  ObjFunction *fn = (ObjFunction *)gc_new_object(
      vm, sizeof(ObjFunction), OBJ_FUNCTION, vm->types.function);
  if (!fn) return false;
  int at = -2;
  if (flags & MAKE_FN_CLOSURE) fn->closure = AS_TUPLE(sp[at--]);
  if (flags & MAKE_FN_KWDEFAULTS) fn->kwdefaults = AS_DICT(sp[at--]);
  if (flags & MAKE_FN_DEFAULTS) fn->defaults = AS_TUPLE(sp[at--]);
  fn->code = code;
  fn->globals = frame->function->globals;
  fn->name = code->name;
  fn->qualname = code->qualname;
  fn->doc = (code->flags & CODE_HAS_DOCSTRING) ? code->consts.items[0]
                                               : NONE_VAL;
  Value module = dict_get_str(fn->globals, vm->str.name);
  fn->module = IS_UNDEF(module) ? NONE_VAL : module;
  *out = OBJ_VAL(fn);
  return true;
}

/* UNPACK_SEQUENCE: writes the [n] items of [seq] from stack slot [at] on
 * so that the first ends on top. Iterating may run script code that
 * moves the stack, so the slot is an index, resolved at the end. */
static bool unpack_sequence(EddyVM *vm, Value seq, int n, size_t at) {
  Value list;
  ObjClass *cls = vm_class_of(vm, seq);
  if (cls == vm->types.tuple || cls == vm->types.list) {
    list = seq;
  } else {
    if (!value_to_list(vm, seq, &list)) {
      if (class_is_subclass(vm_class_of(vm, vm->task->exception),
                            vm->exc.TypeError) &&
          !IS_INSTANCE(seq))
        return vm->task->exception = UNDEF_VAL,
               vm_raise(vm, vm->exc.TypeError,
                        "cannot unpack non-iterable %s object",
                        vm_type_name(vm, seq));
      return false;
    }
  }
  size_t len = IS_TUPLE(list) ? AS_TUPLE(list)->length : AS_LIST(list)->length;
  Value *items = IS_TUPLE(list) ? AS_TUPLE(list)->items : AS_LIST(list)->items;
  if (len < (size_t)n)
    return vm_raise(vm, vm->exc.ValueError,
                    "not enough values to unpack (expected %d, got %zu)", n,
                    len);
  if (len > (size_t)n)
    return vm_raise(vm, vm->exc.ValueError,
                    "too many values to unpack (expected %d)", n);
  Value *dest = vm->task->values + at;
  for (int i = 0; i < n; i++) dest[n - 1 - i] = items[i];
  return true;
}

/* UNPACK_EX: [before] items, a list of the middle, [after] items, written
 * from stack slot [at] on. */
static bool unpack_ex(EddyVM *vm, Value seq, int before, int after,
                      size_t at) {
  Value listv;
  if (!value_to_list(vm, seq, &listv)) return false;
  ObjList *list = AS_LIST(listv);
  if (list->length < (size_t)(before + after))
    return vm_raise(vm, vm->exc.ValueError,
                    "not enough values to unpack (expected at least %d, got "
                    "%zu)",
                    before + after, list->length);
  gc_push_root(vm, listv);
  size_t mid_len = list->length - (size_t)before - (size_t)after;
  ObjList *mid = list_from_array(vm, list->items + before, mid_len);
  gc_pop_roots(vm, 1);
  if (!mid) return false;
  int total = before + after + 1, k = 0;
  Value *dest = vm->task->values + at;
  for (int i = 0; i < before; i++) dest[total - 1 - k++] = list->items[i];
  dest[total - 1 - k++] = OBJ_VAL(mid);
  for (int i = 0; i < after; i++)
    dest[total - 1 - k++] = list->items[(size_t)before + mid_len + (size_t)i];
  return true;
}

/* ascii(v): repr with every non-ASCII character escaped. */
static bool ascii_of(EddyVM *vm, Value v, Value *out) {
  ByteBuf repr, buf;
  buf_init(&repr);
  buf_init(&buf);
  bool ok = value_repr(vm, v, &repr);
  for (size_t i = 0; ok && i < repr.len;) {
    unsigned char c = (unsigned char)repr.data[i];
    if (c < 0x80) {
      ok = buf_putc(&buf, (char)c) || vm_raise_memory(vm);
      i++;
      continue;
    }
    uint32_t cp = 0;
    size_t used = unicode_decode(repr.data + i, repr.len - i, &cp);
    i += used ? used : 1;
    const char *fmt = cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x";
    ok = buf_printf(&buf, fmt, (unsigned)cp) || vm_raise_memory(vm);
  }
  ObjStr *s = ok ? str_from_buf(vm, &buf) : NULL;
  buf_free(&repr);
  buf_free(&buf);
  *out = s ? OBJ_VAL(s) : UNDEF_VAL;
  return s != NULL;
}

/* FORMAT_VALUE: conversion (!s !r !a) then the format spec. */
static bool format_value_op(EddyVM *vm, Value v, int flags, Value spec,
                            Value *out) {
  int conversion = flags & 3;
  if (conversion == 1 && !value_str_obj(vm, v, &v)) return false;
  if (conversion == 2 && !value_repr_obj(vm, v, &v)) return false;
  if (conversion == 3 && !ascii_of(vm, v, &v)) return false;
  if (!(flags & 4)) {
    if (IS_STR(v)) {
      *out = v;
      return true;
    }
    return value_str_obj(vm, v, out);
  }
  return format_value(vm, v, AS_STR(spec), out);
}

/* BUILD_STRING: the concatenation of [n] strs. */
static bool build_string(EddyVM *vm, Value *items, int n, Value *out) {
  ByteBuf buf;
  buf_init(&buf);
  for (int i = 0; i < n; i++) {
    ObjStr *s = AS_STR(items[i]);
    if (!buf_append(&buf, s->chars, s->length)) {
      buf_free(&buf);
      return vm_raise_memory(vm);
    }
  }
  ObjStr *s = str_from_buf(vm, &buf);
  buf_free(&buf);
  *out = s ? OBJ_VAL(s) : UNDEF_VAL;
  return s != NULL;
}

static bool build_tuple(EddyVM *vm, Value *items, int n, Value *out) {
  ObjTuple *t = tuple_from_array(vm, items, (size_t)n);
  *out = t ? OBJ_VAL(t) : UNDEF_VAL;
  return t != NULL;
}

static bool build_list(EddyVM *vm, Value *items, int n, Value *out) {
  ObjList *l = list_from_array(vm, items, (size_t)n);
  *out = l ? OBJ_VAL(l) : UNDEF_VAL;
  return l != NULL;
}

static bool build_set(EddyVM *vm, Value *items, int n, Value *out) {
  ObjSet *s = set_new(vm, false);
  if (!s) return false;
  gc_push_root(vm, OBJ_VAL(s));
  bool ok = true;
  for (int i = 0; i < n && ok; i++) ok = set_add(vm, s, items[i]);
  gc_pop_roots(vm, 1);
  *out = OBJ_VAL(s);
  return ok;
}

static bool build_map(EddyVM *vm, Value *items, int n, Value *out) {
  ObjDict *d = dict_new(vm);
  if (!d) return false;
  gc_push_root(vm, OBJ_VAL(d));
  bool ok = true;
  for (int i = 0; i < n && ok; i++)
    ok = dict_set(vm, d, items[2 * i], items[2 * i + 1]);
  gc_pop_roots(vm, 1);
  *out = OBJ_VAL(d);
  return ok;
}

/* How call errors name [func], as CPython's _PyObject_FunctionStr:
 * "module.qualname()" for functions outside builtins. Appends to [out]. */
static bool function_str(EddyVM *vm, Value func, ByteBuf *out) {
  if (IS_FUNCTION(func)) {
    ObjFunction *fn = AS_FUNCTION(func);
    if (IS_STR(fn->module) && strcmp(AS_STR(fn->module)->chars, "builtins"))
      return buf_printf(out, "%s.%s()", AS_STR(fn->module)->chars,
                        fn->qualname->chars);
    return buf_printf(out, "%s()", fn->qualname->chars);
  }
  if (IS_NATIVE(func)) {
    ObjNative *n = AS_NATIVE(func);
    if (!IS_UNDEF(n->self) && !IS_MODULE(n->self))
      return buf_printf(out, "%s.%s()", vm_type_name(vm, n->self),
                        n->name->chars);
    return buf_printf(out, "%s()", n->name->chars);
  }
  if (IS_CLASS(func)) return buf_printf(out, "%s()", AS_CLASS(func)->name->chars);
  return buf_printf(out, "%s object", vm_type_name(vm, func));
}

/* Raises TypeError("<function>() [fmt...]") for a call's arguments. */
static bool call_error(EddyVM *vm, Value func, const char *what,
                       const char *detail) {
  ByteBuf name;
  buf_init(&name);
  if (!function_str(vm, func, &name)) {
    buf_free(&name);
    return vm_raise_memory(vm);
  }
  vm_raise(vm, vm->exc.TypeError, "%s %s%s", name.data, what, detail);
  buf_free(&name);
  return false;
}

/* DICT_MERGE for f(**m): keys must be strings and must not repeat. */
static bool merge_kwargs(EddyVM *vm, Value func, Value target, Value m) {
  if (!IS_DICT(m))
    return call_error(vm, func, "argument after ** must be a mapping, not ",
                      vm_type_name(vm, m));
  size_t pos = 0;
  Value key, value;
  while (dict_next(AS_DICT(m), &pos, &key, &value)) {
    if (!IS_STR(key)) return call_error(vm, func, "keywords must be strings", "");
    if (!IS_UNDEF(dict_get_str(AS_DICT(target), AS_STR(key)))) {
      ByteBuf detail;
      buf_init(&detail);
      bool ok = buf_printf(&detail, "'%s'", AS_STR(key)->chars);
      if (ok)
        call_error(vm, func, "got multiple values for keyword argument ",
                   detail.data);
      buf_free(&detail);
      return ok ? false : vm_raise_memory(vm);
    }
    if (!dict_set_str(vm, AS_DICT(target), AS_STR(key), value)) return false;
  }
  return true;
}

/* LIST_EXTEND: [*x] in a display, or the *x of a call when [call] is the
 * function (for CPython's message naming it). */
static bool list_extend_op(EddyVM *vm, Value list, Value iterable, Value call) {
  if (list_extend(vm, AS_LIST(list), iterable)) return true;
  Value exc = vm->task->exception;
  if (!class_is_subclass(vm_class_of(vm, exc), vm->exc.TypeError)) return false;
  Value it;
  if (value_iter(vm, iterable, &it)) {
    vm->task->exception = exc;
    return false;
  }
  vm->task->exception = UNDEF_VAL;
  if (IS_UNDEF(call))
    return vm_raise(vm, vm->exc.TypeError,
                    "Value after * must be an iterable, not %s",
                    vm_type_name(vm, iterable));
  return call_error(vm, call, "argument after * must be an iterable, not ",
                    vm_type_name(vm, iterable));
}

/* DICT_UPDATE for {**m}: "'int' object is not a mapping". */
static bool dict_update_op(EddyVM *vm, Value target, Value m) {
  if (!IS_DICT(m))
    return vm_raise(vm, vm->exc.TypeError, "'%s' object is not a mapping",
                    vm_type_name(vm, m));
  return dict_update(vm, AS_DICT(target), m);
}

static bool build_slice(EddyVM *vm, Value start, Value stop, Value step,
                        Value *out) {
  ObjSlice *slice = slice_new(vm, start, stop, step);
  *out = slice ? OBJ_VAL(slice) : UNDEF_VAL;
  return slice != NULL;
}

/* CALL_EX: spreads the tuple and dict of arguments onto the stack and
 * calls. [slot] holds the callable, then the tuple, then the dict. */
static bool call_ex(EddyVM *vm, Task *task, size_t slot, bool has_kwargs,
                    bool *pushed) {
  Value args = task->values[slot + 1];
  Value kwargs = has_kwargs ? task->values[slot + 2] : UNDEF_VAL;
  size_t npos = AS_TUPLE(args)->length;
  size_t nkw = has_kwargs ? AS_DICT(kwargs)->count : 0;
  ObjTuple *names = NULL;
  if (nkw) {
    if (!(names = tuple_new(vm, nkw))) return false;
    gc_push_root(vm, OBJ_VAL(names));
  }
  bool ok = task_ensure_stack(vm, task, npos + nkw + 2);
  if (ok) {
    Value *v = task->values;
    v[slot + 3] = kwargs; /* keep both alive while spreading */
    v[slot + 4] = args;
    task->sp = slot + 5;
    Value *dest = v + slot + 1;
    for (size_t i = 0; i < npos; i++) dest[i] = AS_TUPLE(args)->items[i];
    size_t pos = 0, k = 0;
    Value key, value;
    while (nkw && dict_next(AS_DICT(kwargs), &pos, &key, &value)) {
      if (!IS_STR(key)) {
        ok = vm_raise(vm, vm->exc.TypeError, "keywords must be strings");
        break;
      }
      names->items[k] = key;
      dest[npos + k++] = value;
    }
    task->sp = slot + 1 + npos + nkw;
  }
  if (ok)
    ok = call_value(vm, task, slot, (int)(npos + nkw), names, slot, pushed);
  if (names) gc_pop_roots(vm, 1);
  return ok;
}

/* BEFORE_WITH: looks up __enter__ and __exit__ of the manager (the
 * asynchronous pair when [is_async]). */
static bool with_methods(EddyVM *vm, Value mgr, bool is_async, Value *enter,
                         Value *exit) {
  ObjClass *cls = vm_class_of(vm, mgr);
  ObjStr *enter_name = is_async ? str_intern_cstr(vm, "__aenter__") : vm->str.enter;
  ObjStr *exit_name = is_async ? str_intern_cstr(vm, "__aexit__") : vm->str.exit;
  if (!enter_name || !exit_name) return false;
  Value e = class_lookup(cls, enter_name);
  Value x = class_lookup(cls, exit_name);
  if (IS_UNDEF(e) || IS_UNDEF(x))
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object does not support the %scontext manager "
                    "protocol%s%s%s",
                    vm_type_name(vm, mgr), is_async ? "asynchronous " : "",
                    IS_UNDEF(e) ? "" : " (missed ",
                    IS_UNDEF(e) ? "" : exit_name->chars,
                    IS_UNDEF(e) ? "" : " method)");
  if (!value_getattr(vm, mgr, enter_name, enter)) return false;
  gc_push_root(vm, *enter);
  bool ok = value_getattr(vm, mgr, exit_name, exit);
  gc_pop_roots(vm, 1);
  return ok;
}

/* GET_AITER: v.__aiter__(), which must have __anext__. */
static bool get_aiter(EddyVM *vm, Value v, Value *out) {
  ObjStr *aiter = str_intern_cstr(vm, "__aiter__");
  ObjStr *anext = str_intern_cstr(vm, "__anext__");
  if (!aiter || !anext) return false;
  Value method = class_lookup(vm_class_of(vm, v), aiter);
  if (IS_UNDEF(method))
    return vm_raise(vm, vm->exc.TypeError,
                    "'async for' requires an object with __aiter__ method, "
                    "got %s",
                    vm_type_name(vm, v));
  if (!vm_call(vm, method, &v, 1, NULL, out)) return false;
  if (!IS_UNDEF(class_lookup(vm_class_of(vm, *out), anext))) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "'async for' received an object from __aiter__ that does "
                  "not implement __anext__: %s",
                  vm_type_name(vm, *out));
}

/* GET_ANEXT: aiter.__anext__(). */
static bool get_anext(EddyVM *vm, Value aiter, Value *out) {
  ObjStr *anext = str_intern_cstr(vm, "__anext__");
  if (!anext) return false;
  Value method = class_lookup(vm_class_of(vm, aiter), anext);
  if (IS_UNDEF(method))
    return vm_raise(vm, vm->exc.TypeError,
                    "'async for' requires an iterator with __anext__ method, "
                    "got %s",
                    vm_type_name(vm, aiter));
  return vm_call(vm, method, &aiter, 1, NULL, out);
}

/* RAISE_VARARGS: raise, raise exc, raise exc from cause. Returns false
 * always; [*reraise] tells whether the traceback is kept as is. */
static bool do_raise(EddyVM *vm, Task *task, int n, Value *sp, bool *reraise) {
  *reraise = false;
  if (n == 0) {
    *reraise = true;
    if (!IS_EXCEPTION(task->handled))
      return *reraise = false,
             vm_raise(vm, vm->exc.RuntimeError,
                      "No active exception to reraise");
    task->exception = task->handled;
    return false;
  }
  Value exc = sp[-n];
  if (IS_CLASS(exc) && class_is_subclass(AS_CLASS(exc), vm->exc.BaseException)) {
    Value inst;
    if (!vm_call(vm, exc, NULL, 0, NULL, &inst)) return false;
    exc = inst;
  }
  if (!IS_EXCEPTION(exc))
    return vm_raise(vm, vm->exc.TypeError,
                    "exceptions must derive from BaseException");
  if (n == 2) {
    Value cause = sp[-1];
    if (IS_CLASS(cause) &&
        class_is_subclass(AS_CLASS(cause), vm->exc.BaseException)) {
      gc_push_root(vm, exc);
      bool ok = vm_call(vm, cause, NULL, 0, NULL, &cause);
      gc_pop_roots(vm, 1);
      if (!ok) return false;
    }
    if (!IS_NONE(cause) && !IS_EXCEPTION(cause))
      return vm_raise(vm, vm->exc.TypeError,
                      "exception causes must derive from BaseException");
    AS_EXCEPTION(exc)->cause = cause;
    AS_EXCEPTION(exc)->suppress_context = true;
  }
  return vm_raise_value(vm, exc);
}

/* PRINT_EXPR: the REPL shows repr(v) and keeps it in builtins._. */
static bool print_expr(EddyVM *vm, Value v) {
  if (IS_NONE(v)) return true;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = value_repr(vm, v, &buf) && buf_putc(&buf, '\n');
  if (ok) vm->write_out(vm, buf.data, buf.len);
  buf_free(&buf);
  if (!ok) return false;
  ObjStr *underscore = str_intern_cstr(vm, "_");
  return underscore && dict_set_str(vm, vm->builtins, underscore, v);
}

/* LOAD_METHOD: [func self] when the attribute is a plain method found on
 * the class, else [UNDEF attr]. */
static bool load_method(EddyVM *vm, Value obj, ObjStr *name, Value *out) {
  ObjClass *cls = vm_class_of(vm, obj);
  bool plain = !IS_CLASS(obj) && !IS_MODULE(obj) && cls != vm->types.super_ &&
               (cls->is_builtin ||
                IS_NATIVE(class_lookup(cls, vm->str.getattribute)));
  if (plain) {
    Value attr = class_lookup(cls, name);
    bool method = IS_FUNCTION(attr) ||
                  (IS_NATIVE(attr) && IS_UNDEF(AS_NATIVE(attr)->self) &&
                   AS_NATIVE(attr)->is_method);
    bool shadowed = IS_INSTANCE(obj) && AS_INSTANCE(obj)->dict &&
                    !IS_UNDEF(dict_get_str(AS_INSTANCE(obj)->dict, name));
    if (method && !shadowed) {
      out[0] = attr;
      out[1] = obj;
      return true;
    }
  }
  out[0] = UNDEF_VAL;
  return value_getattr(vm, obj, name, &out[1]);
}

/* FOR_ITER's step; [*done] at the end. */
static bool iterate(EddyVM *vm, Value it, Value *out, bool *done) {
  if (IS_ITERATOR(it) && AS_ITERATOR(it)->next)
    return AS_ITERATOR(it)->next(vm, AS_ITERATOR(it), out, done);
  return value_next(vm, it, out, done);
}

/* ---- the loop ------------------------------------------------------------- */

/* Fast path for two small ints; false when it does not apply. */
/* [x] op [y] for the int operators that cannot fail other than by
 * overflowing int64 (then false: the slow path makes a big int). */
static inline bool int_op(int op, int64_t x, int64_t y, Value *out) {
  int64_t r;
  switch (op) {
  case BINOP_ADD:
    if (__builtin_add_overflow(x, y, &r)) return false;
    break;
  case BINOP_SUB:
    if (__builtin_sub_overflow(x, y, &r)) return false;
    break;
  case BINOP_MULT:
    if (__builtin_mul_overflow(x, y, &r)) return false;
    break;
  case BINOP_FLOORDIV:
  case BINOP_MOD: {
    if (y == 0 || (y == -1 && x == INT64_MIN)) return false;
    int64_t q = x / y, m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) { /* floor, as Python rounds */
      m += y;
      q--;
    }
    r = op == BINOP_MOD ? m : q;
    break;
  }
  case BINOP_DIV: {
    /* Ints below 2**53 convert to double exactly, so one division gives
     * the correctly rounded quotient CPython computes. */
    const int64_t exact = (int64_t)1 << 53;
    if (y == 0 || x > exact || x < -exact || y > exact || y < -exact)
      return false;
    *out = FLOAT_VAL((double)x / (double)y);
    return true;
  }
  default: return false;
  }
  *out = INT_VAL(r);
  return true;
}

/* [a] op [b] for floats, or a float with an int below 2**53 (which
 * converts exactly); false to leave the rest to the slow path. */
static inline bool float_op(int op, Value a, Value b, Value *out) {
  const int64_t exact = (int64_t)1 << 53;
  double x, y;
  if (IS_FLOAT(a)) x = AS_FLOAT(a);
  else if (IS_INT(a) && AS_INT(a) <= exact && AS_INT(a) >= -exact)
    x = (double)AS_INT(a);
  else return false;
  if (IS_FLOAT(b)) y = AS_FLOAT(b);
  else if (IS_INT(b) && AS_INT(b) <= exact && AS_INT(b) >= -exact)
    y = (double)AS_INT(b);
  else return false;
  switch (op) {
  case BINOP_ADD: *out = FLOAT_VAL(x + y); return true;
  case BINOP_SUB: *out = FLOAT_VAL(x - y); return true;
  case BINOP_MULT: *out = FLOAT_VAL(x * y); return true;
  case BINOP_DIV:
    if (y == 0.0) return false; /* ZeroDivisionError */
    *out = FLOAT_VAL(x / y);
    return true;
  default: return false;
  }
}

/* The arithmetic the dispatch loop does inline: ints, floats, and a
 * mix of the two; false for everything else. */
static inline bool fast_binary(int op, Value a, Value b, Value *out) {
  if (IS_INT(a) && IS_INT(b)) return int_op(op, AS_INT(a), AS_INT(b), out);
  if (IS_FLOAT(a) || IS_FLOAT(b)) return float_op(op, a, b, out);
  return false;
}

/* The result of comparing with [op] given the sign of a - b. */
static inline bool compare_holds(int op, int sign) {
  switch (op) {
  case COMPARE_EQ: return sign == 0;
  case COMPARE_NE: return sign != 0;
  case COMPARE_LT: return sign < 0;
  case COMPARE_LE: return sign <= 0;
  case COMPARE_GT: return sign > 0;
  default: return sign >= 0;
  }
}

/* Comparisons of two ints, or of two floats (NaN compares unequal and
 * unordered, as C's operators do); false for everything else. */
static inline bool fast_compare(int op, Value a, Value b, Value *out) {
  if (IS_INT(a) && IS_INT(b)) {
    int64_t x = AS_INT(a), y = AS_INT(b);
    *out = BOOL_VAL(compare_holds(op, (x > y) - (x < y)));
    return true;
  }
  if (!IS_FLOAT(a) || !IS_FLOAT(b)) return false;
  double x = AS_FLOAT(a), y = AS_FLOAT(b);
  bool r;
  switch (op) {
  case COMPARE_EQ: r = x == y; break;
  case COMPARE_NE: r = x != y; break;
  case COMPARE_LT: r = x < y; break;
  case COMPARE_LE: r = x <= y; break;
  case COMPARE_GT: r = x > y; break;
  default: r = x >= y; break;
  }
  *out = BOOL_VAL(r);
  return true;
}

/* Truth of [v] without calling out, when that is possible. */
static inline bool quick_truth(Value v, bool *out) {
  switch (v.type) {
  case VAL_BOOL: *out = AS_BOOL(v); return true;
  case VAL_NONE: *out = false; return true;
  case VAL_INT: *out = AS_INT(v) != 0; return true;
  default: return false;
  }
}

/* Records the frame an exception passes through. */
static bool add_traceback(EddyVM *vm, Task *task, CallFrame *frame) {
  ObjCode *code = frame->code;
  int line = frame->ip > 0 ? code->lines[frame->ip - 1] : code->firstlineno;
  return exception_add_traceback(vm, task->exception, code->filename,
                                 code->name, line);
}

/* Pops the blocks and frames of an exception in flight until a handler
 * takes it (true: continue there) or a native boundary is reached
 * (false: the exception stays on the task). */
static bool unwind(EddyVM *vm, Task *task) {
  for (;;) {
    CallFrame *frame = &task->frames[task->frame_count - 1];
    if (task->block_count > frame->block_base) {
      Block b = task->blocks[--task->block_count];
      if (b.kind == BLOCK_HANDLER) {
        task->handled = task->values[b.depth];
        task->sp = b.depth;
        continue;
      }
      Value exc = task->exception;
      task->sp = b.depth;
      task->values[task->sp++] = task->handled;
      task->values[task->sp++] = exc;
      task->handled = exc;
      task->exception = UNDEF_VAL;
      frame->ip = b.target;
      /* A block entry freed above is reused: this cannot fail. */
      task->blocks[task->block_count++] =
          (Block){BLOCK_HANDLER, b.target, b.depth};
      return true;
    }
    bool boundary = frame->native_boundary;
    if (frame->coroutine) gen_mark_done(frame->coroutine);
    task->sp = frame->ret;
    task->frame_count--;
    if (boundary || task->frame_count == 0) return false;
    if (!add_traceback(vm, task, &task->frames[task->frame_count - 1]))
      return false;
  }
}

#define SYNC()                                                                 \
  (frame->ip = (uint32_t)(ip - code->code),                                    \
   task->sp = (size_t)(sp - task->values))
#define RESTORE()                                                              \
  do {                                                                         \
    frame = &task->frames[task->frame_count - 1];                              \
    code = frame->code;                                                        \
    ip = code->code + frame->ip;                                               \
    slots = task->values + frame->base;                                        \
    sp = task->values + task->sp;                                              \
    consts = code->consts.items;                                               \
  } while (0)
/* Runs [call] with the stack published; on failure goes to error. */
#define SLOW(call)                                                             \
  do {                                                                         \
    SYNC();                                                                    \
    bool ok_ = (call);                                                         \
    RESTORE();                                                                 \
    if (!ok_) goto error;                                                      \
  } while (0)
/* The host's instruction budget (vm->tick), counted at calls and
 * backward jumps. */
#define HOST_TICK()                                                            \
  do {                                                                         \
    if (__builtin_expect(vm->tick != NULL, 0)) SLOW(vm->tick(vm));             \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define PEEK(n) (sp[-(ptrdiff_t)(n)])

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#endif

#ifdef USE_COMPUTED_GOTO
#define TARGET(name) op_##name:
#define DISPATCH()                                                             \
  do {                                                                         \
    ins = *ip++;                                                               \
    goto *dispatch_table[INSTR_OP(ins)];                                       \
  } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto next
#endif

#define ARG INSTR_ARG(ins)

bool vm_run(EddyVM *vm) {
  Task *task = vm->task;
  CallFrame *frame;
  ObjCode *code;
  const uint32_t *ip;
  Value *slots, *sp, *consts;
  uint32_t ins;
  RESTORE();
#ifdef USE_COMPUTED_GOTO
  static const void *const dispatch_table[] = {
#define OPCODE_LABEL(name, effect) &&op_##name,
      OPCODE_LIST(OPCODE_LABEL)
#undef OPCODE_LABEL
  };
  if (!IS_UNDEF(task->exception)) goto error;
  DISPATCH();
#else
  if (!IS_UNDEF(task->exception)) goto error;
next:
  ins = *ip++;
  switch (INSTR_OP(ins)) {
#endif

  TARGET(NOP) DISPATCH();
  TARGET(POP_TOP) {
    sp--;
    DISPATCH();
  }
  TARGET(COPY) {
    Value v = PEEK(ARG);
    PUSH(v);
    DISPATCH();
  }
  TARGET(SWAP) {
    Value t = PEEK(1);
    PEEK(1) = PEEK(ARG);
    PEEK(ARG) = t;
    DISPATCH();
  }
  TARGET(LOAD_CONST) {
    PUSH(consts[ARG]);
    DISPATCH();
  }
  TARGET(LOAD_FAST) {
    Value v = slots[ARG];
    if (IS_UNDEF(v)) SLOW(unbound_local(vm, code, ARG));
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    slots[ARG] = POP();
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    if (IS_UNDEF(slots[ARG])) SLOW(unbound_local(vm, code, ARG));
    slots[ARG] = UNDEF_VAL;
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Value v = AS_CELL(slots[code->nlocals + ARG])->value;
    if (IS_UNDEF(v)) SLOW(unbound_cell(vm, code, ARG));
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    AS_CELL(slots[code->nlocals + ARG])->value = POP();
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    ObjCell *cell = AS_CELL(slots[code->nlocals + ARG]);
    if (IS_UNDEF(cell->value)) SLOW(unbound_cell(vm, code, ARG));
    cell->value = UNDEF_VAL;
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) {
    PUSH(slots[code->nlocals + ARG]);
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
    Value v;
    ObjDict *globals = frame->function->globals;
    if (!global_hit(vm, code, globals, ARG, &v))
      SLOW(load_global_cached(vm, code, globals, ARG, &v));
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    SLOW(dict_set_str(vm, frame->function->globals, name_at(code, ARG),
                      PEEK(1)));
    sp--;
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    SLOW(delete_name(vm, frame->function->globals, name_at(code, ARG)));
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    Value v;
    SLOW(load_name(vm, frame, name_at(code, ARG), &v));
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    SLOW(dict_set_str(vm, name_namespace(frame), name_at(code, ARG), PEEK(1)));
    sp--;
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    SLOW(delete_name(vm, name_namespace(frame), name_at(code, ARG)));
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    Value v;
    SLOW(value_getattr(vm, PEEK(1), name_at(code, ARG), &v));
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    SLOW(value_setattr(vm, PEEK(1), name_at(code, ARG), PEEK(2)));
    sp -= 2;
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    SLOW(value_delattr(vm, PEEK(1), name_at(code, ARG)));
    sp--;
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    Value pair[2];
    SLOW(load_method(vm, PEEK(1), name_at(code, ARG), pair));
    PEEK(1) = pair[0];
    PUSH(pair[1]);
    DISPATCH();
  }
  TARGET(CALL_METHOD) {
    HOST_TICK();
    int n = (int)ARG;
    bool pushed;
    size_t first = (size_t)(sp - task->values) - (size_t)n - 2;
    bool plain = IS_UNDEF(task->values[first]);
    SLOW(call_value(vm, task, plain ? first + 1 : first, plain ? n : n + 1,
                    NULL, first, &pushed));
    DISPATCH();
  }
  TARGET(CALL) {
    HOST_TICK();
    int n = (int)ARG;
    bool pushed;
    size_t slot = (size_t)(sp - task->values) - (size_t)n - 1;
    SLOW(call_value(vm, task, slot, n, NULL, slot, &pushed));
    DISPATCH();
  }
  TARGET(CALL_KW) {
    HOST_TICK();
    int n = (int)ARG;
    bool pushed;
    ObjTuple *names = AS_TUPLE(POP());
    size_t slot = (size_t)(sp - task->values) - (size_t)n - 1;
    SLOW(call_value(vm, task, slot, n, names, slot, &pushed));
    DISPATCH();
  }
  TARGET(CALL_EX) {
    HOST_TICK();
    bool pushed;
    size_t slot = (size_t)(sp - task->values) - 2 - (ARG & 1);
    SLOW(call_ex(vm, task, slot, ARG & 1, &pushed));
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value v;
    Value obj = PEEK(2), key = PEEK(1);
    if (IS_LIST(obj) && AS_OBJ(obj)->cls == vm->types.list && IS_INT(key) &&
        AS_INT(key) >= 0 && (size_t)AS_INT(key) < AS_LIST(obj)->length) {
      v = AS_LIST(obj)->items[AS_INT(key)];
    } else {
      SLOW(value_getitem(vm, obj, key, &v));
    }
    sp--;
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    Value obj = PEEK(2), key = PEEK(1);
    if (IS_LIST(obj) && AS_OBJ(obj)->cls == vm->types.list && IS_INT(key) &&
        AS_INT(key) >= 0 && (size_t)AS_INT(key) < AS_LIST(obj)->length) {
      AS_LIST(obj)->items[AS_INT(key)] = PEEK(3);
    } else {
      SLOW(value_setitem(vm, obj, key, PEEK(3)));
    }
    sp -= 3;
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    SLOW(value_delitem(vm, PEEK(2), PEEK(1)));
    sp -= 2;
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    int n = (int)ARG;
    Value step = n == 3 ? PEEK(1) : NONE_VAL;
    Value v;
    SLOW(build_slice(vm, PEEK(n), PEEK(n - 1), step, &v));
    sp -= n - 1;
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(BINARY_OP) {
    Value v;
    if (!fast_binary((int)ARG, PEEK(2), PEEK(1), &v))
      SLOW(vm_binary_op(vm, (BinOpKind)ARG, PEEK(2), PEEK(1), &v));
    sp--;
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(INPLACE_OP) {
    Value v;
    if (!fast_binary((int)ARG, PEEK(2), PEEK(1), &v))
      SLOW(vm_inplace_op(vm, (BinOpKind)ARG, PEEK(2), PEEK(1), &v));
    sp--;
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(UNARY_NEGATIVE) {
    Value v;
    SLOW(vm_unary_op(vm, UNARY_USUB, PEEK(1), &v));
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(UNARY_POSITIVE) {
    Value v;
    SLOW(vm_unary_op(vm, UNARY_UADD, PEEK(1), &v));
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(UNARY_INVERT) {
    Value v;
    SLOW(vm_unary_op(vm, UNARY_INVERT, PEEK(1), &v));
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(UNARY_NOT) {
    bool truth;
    if (!quick_truth(PEEK(1), &truth)) SLOW(value_truthy(vm, PEEK(1), &truth));
    PEEK(1) = BOOL_VAL(!truth);
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value v;
    if (!fast_compare((int)ARG, PEEK(2), PEEK(1), &v))
      SLOW(value_compare(vm, (CompareOp)ARG, PEEK(2), PEEK(1), &v));
    sp--;
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(IS_OP) {
    bool same = value_is(PEEK(2), PEEK(1));
    sp--;
    PEEK(1) = BOOL_VAL(same != (ARG != 0));
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    bool in;
    SLOW(value_contains(vm, PEEK(1), PEEK(2), &in));
    sp--;
    PEEK(1) = BOOL_VAL(in != (ARG != 0));
    DISPATCH();
  }
  TARGET(JUMP) {
    /* A backward jump closes a loop: where Ctrl-C is taken. */
    if (__builtin_expect(vm_interrupt_pending(vm), 0) && code->code + ARG < ip)
      SLOW(vm_take_interrupt(vm));
    if (code->code + ARG < ip) HOST_TICK();
    ip = code->code + ARG;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    bool truth;
    if (!quick_truth(PEEK(1), &truth)) SLOW(value_truthy(vm, PEEK(1), &truth));
    sp--;
    if (!truth) ip = code->code + ARG;
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    bool truth;
    if (!quick_truth(PEEK(1), &truth)) SLOW(value_truthy(vm, PEEK(1), &truth));
    sp--;
    if (truth) ip = code->code + ARG;
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    bool truth;
    if (!quick_truth(PEEK(1), &truth)) SLOW(value_truthy(vm, PEEK(1), &truth));
    if (!truth)
      ip = code->code + ARG;
    else
      sp--;
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    bool truth;
    if (!quick_truth(PEEK(1), &truth)) SLOW(value_truthy(vm, PEEK(1), &truth));
    if (truth)
      ip = code->code + ARG;
    else
      sp--;
    DISPATCH();
  }
  TARGET(GET_ITER) {
    Value it;
    SLOW(value_iter(vm, PEEK(1), &it));
    PEEK(1) = it;
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value item;
    bool done = false;
    if (IS_GENERATOR(PEEK(1))) {
      SYNC();
      int status = gen_for_iter(vm, task);
      task = vm->task;
      RESTORE();
      if (status == GEN_ERROR) goto error;
      DISPATCH();
    }
    SLOW(iterate(vm, PEEK(1), &item, &done));
    if (done) {
      sp--;
      ip = code->code + ARG;
    } else {
      PUSH(item);
    }
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    int n = (int)ARG;
    Value v;
    SLOW(build_tuple(vm, sp - n, n, &v));
    sp -= n;
    PUSH(v);
    DISPATCH();
  }
  TARGET(BUILD_LIST) {
    int n = (int)ARG;
    Value v;
    SLOW(build_list(vm, sp - n, n, &v));
    sp -= n;
    PUSH(v);
    DISPATCH();
  }
  TARGET(BUILD_SET) {
    int n = (int)ARG;
    Value v;
    SLOW(build_set(vm, sp - n, n, &v));
    sp -= n;
    PUSH(v);
    DISPATCH();
  }
  TARGET(BUILD_MAP) {
    int n = (int)ARG;
    Value v;
    SLOW(build_map(vm, sp - 2 * n, n, &v));
    sp -= 2 * n;
    PUSH(v);
    DISPATCH();
  }
  TARGET(BUILD_STRING) {
    int n = (int)ARG;
    Value v;
    SLOW(build_string(vm, sp - n, n, &v));
    sp -= n;
    PUSH(v);
    DISPATCH();
  }
  TARGET(LIST_APPEND) {
    SLOW(list_append(vm, AS_LIST(PEEK(ARG + 1)), PEEK(1)));
    sp--;
    DISPATCH();
  }
  TARGET(SET_ADD) {
    SLOW(set_add(vm, AS_SET(PEEK(ARG + 1)), PEEK(1)));
    sp--;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    SLOW(dict_set(vm, AS_DICT(PEEK(ARG + 2)), PEEK(2), PEEK(1)));
    sp -= 2;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    uint32_t depth = ARG & 0xFFFF;
    Value call = (ARG & LIST_EXTEND_CALL) ? PEEK(depth + 2) : UNDEF_VAL;
    SLOW(list_extend_op(vm, PEEK(depth + 1), PEEK(1), call));
    sp--;
    DISPATCH();
  }
  TARGET(SET_UPDATE) {
    SLOW(set_update(vm, AS_SET(PEEK(ARG + 1)), PEEK(1)));
    sp--;
    DISPATCH();
  }
  TARGET(DICT_UPDATE) {
    SLOW(dict_update_op(vm, PEEK(ARG + 1), PEEK(1)));
    sp--;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    SLOW(merge_kwargs(vm, PEEK(ARG + 3), PEEK(ARG + 1), PEEK(1)));
    sp--;
    DISPATCH();
  }
  TARGET(LIST_TO_TUPLE) {
    Value v;
    ObjList *l = AS_LIST(PEEK(1));
    SLOW(build_tuple(vm, l->items, (int)l->length, &v));
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(UNPACK_SEQUENCE) {
    int n = (int)ARG;
    SLOW(task_ensure_stack(vm, task, (size_t)n));
    Value seq = PEEK(1);
    SLOW(unpack_sequence(vm, seq, n, (size_t)(sp - task->values) - 1));
    sp += n - 1;
    DISPATCH();
  }
  TARGET(UNPACK_EX) {
    int before = (int)(ARG & 0xFF), after = (int)(ARG >> 8);
    int total = before + after + 1;
    SLOW(task_ensure_stack(vm, task, (size_t)total));
    Value seq = PEEK(1);
    SLOW(unpack_ex(vm, seq, before, after, (size_t)(sp - task->values) - 1));
    sp += total - 1;
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    int flags = (int)ARG;
    int extra = ((flags & MAKE_FN_DEFAULTS) != 0) +
                ((flags & MAKE_FN_KWDEFAULTS) != 0) +
                ((flags & MAKE_FN_CLOSURE) != 0);
    Value fn;
    SLOW(make_function(vm, frame, sp, flags, &fn));
    sp -= extra;
    PEEK(1) = fn;
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    Value result = POP();
    bool boundary = frame->native_boundary;
    size_t ret = frame->ret;
    bool is_init = frame->is_init;
    if (frame->coroutine) gen_mark_done(frame->coroutine);
    task->block_count = frame->block_base;
    task->frame_count--;
    if (!is_init) task->values[ret] = result;
    task->sp = ret + 1;
    if (is_init && !IS_NONE(result)) {
      RESTORE();
      SLOW(vm_raise(vm, vm->exc.TypeError,
                    "__init__() should return None, not '%s'",
                    vm_type_name(vm, result)));
    }
    if (task->frame_count == 0 && task->owner) {
      if (gen_finished(vm, task, result) == GEN_LEAVE) return true;
      task = vm->task;
      RESTORE();
      DISPATCH();
    }
    if (boundary || task->frame_count == 0) return true;
    RESTORE();
    DISPATCH();
  }
  TARGET(RAISE_VARARGS) {
    bool reraise;
    SYNC();
    do_raise(vm, task, (int)ARG, sp, &reraise);
    RESTORE();
    if (reraise) goto unwind_exception;
    goto error;
  }
  TARGET(SETUP_EXCEPT) {
    SLOW(task_push_block(vm, task, BLOCK_EXCEPT, ARG,
                         (size_t)(sp - task->values)));
    DISPATCH();
  }
  TARGET(SETUP_FINALLY) {
    SLOW(task_push_block(vm, task, BLOCK_FINALLY, ARG,
                         (size_t)(sp - task->values)));
    DISPATCH();
  }
  TARGET(POP_BLOCK) {
    task->block_count--;
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Block b = task->blocks[--task->block_count];
    task->handled = task->values[b.depth];
    sp = task->values + b.depth;
    DISPATCH();
  }
  TARGET(RERAISE) {
    task->exception = POP();
    goto unwind_exception;
  }
  TARGET(CHECK_EXC_MATCH) {
    bool match;
    SLOW(exception_matches(vm, PEEK(2), PEEK(1), &match));
    PEEK(1) = BOOL_VAL(match);
    DISPATCH();
  }
  TARGET(CHECK_EG_MATCH) {
    Value match, rest;
    SLOW(exception_group_match(vm, PEEK(2), PEEK(1), &match, &rest));
    if (IS_NONE(match)) {
      sp--;
      ip = code->code + ARG;
      DISPATCH();
    }
    PEEK(2) = rest;
    PEEK(1) = match;
    task->handled = match; /* what sys.exc_info() shows in the clause */
    DISPATCH();
  }
  TARGET(RERAISE_STAR) {
    Value exc;
    SLOW(exception_group_reraise_star(vm, PEEK(2), AS_LIST(PEEK(1)), &exc));
    sp -= 2;
    if (IS_NONE(exc)) DISPATCH();
    task->exception = exc;
    goto unwind_exception;
  }
  TARGET(BEFORE_WITH) {
    Value pair[2];
    SLOW(with_methods(vm, PEEK(1), ARG != 0, &pair[0], &pair[1]));
    PEEK(1) = pair[1]; /* __exit__ stays below */
    PUSH(pair[0]);
    bool pushed;
    size_t slot = (size_t)(sp - task->values) - 1;
    SLOW(call_value(vm, task, slot, 0, NULL, slot, &pushed));
    DISPATCH();
  }
  TARGET(SETUP_WITH) {
    SLOW(task_push_block(vm, task, BLOCK_FINALLY, ARG,
                         (size_t)(sp - task->values) - 1));
    DISPATCH();
  }
  TARGET(EXIT_ARGS) {
    Value exc = PEEK(1);
    PEEK(1) = OBJ_VAL(vm_class_of(vm, exc));
    PUSH(exc);
    PUSH(IS_EXCEPTION(exc) ? AS_EXCEPTION(exc)->traceback : NONE_VAL);
    if (IS_UNDEF(PEEK(1))) PEEK(1) = NONE_VAL;
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    int flags = (int)ARG;
    Value spec = (flags & 4) ? PEEK(1) : UNDEF_VAL;
    Value v = PEEK((flags & 4) ? 2 : 1);
    Value out;
    SLOW(format_value_op(vm, v, flags, spec, &out));
    if (flags & 4) sp--;
    PEEK(1) = out;
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(OBJ_VAL(vm->exc.AssertionError));
    DISPATCH();
  }
  TARGET(IMPORT_NAME) {
    Value module;
    SLOW(import_name(vm, frame->function->globals, name_at(code, ARG),
                     PEEK(1), PEEK(2), &module));
    sp--;
    PEEK(1) = module;
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    Value v;
    SLOW(import_from(vm, PEEK(1), name_at(code, ARG), &v));
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    SLOW(import_star(vm, PEEK(1), name_namespace(frame)));
    sp--;
    DISPATCH();
  }
  TARGET(PRINT_EXPR) {
    SLOW(print_expr(vm, PEEK(1)));
    sp--;
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    Value v;
    ObjStr *name = str_intern_cstr(vm, "__build_class__");
    v = name ? dict_get_str(vm->builtins, name) : UNDEF_VAL;
    if (IS_UNDEF(v))
      SLOW(vm_raise(vm, vm->exc.NameError, "__build_class__ not found"));
    PUSH(v);
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    SYNC();
    int status = gen_yield(vm, task);
    if (status == GEN_LEAVE) return true;
    task = vm->task;
    RESTORE();
    if (status == GEN_ERROR) goto error;
    DISPATCH();
  }
  TARGET(GET_AWAITABLE) {
    Value v;
    SLOW(gen_get_awaitable(vm, PEEK(1), &v));
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(SEND) {
    SYNC();
    int status = gen_send(vm, task, ARG);
    task = vm->task;
    RESTORE();
    if (status == GEN_ERROR) goto error;
    DISPATCH();
  }
  TARGET(GET_AITER) {
    Value v;
    SLOW(get_aiter(vm, PEEK(1), &v));
    PEEK(1) = v;
    DISPATCH();
  }
  TARGET(GET_ANEXT) {
    Value v;
    SLOW(get_anext(vm, PEEK(1), &v));
    PUSH(v);
    DISPATCH();
  }
  TARGET(END_ASYNC_FOR) {
    Value exc = PEEK(1);
    if (!class_is_subclass(vm_class_of(vm, exc), vm->exc.StopAsyncIteration)) {
      sp--;
      task->exception = exc;
      goto unwind_exception;
    }
    Block b = task->blocks[--task->block_count];
    task->handled = task->values[b.depth];
    sp = task->values + b.depth - 1;
    DISPATCH();
  }
  TARGET(SETUP_ANNOTATIONS) DISPATCH();

#ifndef USE_COMPUTED_GOTO
  default: UNREACHABLE();
  }
#endif

error:
  SYNC();
  chain_context(task, task->exception);
  if (!add_traceback(vm, task, frame)) goto unwind_exception;
unwind_exception:
  SYNC();
  if (!unwind(vm, task)) {
    if (gen_exception_left_task(vm, task)) {
      task = vm->task;
      RESTORE();
      goto error;
    }
    return false;
  }
  RESTORE();
  DISPATCH();
}

/* ---- calls from C ---------------------------------------------------------- */

bool vm_call(EddyVM *vm, Value callable, Value *args, int nargs,
             ObjTuple *kwnames, Value *result) {
  Task *task = vm->task;
  int total = nargs + (kwnames ? (int)kwnames->length : 0);
  if (vm->native_depth >= MAX_NATIVE_DEPTH)
    return vm_raise(vm, vm->exc.RecursionError,
                    "maximum recursion depth exceeded");
  if (!task_ensure_stack(vm, task, (size_t)total + 1)) return false;
  size_t slot = task->sp;
  task->values[slot] = callable;
  for (int i = 0; i < total; i++) task->values[slot + 1 + (size_t)i] = args[i];
  task->sp = slot + 1 + (size_t)total;
  bool pushed;
  bool ok = call_value(vm, task, slot, total, kwnames, slot, &pushed);
  if (ok && pushed) {
    task->frames[task->frame_count - 1].native_boundary = true;
    vm->native_depth++;
    ok = vm_run(vm);
    vm->native_depth--;
  }
  if (ok) *result = task->values[slot];
  task->sp = slot;
  return ok;
}
