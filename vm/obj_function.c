/* obj_function.c: functions, methods, code, cells, modules and classes
 * as objects; object's and the singletons' behaviour. See obj_function.h.
 */
#include "vm/obj_function.h"

#include <string.h>

#include "vm/boxed.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/protocol_internal.h"

/* Turns a failed append into MemoryError. */
static bool grew(EddyVM *vm, bool ok) {
  return ok ? true : vm_raise_memory(vm);
}

/* ---- constructors ------------------------------------------------------ */

ObjFunction *function_new(EddyVM *vm, ObjCode *code, ObjDict *globals) {
  ObjFunction *fn = (ObjFunction *)gc_new_object(
      vm, sizeof(ObjFunction), OBJ_FUNCTION, vm->types.function);
  if (!fn) return NULL;
  fn->code = code;
  fn->globals = globals;
  fn->name = code->name;
  fn->qualname = code->qualname ? code->qualname : code->name;
  fn->doc = NONE_VAL;
  fn->module = NONE_VAL;
  if (globals) {
    Value module = dict_get_str(globals, vm->str.name);
    if (!IS_UNDEF(module)) fn->module = module;
  }
  return fn;
}

ObjBoundMethod *bound_method_new(EddyVM *vm, Value self, Value function) {
  gc_push_root(vm, self);
  gc_push_root(vm, function);
  ObjBoundMethod *bound = (ObjBoundMethod *)gc_new_object(
      vm, sizeof(ObjBoundMethod), OBJ_BOUND_METHOD, vm->types.method);
  gc_pop_roots(vm, 2);
  if (!bound) return NULL;
  bound->self = self;
  bound->function = function;
  return bound;
}

ObjNative *native_bind(EddyVM *vm, ObjNative *native, Value self) {
  gc_push_root(vm, OBJ_VAL(native));
  gc_push_root(vm, self);
  ObjNative *copy = (ObjNative *)gc_new_object(vm, sizeof(ObjNative),
                                               OBJ_NATIVE, native->obj.cls);
  gc_pop_roots(vm, 2);
  if (!copy) return NULL;
  copy->fn = native->fn;
  copy->name = native->name;
  copy->self = self;
  copy->module = native->module;
  copy->data = native->data;
  copy->is_method = native->is_method;
  return copy;
}

ObjCell *cell_new(EddyVM *vm, Value value) {
  gc_push_root(vm, value);
  ObjCell *cell =
      (ObjCell *)gc_new_object(vm, sizeof(ObjCell), OBJ_CELL, vm->types.cell);
  gc_pop_roots(vm, 1);
  if (!cell) return NULL;
  cell->value = value;
  return cell;
}

ObjModule *module_new(EddyVM *vm, ObjStr *name, Value file) {
  gc_push_root(vm, OBJ_VAL(name));
  gc_push_root(vm, file);
  ObjModule *module = (ObjModule *)gc_new_object(vm, sizeof(ObjModule),
                                                 OBJ_MODULE, vm->types.module);
  bool ok = module != NULL;
  if (ok) {
    module->name = name;
    module->file = file;
    gc_push_root(vm, OBJ_VAL(module));
    module->dict = dict_new(vm);
    ok = module->dict &&
         dict_set_str(vm, module->dict, vm->str.name, OBJ_VAL(name)) &&
         dict_set_str(vm, module->dict, vm->str.doc, NONE_VAL);
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 2);
  return ok ? module : NULL;
}

/* ---- names and reprs ---------------------------------------------------- */

int64_t object_hash_default(const Obj *obj) {
  uintptr_t p = (uintptr_t)obj;
  int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof p - 4)));
  return h == -1 ? -2 : h;
}

/* True when [module] names the builtins module. */
static bool is_builtins_module(EddyVM *vm, Value module) {
  return IS_STR(module) && (AS_STR(module) == vm->str.builtins ||
                            str_equal(AS_STR(module), vm->str.builtins));
}

bool class_full_name(EddyVM *vm, ObjClass *cls, ByteBuf *out) {
  ObjStr *qualname = cls->qualname ? cls->qualname : cls->name;
  bool ok = true;
  if (IS_STR(cls->module) && !is_builtins_module(vm, cls->module)) {
    ok = buf_puts(out, AS_STR(cls->module)->chars) && buf_putc(out, '.');
  }
  return grew(vm, ok && buf_puts(out, qualname->chars));
}

