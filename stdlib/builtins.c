/* builtins.c: the builtins module's functions about objects in general.
 *
 * len, repr, ascii, hash, id, callable, isinstance, issubclass, the
 * attribute functions (getattr, setattr, hasattr, delattr), iteration (iter,
 * next), format, the namespace functions (globals, locals, vars, dir) and
 * exit/quit. The other parts of the module (builtins_iter.c,
 * builtins_num.c, builtins_io.c) install their own functions from
 * builtins_install.
 *
 * Every function checks its arguments in the order CPython does, so that
 * a wrong call fails with CPython's message: most take no keyword
 * arguments, and that check comes before the count check.
 */
#include "stdlib/builtins.h"

#include <string.h>

#include "stdlib/builtins_internal.h"
#include "vm/exception.h"
#include "vm/format.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"

/* ---- helpers shared by the parts ------------------------------------ */

bool builtins_define_all(EddyVM *vm, const BuiltinDef *defs, size_t count) {
  for (size_t i = 0; i < count; i++) {
    if (!native_define(vm, vm->builtins, defs[i].name, defs[i].fn, false)) {
      return false;
    }
  }
  return true;
}

bool builtins_str_result(EddyVM *vm, ByteBuf *buf, bool ok, Value *out) {
  ObjStr *str = !ok ? NULL : buf->len ? str_from_buf(vm, buf) : vm->str.empty;
  buf_free(buf);
  if (!ok) return vm_raise_memory(vm);
  if (!str) return false;
  *out = OBJ_VAL(str);
  return true;
}

bool builtins_catch(EddyVM *vm, ObjClass *cls) {
  Value exc = vm->task->exception;
  if (IS_UNDEF(exc) || !class_is_subclass(vm_class_of(vm, exc), cls)) {
    return false;
  }
  vm->task->exception = UNDEF_VAL;
  return true;
}

bool builtins_find_method(EddyVM *vm, Value v, const char *name,
                          Value *method) {
  ObjStr *str = str_intern_cstr(vm, name);
  if (!str) return false;
  *method = class_lookup(vm_class_of(vm, v), str);
  return true;
}

bool builtins_bad_keyword(EddyVM *vm, ObjStr *key, const char *fname) {
  return vm_raise(vm, vm->exc.TypeError,
                  "'%s' is an invalid keyword argument for %s()", key->chars,
                  fname);
}

bool builtins_positional(EddyVM *vm, const char *fname, int nargs,
                         ObjTuple *kwnames, int min, int max) {
  return native_no_kwargs(vm, fname, kwnames) &&
         native_check_count(vm, fname, nargs, min, max);
}

/* Checks a call of a built-in that takes exactly one argument and no
 * keywords, as CPython's METH_O functions do. */
static bool one_arg(EddyVM *vm, const char *fname, int nargs,
                    ObjTuple *kwnames) {
  return builtins_positional(vm, fname, nargs, kwnames, 1, 1);
}

/* ---- len, repr, ascii, hash, id, callable ---------------------------- */

/* len(obj) */
static bool builtin_len(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!one_arg(vm, "len", nargs, kwnames)) return false;
  int64_t n;
  if (!value_len(vm, args[0], &n)) return false;
  *result = INT_VAL(n);
  return true;
}

/* repr(obj) */
static bool builtin_repr(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!one_arg(vm, "repr", nargs, kwnames)) return false;
  return value_repr_obj(vm, args[0], result);
}

/* ascii(obj): repr(obj) with every non-ASCII character escaped. */
static bool builtin_ascii(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  if (!one_arg(vm, "ascii", nargs, kwnames)) return false;
  ByteBuf text;
  buf_init(&text);
  if (!format_ascii(vm, args[0], &text)) {
    buf_free(&text);
    return false;
  }
  return builtins_str_result(vm, &text, true, result);
}

/* hash(obj) */
static bool builtin_hash(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!one_arg(vm, "hash", nargs, kwnames)) return false;
  int64_t h;
  if (!value_hash(vm, args[0], &h)) return false;
  *result = INT_VAL(h);
  return true;
}

