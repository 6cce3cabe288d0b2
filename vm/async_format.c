/* async_format.c: how asyncio names a callback in reprs and reports.
 *
 * This is asyncio.format_helpers: "f(1, 'x') at file.py:3" for a
 * handle, "f() at file.py:3" for a future's done callback. The name is
 * the callable's __qualname__ (else __name__, else its repr), each
 * argument is shortened by reprlib, a functools.partial shows its own
 * arguments before the call's, and only a plain function (once
 * __wrapped__ chains and partials are looked through) has a source
 * location: a bound method or a built-in has none.
 */
#include "vm/async.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/reprlib.h"

/* How many __wrapped__ links are followed before giving up on a loop. */
enum { MAX_UNWRAP = 100 };

/* getattr([v], [name]) into [*out]; false after raising. */
static bool attr(EddyVM *vm, Value v, const char *name, Value *out) {
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return false;
  gc_push_root(vm, OBJ_VAL(key));
  bool ok = value_getattr(vm, v, key, out);
  gc_pop_roots(vm, 1);
  return ok;
}

/* getattr([v], [name]) into [*out], with [*found] false (and nothing
 * raised) when the attribute is missing, as hasattr() sees it. */
static bool optional_attr(EddyVM *vm, Value v, const char *name, Value *out,
                          bool *found) {
  *found = attr(vm, v, name, out);
  if (*found) return true;
  Value exc = vm->task->exception;
  if (!class_is_subclass(vm_class_of(vm, exc), vm->exc.AttributeError))
    return false;
  vm->task->exception = UNDEF_VAL;
  return true;
}

/* isinstance([v], functools.partial): a class of its MRO is functools'
 * partial. */
static bool is_partial(EddyVM *vm, Value v) {
  ObjTuple *mro = vm_class_of(vm, v)->mro;
  for (size_t i = 0; mro && i < mro->length; i++) {
    ObjClass *cls = (ObjClass *)AS_OBJ(mro->items[i]);
    if (str_equal_cstr(cls->name, "partial") && IS_STR(cls->module) &&
        str_equal_cstr(AS_STR(cls->module), "functools"))
      return true;
  }
  return false;
}

/* The parts of the partial [p]: [parts] = func, args, keywords, left
 * on the root stack (three roots) when it succeeds. */
static bool partial_parts(EddyVM *vm, Value p, Value parts[3]) {
  static const char *const names[] = {"func", "args", "keywords"};
  for (int i = 0; i < 3; i++) {
    if (!attr(vm, p, names[i], &parts[i])) {
      gc_pop_roots(vm, i);
      return false;
    }
    gc_push_root(vm, parts[i]);
  }
  return true;
}

/* _format_args_and_kwargs: "(a, b, k=v)" with reprlib reprs. [args] is
 * [nargs] values; [kwargs] a dict or not. */
static bool format_args(EddyVM *vm, const Value *args, size_t nargs,
                        Value kwargs, ByteBuf *out) {
  bool ok = buf_putc(out, '(') || vm_raise_memory(vm);
  size_t count = 0;
  for (size_t i = 0; ok && i < nargs; i++, count++)
    ok = (count == 0 || buf_puts(out, ", ") || vm_raise_memory(vm)) &&
         reprlib_repr(vm, args[i], out);
  size_t pos = 0;
  Value key, value;
  while (ok && IS_DICT(kwargs) &&
         dict_next(AS_DICT(kwargs), &pos, &key, &value)) {
    ok = (count++ == 0 || buf_puts(out, ", ") || vm_raise_memory(vm)) &&
         value_str(vm, key, out) &&
         (buf_putc(out, '=') || vm_raise_memory(vm)) &&
         reprlib_repr(vm, value, out);
  }
  return ok && (buf_putc(out, ')') || vm_raise_memory(vm));
}

/* The name _format_callback gives [fn]: __qualname__, __name__ (the
 * first that is set and true) or repr(). */
static bool format_name(EddyVM *vm, Value fn, ByteBuf *out) {
  static const char *const names[] = {"__qualname__", "__name__"};
  for (int i = 0; i < 2; i++) {
    Value name;
    bool found, truthy = false;
    if (!optional_attr(vm, fn, names[i], &name, &found)) return false;
    if (!found) continue;
    gc_push_root(vm, name);
    bool ok = value_truthy(vm, name, &truthy) &&
              (!truthy || value_str(vm, name, out));
    gc_pop_roots(vm, 1);
    if (!ok || truthy) return ok;
  }
  return value_repr(vm, fn, out);
}

/* The items of [seq] when it is a tuple (whose items never move), as
 * an array and a count; none otherwise. */
static const Value *tuple_items(Value seq, size_t *n) {
  *n = IS_TUPLE(seq) ? AS_TUPLE(seq)->length : 0;
  return IS_TUPLE(seq) ? AS_TUPLE(seq)->items : NULL;
}

/* _format_callback: the name of [fn] then its arguments, a partial's
 * own first. */
static bool format_call(EddyVM *vm, Value fn, const Value *args, size_t nargs,
                        Value kwargs, ByteBuf *out) {
  if (!is_partial(vm, fn)) {
    return format_name(vm, fn, out) &&
           format_args(vm, args, nargs, kwargs, out);
  }
  Value parts[3];
  if (!partial_parts(vm, fn, parts)) return false;
  size_t inner_n;
  const Value *inner = tuple_items(parts[1], &inner_n);
  bool ok = format_call(vm, parts[0], inner, inner_n, parts[2], out) &&
            format_args(vm, args, nargs, kwargs, out);
  gc_pop_roots(vm, 3);
  return ok;
}

/* _get_function_source: into [*code] the code of the plain function
 * behind [fn] (inspect.unwrap, then partials), or NULL. */
static bool function_source(EddyVM *vm, Value fn, ObjCode **code) {
  *code = NULL;
  gc_push_root(vm, fn);
  bool ok = true;
  for (int depth = 0; ok && depth < MAX_UNWRAP; depth++) {
    Value inner;
    bool found;
    ok = optional_attr(vm, fn, "__wrapped__", &inner, &found);
    if (!ok || !found) break;
    fn = inner;
    gc_pop_roots(vm, 1);
    gc_push_root(vm, fn);
  }
  if (ok && IS_FUNCTION(fn))
    *code = AS_FUNCTION(fn)->code;
  else if (ok && is_partial(vm, fn)) {
    Value func;
    ok = attr(vm, fn, "func", &func) && function_source(vm, func, code);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

bool async_format_callback(EddyVM *vm, Value fn, const Value *args,
                           size_t nargs, ByteBuf *out) {
  ObjCode *code;
  if (!format_call(vm, fn, args, nargs, NONE_VAL, out) ||
      !function_source(vm, fn, &code))
    return false;
  if (!code) return true;
  return buf_printf(out, " at %s:%d", code->filename->chars,
                    code->firstlineno) ||
         vm_raise_memory(vm);
}