bool object_repr_default(EddyVM *vm, Value v, ByteBuf *out) {
  ObjClass *cls = vm_class_of(vm, v);
  return grew(vm, buf_putc(out, '<')) && class_full_name(vm, cls, out) &&
         grew(vm, buf_printf(out, " object at %p>", (void *)AS_OBJ(v)));
}

static bool function_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjFunction *fn = AS_FUNCTION(v);
  ObjStr *name = fn->qualname ? fn->qualname : fn->name;
  return grew(vm, buf_printf(out, "<function %s at %p>",
                             name ? name->chars : "?", (void *)fn));
}

/* The class a method native was defined in, or NULL. */
static ObjClass *native_owner(ObjNative *native) {
  return IS_CLASS(native->module) ? AS_CLASS(native->module) : NULL;
}

static bool native_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjNative *native = AS_NATIVE(v);
  const char *name = native->name->chars;
  ObjClass *owner = native_owner(native);
  if (!IS_UNDEF(native->self) && !IS_MODULE(native->self)) {
    return grew(vm,
                buf_printf(out, "<built-in method %s of %s object at %p>", name,
                           vm_type_name(vm, native->self),
                           IS_OBJ(native->self) ? (void *)AS_OBJ(native->self)
                                                : (void *)native));
  }
  if (owner) {
    return grew(vm, buf_printf(out, "<method '%s' of '%s' objects>", name,
                               owner->name->chars));
  }
  return grew(vm, buf_printf(out, "<built-in function %s>", name));
}

/* Appends the qualified name of the function or native [fn]. */
static bool callable_qualname(EddyVM *vm, Value fn, ByteBuf *out) {
  if (IS_FUNCTION(fn)) {
    ObjStr *name = AS_FUNCTION(fn)->qualname ? AS_FUNCTION(fn)->qualname
                                             : AS_FUNCTION(fn)->name;
    return grew(vm, buf_puts(out, name ? name->chars : "?"));
  }
  if (IS_NATIVE(fn)) {
    ObjClass *owner = native_owner(AS_NATIVE(fn));
    bool ok =
        !owner || (buf_puts(out, owner->name->chars) && buf_putc(out, '.'));
    return grew(vm, ok && buf_puts(out, AS_NATIVE(fn)->name->chars));
  }
  return grew(vm, buf_puts(out, "?"));
}

static bool bound_method_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjBoundMethod *bound = AS_BOUND_METHOD(v);
  return grew(vm, buf_puts(out, "<bound method ")) &&
         callable_qualname(vm, bound->function, out) &&
         grew(vm, buf_puts(out, " of ")) && value_repr(vm, bound->self, out) &&
         grew(vm, buf_putc(out, '>'));
}

static bool module_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjModule *module = AS_MODULE(v);
  const char *name = module->name ? module->name->chars : "?";
  if (IS_STR(module->file)) {
    return grew(vm, buf_printf(out, "<module '%s' from '%s'>", name,
                               AS_STR(module->file)->chars));
  }
  return grew(vm, buf_printf(out, "<module '%s' (built-in)>", name));
}

static bool class_repr(EddyVM *vm, Value v, ByteBuf *out) {
  return grew(vm, buf_puts(out, "<class '")) &&
         class_full_name(vm, AS_CLASS(v), out) && grew(vm, buf_puts(out, "'>"));
}

static bool code_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjCode *code = AS_CODE(v);
  return grew(vm,
              buf_printf(out, "<code object %s at %p, file \"%s\", line %d>",
                         code->name ? code->name->chars : "?", (void *)code,
                         code->filename ? code->filename->chars : "?",
                         code->firstlineno));
}

static bool cell_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjCell *cell = AS_CELL(v);
  if (IS_UNDEF(cell->value)) {
    return grew(vm, buf_printf(out, "<cell at %p: empty>", (void *)cell));
  }
  const void *target = IS_OBJ(cell->value) ? (const void *)AS_OBJ(cell->value)
                                           : (void *)&cell->value;
  return grew(vm, buf_printf(out, "<cell at %p: %s object at %p>", (void *)cell,
                             vm_type_name(vm, cell->value), target));
}

static bool traceback_repr(EddyVM *vm, Value v, ByteBuf *out) {
  return grew(vm,
              buf_printf(out, "<traceback object at %p>", (void *)AS_OBJ(v)));
}