/* Mixes the bits of an immediate into a well-spread 64-bit number
 * (splitmix64's finaliser). */
static uint64_t mix_bits(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9u;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebu;
  x ^= x >> 31;
  return x;
}

/* id(obj): the address of an object. Immediates have no address, so
 * they get a number derived from their type and bits: equal immediates
 * (which `is` treats as identical) share it, and it is odd, so it never
 * equals an object's (aligned) address. */
static bool builtin_id(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!one_arg(vm, "id", nargs, kwnames)) return false;
  Value v = args[0];
  if (IS_OBJ(v)) {
    *result = INT_VAL((int64_t)(uintptr_t)AS_OBJ(v));
    return true;
  }
  uint64_t bits = 0;
  if (IS_BOOL(v)) bits = AS_BOOL(v);
  if (IS_INT(v)) bits = (uint64_t)AS_INT(v);
  if (IS_FLOAT(v)) memcpy(&bits, &v.as.f, sizeof bits);
  uint64_t id = mix_bits(bits + (uint64_t)v.type * 0x9e3779b97f4a7c15u);
  *result = INT_VAL((int64_t)((id >> 2) | 1));
  return true;
}

/* Whether [v] can be called: functions, methods, classes, and instances
 * of classes with __call__. */
static bool is_callable(EddyVM *vm, Value v) {
  if (IS_FUNCTION(v) || IS_NATIVE(v) || IS_BOUND_METHOD(v) || IS_CLASS(v)) {
    return true;
  }
  return !IS_UNDEF(class_lookup(vm_class_of(vm, v), vm->str.call));
}

/* callable(obj) */
static bool builtin_callable(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!one_arg(vm, "callable", nargs, kwnames)) return false;
  *result = BOOL_VAL(is_callable(vm, args[0]));
  return true;
}

/* ---- isinstance, issubclass ------------------------------------------ */

/* Guards the recursion of isinstance/issubclass into nested tuples. */
static bool check_depth(EddyVM *vm, int depth, const char *what) {
  if (depth <= vm->recursion_limit) return true;
  return vm_raise(vm, vm->exc.RecursionError,
                  "maximum recursion depth exceeded in %s", what);
}

/* [*out] = isinstance([obj], [spec]) where [spec] is a class or a
 * (possibly nested) tuple of classes; items are tried in order, so an
 * invalid item after a match is never seen, as in CPython. */
static bool instance_of(EddyVM *vm, Value obj, Value spec, int depth,
                        bool *out) {
  if (!check_depth(vm, depth, "__instancecheck__")) return false;
  if (IS_CLASS(spec)) {
    *out = class_is_subclass(vm_class_of(vm, obj), AS_CLASS(spec));
    return true;
  }
  if (!IS_TUPLE(spec)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, "
                    "or a union");
  }
  ObjTuple *tuple = AS_TUPLE(spec);
  *out = false;
  for (size_t i = 0; i < tuple->length && !*out; i++) {
    if (!instance_of(vm, obj, tuple->items[i], depth + 1, out)) return false;
  }
  return true;
}

/* isinstance(obj, class_or_tuple) */
static bool builtin_isinstance(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!builtins_positional(vm, "isinstance", nargs, kwnames, 2, 2))
    return false;
  bool is;
  if (!instance_of(vm, args[0], args[1], 0, &is)) return false;
  *result = BOOL_VAL(is);
  return true;
}

/* [*out] = issubclass([cls], [spec]); CPython checks [cls] before
 * [spec] for each class it compares against. */
static bool subclass_of(EddyVM *vm, Value cls, Value spec, int depth,
                        bool *out) {
  if (!check_depth(vm, depth, "__subclasscheck__")) return false;
  if (IS_TUPLE(spec)) {
    ObjTuple *tuple = AS_TUPLE(spec);
    *out = false;
    for (size_t i = 0; i < tuple->length && !*out; i++) {
      if (!subclass_of(vm, cls, tuple->items[i], depth + 1, out)) {
        return false;
      }
    }
    return true;
  }
  if (!IS_CLASS(cls)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "issubclass() arg 1 must be a class");
  }
  if (!IS_CLASS(spec)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "issubclass() arg 2 must be a class, a tuple of "
                    "classes, or a union");
  }
  *out = class_is_subclass(AS_CLASS(cls), AS_CLASS(spec));
  return true;
}

/* issubclass(cls, class_or_tuple) */
static bool builtin_issubclass(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!builtins_positional(vm, "issubclass", nargs, kwnames, 2, 2))
    return false;
  bool is;
  if (!subclass_of(vm, args[0], args[1], 0, &is)) return false;
  *result = BOOL_VAL(is);
  return true;
}

/* ---- attributes ------------------------------------------------------ */

/* Checks that the attribute name [name] is a str, as CPython's
 * getattr/setattr/hasattr/delattr do. */
static bool check_attr_name(EddyVM *vm, Value name) {
  if (IS_STR(name)) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "attribute name must be string, not '%s'",
                  vm_type_name(vm, name));
}

/* getattr(object, name[, default]) */
static bool builtin_getattr(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!builtins_positional(vm, "getattr", nargs, kwnames, 2, 3)) return false;
  if (!check_attr_name(vm, args[1])) return false;
  if (value_getattr(vm, args[0], AS_STR(args[1]), result)) return true;
  if (nargs < 3 || !builtins_catch(vm, vm->exc.AttributeError)) return false;
  *result = args[2];
  return true;
}

/* hasattr(object, name): false when the lookup raises AttributeError;
 * any other exception propagates. */
static bool builtin_hasattr(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!builtins_positional(vm, "hasattr", nargs, kwnames, 2, 2)) return false;
  if (!check_attr_name(vm, args[1])) return false;
  Value ignored;
  if (value_getattr(vm, args[0], AS_STR(args[1]), &ignored)) {
    *result = BOOL_VAL(true);
    return true;
  }
  if (!builtins_catch(vm, vm->exc.AttributeError)) return false;
  *result = BOOL_VAL(false);
  return true;
}

/* setattr(object, name, value) */
static bool builtin_setattr(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!builtins_positional(vm, "setattr", nargs, kwnames, 3, 3)) return false;
  if (!check_attr_name(vm, args[1])) return false;
  if (!value_setattr(vm, args[0], AS_STR(args[1]), args[2])) return false;
  *result = NONE_VAL;
  return true;
}

/* delattr(object, name) */
static bool builtin_delattr(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  if (!builtins_positional(vm, "delattr", nargs, kwnames, 2, 2)) return false;
  if (!check_attr_name(vm, args[1])) return false;
  if (!value_delattr(vm, args[0], AS_STR(args[1]))) return false;
  *result = NONE_VAL;
  return true;
}

/* ---- iteration ------------------------------------------------------- */

/* Advances the callable_iterator [it]: calls its function ([source])
 * and stops when the result equals the sentinel ([extra]). */
static bool callable_iter_next(EddyVM *vm, ObjIterator *it, Value *out,
                               bool *done) {
  if (it->exhausted) {
    *done = true;
    return true;
  }
  Value v;
  if (!vm_call(vm, it->source, NULL, 0, NULL, &v)) return false;
  gc_push_root(vm, v);
  bool equal;
  bool ok = value_eq(vm, v, it->extra, &equal);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  if (equal) {
    it->exhausted = true;
    *done = true;
    return true;
  }
  *out = v;
  return true;
}

/* iter(callable, sentinel): an iterator calling [callable] until it
 * returns [sentinel]. */
static bool new_callable_iter(EddyVM *vm, Value callable, Value sentinel,
                              Value *result) {
  if (!is_callable(vm, callable)) {
    return vm_raise(vm, vm->exc.TypeError, "iter(v, w): v must be callable");
  }
  ObjIterator *it = (ObjIterator *)gc_new_object(
      vm, sizeof(ObjIterator), OBJ_ITERATOR, vm->types.callable_iterator);
  if (!it) return false;
  it->next = callable_iter_next;
  it->source = callable;
  it->extra = sentinel;
  *result = OBJ_VAL(it);
  return true;
}