/* repr of the singletons Ellipsis and NotImplemented. */
static bool singleton_repr(EddyVM *vm, Value v, ByteBuf *out) {
  bool ellipsis = value_is(v, vm->ellipsis);
  return grew(vm, buf_puts(out, ellipsis ? "Ellipsis" : "NotImplemented"));
}

static bool none_repr(EddyVM *vm, Value v, ByteBuf *out) {
  (void)v;
  return grew(vm, buf_puts(out, "None"));
}

/* ---- hash and equality -------------------------------------------------- */

static bool identity_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  *out = IS_OBJ(v) ? object_hash_default(AS_OBJ(v)) : 0x5f3759df;
  return true;
}

static bool identity_eq(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = value_is(a, b);
  return true;
}

/* Bound methods are equal when they bind the same object to the same
 * function. */
static bool bound_method_eq(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = IS_BOUND_METHOD(b) &&
         value_is(AS_BOUND_METHOD(a)->self, AS_BOUND_METHOD(b)->self) &&
         value_is(AS_BOUND_METHOD(a)->function, AS_BOUND_METHOD(b)->function);
  return true;
}

/* The hash of a bound value for method hashes: by identity. */
static int64_t self_hash(Value v) {
  return IS_OBJ(v) ? object_hash_default(AS_OBJ(v)) : (int64_t)v.as.i;
}

static bool bound_method_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  ObjBoundMethod *bound = AS_BOUND_METHOD(v);
  int64_t h = self_hash(bound->self) ^ self_hash(bound->function);
  *out = h == -1 ? -2 : h;
  return true;
}

/* Built-ins compare equal when the same C function is bound to the same
 * object. */
static bool native_eq(EddyVM *vm, Value a, Value b, bool *out) {
  (void)vm;
  *out = IS_NATIVE(b) && AS_NATIVE(a)->fn == AS_NATIVE(b)->fn &&
         value_is(AS_NATIVE(a)->self, AS_NATIVE(b)->self) &&
         AS_NATIVE(a)->name == AS_NATIVE(b)->name;
  return true;
}

static bool native_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  ObjNative *native = AS_NATIVE(v);
  int64_t h =
      self_hash(native->self) ^ object_hash_default((Obj *)native->name);
  *out = h == -1 ? -2 : h;
  return true;
}

static bool none_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  (void)v;
  *out = 0xfca86420; /* any fixed value: None is one object */
  return true;
}

static bool false_truth(EddyVM *vm, Value v, bool *out) {
  (void)vm;
  (void)v;
  *out = false;
  return true;
}

static const TypeOps object_ops = {
    .repr = object_repr_default, .hash = identity_hash, .eq = identity_eq};
static const TypeOps function_ops = {
    .repr = function_repr, .hash = identity_hash, .eq = identity_eq};
static const TypeOps native_ops = {
    .repr = native_repr, .hash = native_hash, .eq = native_eq};
static const TypeOps bound_method_ops = {.repr = bound_method_repr,
                                         .hash = bound_method_hash,
                                         .eq = bound_method_eq};
static const TypeOps module_ops = {
    .repr = module_repr, .hash = identity_hash, .eq = identity_eq};
static const TypeOps class_ops = {
    .repr = class_repr, .hash = identity_hash, .eq = identity_eq};
static const TypeOps code_ops = {
    .repr = code_repr, .hash = identity_hash, .eq = identity_eq};
static const TypeOps cell_ops = {
    .repr = cell_repr, .hash = identity_hash, .eq = identity_eq};
static const TypeOps traceback_ops = {
    .repr = traceback_repr, .hash = identity_hash, .eq = identity_eq};
static const TypeOps none_ops = {.repr = none_repr,
                                 .hash = none_hash,
                                 .eq = identity_eq,
                                 .truth = false_truth};
static const TypeOps singleton_ops = {
    .repr = singleton_repr, .hash = identity_hash, .eq = identity_eq};

/* ---- attributes ------------------------------------------------------- */

/* [*out] = [obj] as a Value, or None for NULL. */
static Value or_none(Obj *obj) { return obj ? OBJ_VAL(obj) : NONE_VAL; }

/* [*dict] made on first use. */
static bool ensure_dict(EddyVM *vm, ObjDict **dict) {
  if (*dict) return true;
  *dict = dict_new(vm);
  return *dict != NULL;
}