/* iter(object) or iter(callable, sentinel) */
static bool builtin_iter(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!builtins_positional(vm, "iter", nargs, kwnames, 1, 2)) return false;
  if (nargs == 2) return new_callable_iter(vm, args[0], args[1], result);
  return value_iter(vm, args[0], result);
}

/* The __next__ a script's class defines for [it], or UNDEF: next()
 * without a default lets whatever it raises pass unchanged. */
static Value script_next_method(EddyVM *vm, Value it) {
  if (!IS_OBJ(it) || IS_CLASS(it) || IS_ITERATOR(it) || IS_GENERATOR(it))
    return UNDEF_VAL;
  Value method = class_lookup(AS_OBJ(it)->cls, vm->str.next);
  return IS_FUNCTION(method) ? method : UNDEF_VAL;
}

/* next(iterator[, default]): the end of a generator raises
 * StopIteration carrying its return value. */
static bool builtin_next(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!builtins_positional(vm, "next", nargs, kwnames, 1, 2)) return false;
  Value method = nargs == 1 ? script_next_method(vm, args[0]) : UNDEF_VAL;
  if (!IS_UNDEF(method)) return vm_call(vm, method, args, 1, NULL, result);
  bool done = false;
  if (!value_next(vm, args[0], result, &done)) return false;
  if (!done) return true;
  if (nargs == 2) {
    *result = args[1];
    return true;
  }
  if (!IS_NONE(*result))
    return vm_raise_with_arg(vm, vm->exc.StopIteration, *result);
  return vm_raise_value(vm, OBJ_VAL(vm->exc.StopIteration));
}

/* ---- format ---------------------------------------------------------- */

/* format(value[, format_spec]) */
static bool builtin_format(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (!builtins_positional(vm, "format", nargs, kwnames, 1, 2)) return false;
  ObjStr *spec = vm->str.empty;
  if (nargs == 2) {
    if (!IS_STR(args[1])) {
      return vm_raise(vm, vm->exc.TypeError,
                      "format() argument 2 must be str, not %s",
                      vm_type_name(vm, args[1]));
    }
    spec = AS_STR(args[1]);
  }
  return format_value(vm, args[0], spec, result);
}

/* ---- namespaces -------------------------------------------------------- */

/* The frame of the script code that called the running built-in, or
 * NULL at the top level of a host call. */
static CallFrame *caller_frame(EddyVM *vm) {
  Task *task = vm->task;
  if (!task || task->frame_count == 0) return NULL;
  return &task->frames[task->frame_count - 1];
}

/* globals() */
static bool builtin_globals(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  (void)args;
  if (!builtins_positional(vm, "globals", nargs, kwnames, 0, 0)) return false;
  CallFrame *frame = caller_frame(vm);
  if (!frame) return vm_raise(vm, vm->exc.RuntimeError, "no current frame");
  *result = OBJ_VAL(frame->function->globals);
  return true;
}

/* Enters in [dict] the [count] variables named by [names] whose values
 * (or cells holding them) are in the stack slots from [first] of the
 * caller's frame; an unbound one is left out (removed, when an earlier
 * slot of the same name entered it). */
static bool add_slots(EddyVM *vm, ObjDict *dict, ObjTuple *names, size_t first,
                      size_t count) {
  for (size_t i = 0; i < count; i++) {
    Value v = vm->task->values[first + i];
    if (IS_OBJ_TYPE(v, OBJ_CELL)) v = AS_CELL(v)->value;
    ObjStr *name = AS_STR(names->items[i]);
    if (IS_UNDEF(v)) {
      dict_delete_str(dict, name);
    } else if (!dict_set_str(vm, dict, name, v)) {
      return false;
    }
  }
  return true;
}

/* A new dict of the bound variables of the function running in [frame]
 * (locals, then cells, then free variables, as the frame lays them
 * out), as locals() returns it: a snapshot, not a live view. */