/* Attributes of a function object. */
static bool function_attr(EddyVM *vm, ObjFunction *fn, ObjStr *name, Value *out,
                          bool *found) {
  *found = true;
  if (name == vm->str.name)
    *out = or_none((Obj *)fn->name);
  else if (name == vm->str.qualname)
    *out = or_none((Obj *)fn->qualname);
  else if (name == vm->str.doc)
    *out = fn->doc;
  else if (name == vm->str.module)
    *out = fn->module;
  else if (str_equal_cstr(name, "__defaults__"))
    *out = or_none((Obj *)fn->defaults);
  else if (str_equal_cstr(name, "__kwdefaults__"))
    *out = or_none((Obj *)fn->kwdefaults);
  else if (str_equal_cstr(name, "__code__"))
    *out = or_none((Obj *)fn->code);
  else if (str_equal_cstr(name, "__globals__"))
    *out = or_none((Obj *)fn->globals);
  else if (str_equal_cstr(name, "__closure__"))
    *out = or_none((Obj *)fn->closure);
  else if (name == vm->str.dict) {
    if (!ensure_dict(vm, &fn->dict)) return false;
    *out = OBJ_VAL(fn->dict);
  } else {
    *out = fn->dict ? dict_get_str(fn->dict, name) : UNDEF_VAL;
    *found = !IS_UNDEF(*out);
  }
  return true;
}

/* Attributes of a built-in function or method. */
static bool native_attr(EddyVM *vm, ObjNative *native, ObjStr *name, Value *out,
                        bool *found) {
  *found = true;
  ObjClass *owner = native_owner(native);
  if (name == vm->str.name) {
    *out = OBJ_VAL(native->name);
  } else if (name == vm->str.qualname) {
    ByteBuf buf;
    buf_init(&buf);
    bool ok = callable_qualname(vm, OBJ_VAL(native), &buf) &&
              str_value_from_buf(vm, &buf, out);
    buf_free(&buf);
    return ok;
  } else if (name == vm->str.doc) {
    *out = NONE_VAL;
  } else if (name == vm->str.module) {
    *out = owner || !IS_STR(native->module) ? NONE_VAL : native->module;
  } else if (str_equal_cstr(name, "__self__")) {
    *out = IS_UNDEF(native->self) ? NONE_VAL : native->self;
  } else {
    *found = false;
  }
  return true;
}

/* Attributes of a bound method: its own two, then the function's. */
static bool bound_method_attr(EddyVM *vm, ObjBoundMethod *bound, ObjStr *name,
                              Value *out, bool *found) {
  *found = true;
  if (str_equal_cstr(name, "__self__")) {
    *out = bound->self;
    return true;
  }
  if (str_equal_cstr(name, "__func__")) {
    *out = bound->function;
    return true;
  }
  if (name == vm->str.class_) {
    *found = false;
    return true;
  }
  return function_getattr(vm, bound->function, name, out, found);
}

/* The co_* attributes of a code object. */
static bool code_attr(EddyVM *vm, ObjCode *code, ObjStr *name, Value *out,
                      bool *found) {
  static const char *const int_names[] = {
      "co_argcount",    "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
      "co_firstlineno", "co_flags",           "co_stacksize"};
  const int ints[] = {code->argcount,       code->posonlyargcount,
                      code->kwonlyargcount, code->nlocals,
                      code->firstlineno,    code->flags,
                      code->stacksize};
  *found = true;
  for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
    if (str_equal_cstr(name, int_names[i])) {
      *out = INT_VAL(ints[i]);
      return true;
    }
  }
  if (str_equal_cstr(name, "co_name"))
    *out = or_none((Obj *)code->name);
  else if (str_equal_cstr(name, "co_qualname"))
    *out = or_none((Obj *)code->qualname);
  else if (str_equal_cstr(name, "co_filename"))
    *out = or_none((Obj *)code->filename);
  else if (str_equal_cstr(name, "co_varnames"))
    *out = or_none((Obj *)code->varnames);
  else if (str_equal_cstr(name, "co_cellvars"))
    *out = or_none((Obj *)code->cellvars);
  else if (str_equal_cstr(name, "co_freevars"))
    *out = or_none((Obj *)code->freevars);
  else if (str_equal_cstr(name, "co_names"))
    *out = or_none((Obj *)code->names);
  else if (str_equal_cstr(name, "co_consts")) {
    ObjTuple *consts =
        tuple_from_array(vm, code->consts.items, (size_t)code->consts.count);
    if (!consts) return false;
    *out = OBJ_VAL(consts);
  } else {
    *found = false;
  }
  return true;
}