static bool locals_snapshot(EddyVM *vm, CallFrame *frame, Value *result) {
  ObjDict *dict = dict_new(vm);
  if (!dict) return false;
  gc_push_root(vm, OBJ_VAL(dict));
  ObjCode *code = frame->code;
  size_t base = frame->base, nlocals = (size_t)code->nlocals;
  size_t ncells = code->cellvars->length;
  bool ok = add_slots(vm, dict, code->varnames, base, nlocals) &&
            add_slots(vm, dict, code->cellvars, base + nlocals, ncells) &&
            add_slots(vm, dict, code->freevars, base + nlocals + ncells,
                      code->freevars->length);
  gc_pop_roots(vm, 1);
  if (ok) *result = OBJ_VAL(dict);
  return ok;
}

/* locals() at module level is globals(); in a function, a snapshot of
 * its bound locals. Class bodies are not supported. */
static bool current_locals(EddyVM *vm, Value *result) {
  CallFrame *frame = caller_frame(vm);
  if (!frame) return vm_raise(vm, vm->exc.RuntimeError, "no current frame");
  if (frame->code->flags & CODE_MODULE) {
    *result = OBJ_VAL(frame->function->globals);
    return true;
  }
  if (frame->code->flags & CODE_CLASS_BODY) {
    return vm_raise(vm, vm->exc.RuntimeError,
                    "locals() in a class body is not supported by Eddy");
  }
  return locals_snapshot(vm, frame, result);
}

/* locals() */
static bool builtin_locals(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  (void)args;
  if (!builtins_positional(vm, "locals", nargs, kwnames, 0, 0)) return false;
  return current_locals(vm, result);
}

/* vars([object]): locals(), or object.__dict__. */
static bool builtin_vars(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  if (!builtins_positional(vm, "vars", nargs, kwnames, 0, 1)) return false;
  if (nargs == 0) return current_locals(vm, result);
  if (value_getattr(vm, args[0], vm->str.dict, result)) return true;
  if (!builtins_catch(vm, vm->exc.AttributeError)) return false;
  return vm_raise(vm, vm->exc.TypeError,
                  "vars() argument must have __dict__ attribute");
}

/* Adds the keys of [dict] (when not NULL) to the set-like dict [names],
 * all but [skip] (when not NULL). */
static bool add_names_but(EddyVM *vm, ObjDict *names, ObjDict *dict,
                          ObjStr *skip) {
  if (!dict) return true;
  size_t pos = 0;
  Value key;
  while (dict_next(dict, &pos, &key, NULL)) {
    if (skip && IS_STR(key) && str_equal(AS_STR(key), skip)) continue;
    if (!dict_set(vm, names, key, NONE_VAL)) return false;
  }
  return true;
}

/* Adds the keys of [dict] (when not NULL) to [names]. */
static bool add_names(EddyVM *vm, ObjDict *names, ObjDict *dict) {
  return add_names_but(vm, names, dict, NULL);
}

/* Whether [cls] is one of Eddy's built-in classes (its __module__ is
 * builtins). */
static bool is_builtin_class(EddyVM *vm, ObjClass *cls) {
  return IS_STR(cls->module) && str_equal(AS_STR(cls->module),
                                          vm->str.builtins);
}

/* The dict of attributes [obj] carries itself, or NULL. */
static ObjDict *own_dict(Value obj) {
  if (!IS_OBJ(obj)) return NULL;
  switch (OBJ_TYPE(obj)) {
  case OBJ_INSTANCE: return AS_INSTANCE(obj)->dict;
  case OBJ_EXCEPTION: return AS_EXCEPTION(obj)->dict;
  case OBJ_MODULE: return AS_MODULE(obj)->dict;
  case OBJ_FUNCTION: return AS_FUNCTION(obj)->dict;
  default: return NULL;
  }
}

/* The attributes Eddy computes rather than keeps in a dict, which
 * CPython's dir() lists for functions, built-in functions and bound
 * methods. */
static const char *const function_names[] = {
    "__closure__", "__code__",       "__defaults__", "__dict__",
    "__doc__",     "__globals__",    "__kwdefaults__", "__module__",
    "__name__",    "__qualname__",   NULL};