/* Attributes of a module: its namespace, then __dict__. */
static bool module_attr(EddyVM *vm, ObjModule *module, ObjStr *name, Value *out,
                        bool *found) {
  *found = true;
  *out = module->dict ? dict_get_str(module->dict, name) : UNDEF_VAL;
  if (!IS_UNDEF(*out)) return true;
  if (name == vm->str.dict) {
    if (!ensure_dict(vm, &module->dict)) return false;
    *out = OBJ_VAL(module->dict);
  } else if (name == vm->str.name) {
    *out = or_none((Obj *)module->name);
  } else {
    *found = false;
  }
  return true;
}

/* The special attributes of a class; the rest is found along its MRO by
 * the caller. */
static bool class_attr(EddyVM *vm, ObjClass *cls, ObjStr *name, Value *out,
                       bool *found) {
  *found = true;
  if (name == vm->str.name)
    *out = OBJ_VAL(cls->name);
  else if (name == vm->str.qualname)
    *out = OBJ_VAL(cls->qualname ? cls->qualname : cls->name);
  else if (name == vm->str.module)
    *out = cls->module;
  else if (name == vm->str.dict)
    *out = or_none((Obj *)cls->dict);
  else if (str_equal_cstr(name, "__bases__"))
    *out = or_none((Obj *)cls->bases);
  else if (str_equal_cstr(name, "__mro__"))
    *out = or_none((Obj *)cls->mro);
  else if (str_equal_cstr(name, "__base__")) {
    *out = cls->bases && cls->bases->length ? cls->bases->items[0] : NONE_VAL;
  } else if (name == vm->str.doc) {
    *out = cls->dict ? dict_get_str(cls->dict, name) : UNDEF_VAL;
    if (IS_UNDEF(*out)) *out = NONE_VAL;
  } else {
    *found = false;
  }
  return true;
}

/* cell.cell_contents; ValueError "Cell is empty" when unbound. */
static bool cell_attr(EddyVM *vm, ObjCell *cell, ObjStr *name, Value *out,
                      bool *found) {
  *found = str_equal_cstr(name, "cell_contents");
  if (!*found) return true;
  if (IS_UNDEF(cell->value))
    return vm_raise(vm, vm->exc.ValueError, "Cell is empty");
  *out = cell->value;
  return true;
}

/* tb_lineno of a traceback entry. */
static bool traceback_attr(ObjTraceback *tb, ObjStr *name, Value *out,
                           bool *found) {
  *found = str_equal_cstr(name, "tb_lineno");
  if (*found) *out = INT_VAL(tb->line);
  return true;
}

/* fget, fset, fdel and __doc__ of a property; __func__ (and __doc__,
 * the wrapped function's) of a staticmethod or classmethod. */
static bool property_attr(EddyVM *vm, ObjProperty *p, ObjStr *name, Value *out,
                          bool *found) {
  bool is_property = p->obj.cls == vm->types.property;
  *found = true;
  if (is_property && str_equal_cstr(name, "fget")) *out = p->fget;
  else if (is_property && str_equal_cstr(name, "fset")) *out = p->fset;
  else if (is_property && str_equal_cstr(name, "fdel")) *out = p->fdel;
  else if (is_property && str_equal_cstr(name, "__doc__")) *out = p->doc;
  else if (!is_property && str_equal_cstr(name, "__func__")) *out = p->fget;
  else if (!is_property && str_equal_cstr(name, "__doc__"))
    *out = IS_FUNCTION(p->fget) ? AS_FUNCTION(p->fget)->doc : NONE_VAL;
  else *found = false;
  return true;
}

/* The attribute prefix of a generator's kind: gi_, cr_ or ag_. */
static const char *generator_prefix(EddyVM *vm, ObjGenerator *gen) {
  if (gen->obj.cls == vm->types.coroutine) return "cr_";
  if (gen->obj.cls == vm->types.async_generator) return "ag_";
  return "gi_";
}

/* __name__, __qualname__ and the gi_running, gi_suspended and gi_code
 * (cr_..., ag_...) attributes of generators and coroutines. */
static bool generator_attr(EddyVM *vm, ObjGenerator *gen, ObjStr *name,
                           Value *out, bool *found) {
  *found = true;
  if (name == vm->str.name) {
    *out = or_none((Obj *)gen->name);
    return true;
  }
  if (name == vm->str.qualname) {
    *out = or_none((Obj *)gen->qualname);
    return true;
  }
  const char *prefix = generator_prefix(vm, gen);
  if (name->length > 3 && memcmp(name->chars, prefix, 3) == 0) {
    const char *rest = name->chars + 3;
    if (strcmp(rest, "running") == 0) {
      *out = BOOL_VAL(gen->state == GEN_RUNNING);
      return true;
    }
    if (strcmp(rest, "suspended") == 0) {
      *out = BOOL_VAL(gen->state == GEN_SUSPENDED);
      return true;
    }
    if (strcmp(rest, "code") == 0) {
      *out = gen->function ? or_none((Obj *)gen->function->code) : NONE_VAL;
      return true;
    }
  }
  *found = false;
  return true;
}

bool function_getattr(EddyVM *vm, Value v, ObjStr *name, Value *out,
                      bool *found) {
  *found = false;
  if (!IS_OBJ(v)) return true;
  switch (OBJ_TYPE(v)) {
  case OBJ_FUNCTION: return function_attr(vm, AS_FUNCTION(v), name, out, found);
  case OBJ_NATIVE: return native_attr(vm, AS_NATIVE(v), name, out, found);
  case OBJ_BOUND_METHOD:
    return bound_method_attr(vm, AS_BOUND_METHOD(v), name, out, found);
  case OBJ_CODE: return code_attr(vm, AS_CODE(v), name, out, found);
  case OBJ_MODULE: return module_attr(vm, AS_MODULE(v), name, out, found);
  case OBJ_CLASS: return class_attr(vm, AS_CLASS(v), name, out, found);
  case OBJ_CELL: return cell_attr(vm, AS_CELL(v), name, out, found);
  case OBJ_PROPERTY:
    return property_attr(vm, AS_PROPERTY(v), name, out, found);
  case OBJ_TRACEBACK:
    return traceback_attr((ObjTraceback *)AS_OBJ(v), name, out, found);
  case OBJ_FRAME_HOLDER:
    return generator_attr(vm, (ObjGenerator *)AS_OBJ(v), name, out, found);
  default: return true;
  }
}

/* Sets one of the special attributes of [fn]; [*done] when [name] is
 * one of them. */
static bool set_special(EddyVM *vm, ObjFunction *fn, ObjStr *name, Value value,
                        bool *done) {
  *done = true;
  if (name == vm->str.name || name == vm->str.qualname) {
    if (!IS_STR(value)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "%s must be set to a string object", name->chars);
    }
    if (name == vm->str.name)
      fn->name = AS_STR(value);
    else
      fn->qualname = AS_STR(value);
  } else if (name == vm->str.doc) {
    fn->doc = value;
  } else if (name == vm->str.module) {
    fn->module = value;
  } else if (str_equal_cstr(name, "__defaults__")) {
    if (!IS_NONE(value) && !IS_TUPLE(value)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "__defaults__ must be set to a tuple object");
    }
    fn->defaults =
        IS_NONE(value) || AS_TUPLE(value)->length == 0 ? NULL : AS_TUPLE(value);
  } else if (str_equal_cstr(name, "__kwdefaults__")) {
    if (!IS_NONE(value) && !IS_DICT(value)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "__kwdefaults__ must be set to a dict object");
    }
    fn->kwdefaults = IS_NONE(value) ? NULL : AS_DICT(value);
  } else if (name == vm->str.dict) {
    if (!IS_DICT(value)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "__dict__ must be set to a dictionary, not a '%s'",
                      vm_type_name(vm, value));
    }
    fn->dict = AS_DICT(value);
  } else {
    *done = false;
  }
  return true;
}

bool function_setattr(EddyVM *vm, Value v, ObjStr *name, Value value) {
  ObjFunction *fn = AS_FUNCTION(v);
  bool done;
  if (!set_special(vm, fn, name, value, &done)) return false;
  if (done) return true;
  if (!fn->dict) {
    gc_push_root(vm, value);
    gc_push_root(vm, OBJ_VAL(name));
    bool ok = ensure_dict(vm, &fn->dict);
    gc_pop_roots(vm, 2);
    if (!ok) return false;
  }
  return dict_set_str(vm, fn->dict, name, value);
}