static const char *const native_names[] = {
    "__doc__", "__module__", "__name__", "__qualname__", "__self__", NULL};
static const char *const method_names[] = {"__doc__", "__func__", "__self__",
                                           NULL};

/* Whether instances of [cls] carry a __dict__, in [*out]: when some
 * script class along its MRO defines no __slots__. */
static bool class_has_dict(EddyVM *vm, ObjClass *cls, bool *out) {
  ObjStr *slots = str_intern_cstr(vm, "__slots__");
  if (!slots) return false;
  *out = false;
  ObjTuple *mro = cls->mro;
  for (size_t i = 0; mro && i < mro->length && !*out; i++) {
    ObjClass *base = AS_CLASS(mro->items[i]);
    *out = !is_builtin_class(vm, base) &&
           IS_UNDEF(dict_get_str(base->dict, slots));
  }
  return true;
}

/* Adds each name of the NULL-terminated [list] to [names]. */
static bool add_cnames(EddyVM *vm, ObjDict *names, const char *const *list) {
  for (; *list; list++) {
    ObjStr *name = str_intern_cstr(vm, *list);
    if (!name || !dict_set(vm, names, OBJ_VAL(name), NONE_VAL)) return false;
  }
  return true;
}

/* Adds the computed attributes of [obj]: __class__ always, __dict__ for
 * a script class (CPython's classes hold it as a descriptor) and for an
 * instance that has one, and those of functions and methods. */
static bool add_computed(EddyVM *vm, ObjDict *names, Value obj) {
  static const char *const class_only[] = {"__class__", NULL};
  static const char *const with_dict[] = {"__class__", "__dict__", NULL};
  bool has_dict;
  if (IS_CLASS(obj)) {
    if (!class_has_dict(vm, AS_CLASS(obj), &has_dict)) return false;
  } else if (IS_OBJ_TYPE(obj, OBJ_INSTANCE) ||
             IS_OBJ_TYPE(obj, OBJ_EXCEPTION)) {
    Value dict;
    has_dict = value_getattr(vm, obj, vm->str.dict, &dict);
    if (!has_dict && !builtins_catch(vm, vm->exc.AttributeError)) return false;
  } else {
    has_dict = false;
  }
  if (!add_cnames(vm, names, has_dict ? with_dict : class_only)) return false;
  if (IS_FUNCTION(obj)) return add_cnames(vm, names, function_names);
  if (IS_OBJ_TYPE(obj, OBJ_NATIVE)) return add_cnames(vm, names, native_names);
  if (IS_OBJ_TYPE(obj, OBJ_BOUND_METHOD))
    return add_cnames(vm, names, method_names);
  return true;
}

/* Adds to [names] the attribute names of [obj]: its own dict, its
 * computed attributes, then the dicts along the MRO of its class (or of
 * itself, for a class); the __module__ entry of a built-in class is left
 * out, as CPython keeps it on the metaclass. A module's names are those
 * of its namespace only, as CPython's module.__dir__ gives them. */
static bool collect_names(EddyVM *vm, ObjDict *names, Value obj) {
  if (!add_names(vm, names, own_dict(obj))) return false;
  if (IS_MODULE(obj)) return true;
  if (!add_computed(vm, names, obj)) return false;
  ObjClass *cls = IS_CLASS(obj) ? AS_CLASS(obj) : vm_class_of(vm, obj);
  ObjTuple *mro = cls->mro;
  for (size_t i = 0; mro && i < mro->length; i++) {
    ObjClass *base = AS_CLASS(mro->items[i]);
    ObjStr *skip = is_builtin_class(vm, base) ? vm->str.module : NULL;
    if (!add_names_but(vm, names, base->dict, skip)) return false;
  }
  return true;
}

/* The sorted list of the keys of the dict [names], in [*result]. */
static bool sorted_keys(EddyVM *vm, ObjDict *names, Value *result) {
  if (!value_to_list(vm, OBJ_VAL(names), result)) return false;
  gc_push_root(vm, *result);
  bool ok = builtins_sort_list(vm, *result);
  gc_pop_roots(vm, 1);
  return ok;
}