bool function_delattr(EddyVM *vm, Value v, ObjStr *name) {
  ObjFunction *fn = AS_FUNCTION(v);
  if (fn->dict && dict_delete_str(fn->dict, name)) return true;
  return vm_raise(vm, vm->exc.AttributeError,
                  "'function' object has no attribute '%s'", name->chars);
}

/* ---- constructors of object and type ---------------------------------- */

/* object(): a new featureless instance. */
static bool object_construct(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  ObjClass *cls = AS_CLASS(args[0]);
  if (cls == vm->types.object &&
      (nargs > 1 || (kwnames && kwnames->length > 0))) {
    return vm_raise(vm, vm->exc.TypeError, "object() takes no arguments");
  }
  Obj *obj = gc_new_object(vm, sizeof(ObjInstance), OBJ_INSTANCE, cls);
  if (!obj) return false;
  *result = OBJ_VAL(obj);
  return true;
}

/* type(x): the class of x. Making classes with type(name, bases, dict)
 * is not supported. */
static bool type_construct(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  /* [nargs] counts the class and the positional arguments. */
  if (nargs == 2 && !native_no_kwargs(vm, "type", kwnames)) return false;
  if (nargs != 2 && nargs != 4)
    return vm_raise(vm, vm->exc.TypeError, "type() takes 1 or 3 arguments");
  if (!native_no_kwargs(vm, "type", kwnames)) return false;
  if (nargs == 4)
    return class_from_type_call(vm, args[1], args[2], args[3], result);
  *result = OBJ_VAL(vm_class_of(vm, args[1]));
  return true;
}

/* NoneType(): None, as CPython's type(None)() gives. */
static bool none_construct(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  (void)args;
  if (nargs > 1 || (kwnames && kwnames->length > 0)) {
    return vm_raise(vm, vm->exc.TypeError, "NoneType takes no arguments");
  }
  *result = NONE_VAL;
  return true;
}

/* ---- object's methods, for super() and explicit calls ------------------ */

/* Checks a call of object.[name] with [min]..[max] arguments after self
 * and no keywords. */
static bool object_args(EddyVM *vm, const char *name, int nargs,
                        ObjTuple *kwnames, int min, int max) {
  return native_no_kwargs(vm, name, kwnames) &&
         native_check_count(vm, name, nargs - 1 < 0 ? -1 : nargs - 1, min, max);
}

/* The str argument naming an attribute, or TypeError. */
static bool attr_name(EddyVM *vm, Value v, ObjStr **out) {
  if (IS_STR(v)) {
    *out = AS_STR(v);
    return true;
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "attribute name must be string, not '%s'",
                  vm_type_name(vm, v));
}

/* object.__init__(self): accepts nothing else. */
static bool object_init(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (nargs != 1 || (kwnames && kwnames->length)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "object.__init__() takes exactly one argument (the "
                    "instance to initialize)");
  }
  (void)args;
  *result = NONE_VAL;
  return true;
}

/* The repr the built-in base of [v]'s class gives it, ignoring any
 * script __repr__: what int.__repr__(x) or super().__repr__() in a
 * subclass of list shows. */
static bool builtin_repr(EddyVM *vm, Value v, ByteBuf *out) {
  v = value_unbox(v);
  if (!IS_OBJ(v)) return value_repr(vm, v, out);
  ObjTuple *mro = vm_class_of(vm, v)->mro;
  for (size_t i = 0; mro && i < mro->length; i++) {
    ObjClass *base = AS_CLASS(mro->items[i]);
    if (!base->is_builtin) continue;
    if (base != vm->types.object && base->ops && base->ops->repr)
      return base->ops->repr(vm, v, out);
    break;
  }
  return object_repr_default(vm, v, out);
}

/* object.__repr__(self) (and the __repr__ the built-in classes inherit
 * from it). */
static bool object_repr_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!object_args(vm, "__repr__", nargs, kwnames, 0, 0)) return false;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = builtin_repr(vm, args[0], &buf) &&
            str_value_from_buf(vm, &buf, result);
  buf_free(&buf);
  return ok;
}

/* object.__str__(self): repr(self), through the class's __repr__. */
static bool object_str_method(EddyVM *vm, Value *args, int nargs,
                              ObjTuple *kwnames, Value *result) {
  return object_args(vm, "__str__", nargs, kwnames, 0, 0) &&
         value_repr_obj(vm, args[0], result);
}

/* object.__eq__(self, other): True for the same object, else
 * NotImplemented. */
static bool object_eq_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!object_args(vm, "__eq__", nargs, kwnames, 1, 1)) return false;
  *result = value_is(args[0], args[1]) ? BOOL_VAL(true) : vm->not_implemented;
  return true;
}

/* object.__ne__(self, other): the inverse of self == other. */
static bool object_ne_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  if (!object_args(vm, "__ne__", nargs, kwnames, 1, 1)) return false;
  Value eq;
  if (!value_compare(vm, COMPARE_EQ, args[0], args[1], &eq)) return false;
  bool truth;
  if (!value_truthy(vm, eq, &truth)) return false;
  *result = BOOL_VAL(!truth);
  return true;
}

/* object.__hash__(self): the identity hash. */
static bool object_hash_method(EddyVM *vm, Value *args, int nargs,
                               ObjTuple *kwnames, Value *result) {
  if (!object_args(vm, "__hash__", nargs, kwnames, 0, 0)) return false;
  *result = INT_VAL(IS_OBJ(args[0]) ? object_hash_default(AS_OBJ(args[0])) : 0);
  return true;
}

/* object.__getattribute__(self, name): lookup without __getattr__. */
static bool object_getattribute(EddyVM *vm, Value *args, int nargs,
                                ObjTuple *kwnames, Value *result) {
  ObjStr *name = NULL;
  bool found;
  if (!object_args(vm, "__getattribute__", nargs, kwnames, 1, 1) ||
      !attr_name(vm, args[1], &name) ||
      !protocol_generic_getattr(vm, args[0], name, result, &found)) {
    return false;
  }
  return found ? true : protocol_no_attribute(vm, args[0], name);
}

/* object.__setattr__(self, name, value): assignment without the
 * script's __setattr__. */
static bool object_setattr(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  ObjStr *name = NULL;
  if (!object_args(vm, "__setattr__", nargs, kwnames, 2, 2) ||
      !attr_name(vm, args[1], &name) ||
      !protocol_generic_setattr(vm, args[0], name, args[2])) {
    return false;
  }
  *result = NONE_VAL;
  return true;
}

/* object.__delattr__(self, name). */
static bool object_delattr(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  ObjStr *name = NULL;
  if (!object_args(vm, "__delattr__", nargs, kwnames, 1, 1) ||
      !attr_name(vm, args[1], &name) ||
      !protocol_generic_delattr(vm, args[0], name)) {
    return false;
  }
  *result = NONE_VAL;
  return true;
}

/* Installs object's methods. */
static bool install_object_methods(EddyVM *vm) {
  static const struct {
    const char *name; /* the method's name */
    NativeFn fn;      /* its implementation */
  } methods[] = {
      {"__init__", object_init},
      {"__repr__", object_repr_method},
      {"__str__", object_str_method},
      {"__eq__", object_eq_method},
      {"__ne__", object_ne_method},
      {"__hash__", object_hash_method},
      {"__getattribute__", object_getattribute},
      {"__setattr__", object_setattr},
      {"__delattr__", object_delattr},
  };
  for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
    if (!native_method(vm, vm->types.object, methods[i].name, methods[i].fn)) {
      return false;
    }
  }
  return true;
}

bool function_install(EddyVM *vm) {
  BuiltinClasses *t = &vm->types;
  t->object->ops = &object_ops;
  t->object->construct = object_construct;
  t->type->ops = &class_ops;
  t->type->construct = type_construct;
  t->none_type->ops = &none_ops;
  t->none_type->construct = none_construct;
  t->function->ops = &function_ops;
  t->builtin_function->ops = &native_ops;
  t->method->ops = &bound_method_ops;
  t->module->ops = &module_ops;
  t->code->ops = &code_ops;
  t->cell->ops = &cell_ops;
  t->traceback->ops = &traceback_ops;
  t->ellipsis->ops = &singleton_ops;
  t->not_implemented_type->ops = &singleton_ops;
  return install_object_methods(vm);
}