/* dir(obj) for an [obj] whose class defines __dir__ (Eddy's object
 * has none, so it is a script's): the sorted list of what it returns.
 * [*found] tells whether there was one. */
static bool custom_dir(EddyVM *vm, Value obj, bool *found, Value *result) {
  Value method, names;
  *found = false;
  if (IS_CLASS(obj)) return true;
  if (!builtins_find_method(vm, obj, "__dir__", &method)) return false;
  if (IS_UNDEF(method)) return true;
  *found = true;
  if (!vm_call(vm, method, &obj, 1, NULL, &names)) return false;
  gc_push_root(vm, names);
  bool ok = value_to_list(vm, names, result);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  gc_push_root(vm, *result);
  ok = builtins_sort_list(vm, *result);
  gc_pop_roots(vm, 1);
  return ok;
}

/* dir([object]): the sorted names in the current scope, or the
 * attributes of [object] (its own and its class's), or the sorted
 * result of its class's __dir__. */
static bool builtin_dir(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!builtins_positional(vm, "dir", nargs, kwnames, 0, 1)) return false;
  bool custom = false;
  if (nargs == 1 && !custom_dir(vm, args[0], &custom, result)) return false;
  if (custom) return true;
  ObjDict *names = dict_new(vm);
  if (!names) return false;
  gc_push_root(vm, OBJ_VAL(names));
  bool ok;
  if (nargs == 0) {
    Value scope;
    ok = current_locals(vm, &scope);
    if (ok) {
      gc_push_root(vm, scope);
      ok = add_names(vm, names, AS_DICT(scope));
      gc_pop_roots(vm, 1);
    }
  } else {
    ok = collect_names(vm, names, args[0]);
  }
  ok = ok && sorted_keys(vm, names, result);
  gc_pop_roots(vm, 1);
  return ok;
}

/* ---- exit ------------------------------------------------------------ */

/* exit([code]) and quit([code]): raise SystemExit(code). */
static bool builtin_exit(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  (void)result;
  Value code = nargs >= 1 ? args[0] : NONE_VAL;
  int nkw = kwnames ? (int)kwnames->length : 0;
  for (int i = 0; i < nkw; i++) {
    ObjStr *key = AS_STR(kwnames->items[i]);
    if (!str_equal_cstr(key, "code")) {
      return vm_raise(vm, vm->exc.TypeError,
                      "Quitter.__call__() got an unexpected keyword "
                      "argument '%s'",
                      key->chars);
    }
    if (nargs >= 1) {
      return vm_raise(vm, vm->exc.TypeError,
                      "Quitter.__call__() got multiple values for "
                      "argument 'code'");
    }
    code = args[nargs + i];
  }
  if (nargs > 1) {
    return vm_raise(vm, vm->exc.TypeError,
                    "Quitter.__call__() takes from 1 to 2 positional "
                    "arguments but %d were given",
                    nargs + 1);
  }
  return vm_raise_with_arg(vm, vm->exc.SystemExit, code);
}

/* ---- installation ------------------------------------------------------ */

static const BuiltinDef object_builtins[] = {
    {"len", builtin_len},
    {"repr", builtin_repr},
    {"ascii", builtin_ascii},
    {"hash", builtin_hash},
    {"id", builtin_id},
    {"callable", builtin_callable},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"getattr", builtin_getattr},
    {"hasattr", builtin_hasattr},
    {"setattr", builtin_setattr},
    {"delattr", builtin_delattr},
    {"iter", builtin_iter},
    {"next", builtin_next},
    {"format", builtin_format},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
    {"vars", builtin_vars},
    {"dir", builtin_dir},
    {"exit", builtin_exit},
    {"quit", builtin_exit},
};

bool builtins_install(EddyVM *vm) {
  size_t n = sizeof object_builtins / sizeof object_builtins[0];
  return builtins_define_all(vm, object_builtins, n) &&
         builtins_iter_install(vm) && builtins_num_install(vm) &&
         builtins_io_install(vm) && builtins_help_install(vm);
}
