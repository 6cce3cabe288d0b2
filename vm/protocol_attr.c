/* protocol_attr.c: attribute access on any value (getattr, setattr,
 * delattr) and the MRO lookup behind it.
 *
 * Reading `v.name` follows CPython's object.__getattribute__ in a
 * reduced form:
 *   1. a data descriptor (property) found on the class wins;
 *   2. then the value's own attributes: an instance's __dict__, an
 *      exception's fields, a function's or module's namespace and the
 *      special attributes of the interpreter's objects (obj_function.c);
 *   3. then what the class holds, bound to the value when it is a
 *      function (a bound method, or for a built-in a copy of the native
 *      with self set), unwrapped when it is a staticmethod or
 *      classmethod;
 *   4. then a script class's __getattr__, then AttributeError.
 * Classes look along their own MRO instead (functions come back
 * unbound), modules in their namespace. User-defined descriptors with
 * __get__/__set__ would plug in at descriptor_get / descriptor_set.
 */
#include <string.h>

#include "vm/boxed.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_function.h"
#include "vm/obj_str.h"
#include "vm/protocol_internal.h"

/* [name] looked up in the dicts of [cls]'s MRO, in order. */
static Value mro_lookup(ObjClass *cls, ObjStr *name) {
  for (size_t i = 0; i < cls->mro->length; i++) {
    ObjClass *c = AS_CLASS(cls->mro->items[i]);
    if (!c->dict) continue;
    Value v = dict_get_str(c->dict, name);
    if (!IS_UNDEF(v)) return v;
  }
  return UNDEF_VAL;
}

Value class_lookup(ObjClass *cls, ObjStr *name) {
  if (!cls->mro) {
    return cls->dict ? dict_get_str(cls->dict, name) : UNDEF_VAL;
  }
  if (!cls->dict || !cls->dict->epoch) return mro_lookup(cls, name);
  if (!cls->cache) {
    cls->cache = calloc(CLASS_CACHE_SIZE, sizeof(ClassCacheEntry));
    if (!cls->cache) return mro_lookup(cls, name); /* no memory: no cache */
  }
  uint64_t stamp = *cls->dict->epoch;
  /* Fibonacci hashing (names sit close together in memory, so their low
   * address bits alone would collide) into pairs of entries. */
  uint64_t bits = (uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15ULL;
  size_t slot = (size_t)(bits >> 58) & (CLASS_CACHE_SIZE - 2); /* even */
  ClassCacheEntry *pair = &cls->cache[slot];
  for (int i = 0; i < 2; i++)
    if (pair[i].name == name && pair[i].stamp == stamp) return pair[i].value;
  Value v = mro_lookup(cls, name);
  /* Replace a stale entry if there is one, else the second. */
  ClassCacheEntry *entry = pair[0].stamp != stamp ? &pair[0] : &pair[1];
  entry->name = name;
  entry->stamp = stamp;
  entry->value = v;
  return v;
}

/* ---- descriptors ----------------------------------------------------------
 */

/* The kinds of class attributes that do not simply come back as they
 * are. */
typedef enum {
  DESC_NONE,     /* a plain value (or a function: bound separately) */
  DESC_PROPERTY, /* property: a data descriptor */
  DESC_SCRIPT,   /* an object whose script class defines __get__ only */
  DESC_SCRIPT_DATA, /* ... and __set__ or __delete__: a data descriptor */
  DESC_STATIC,   /* staticmethod */
  DESC_CLASS,    /* classmethod */
} DescKind;

/* The method [name] of the script class of [attr], or UNDEF. */
static Value script_hook(EddyVM *vm, Value attr, const char *name) {
  ObjStr *key = str_intern_cstr(vm, name);
  return key ? class_lookup(AS_OBJ(attr)->cls, key) : UNDEF_VAL;
}

/* What kind of descriptor an instance of a script class is. */
static DescKind script_descriptor_kind(EddyVM *vm, Value attr) {
  if (IS_UNDEF(script_hook(vm, attr, "__get__")) &&
      IS_UNDEF(script_hook(vm, attr, "__set__")) &&
      IS_UNDEF(script_hook(vm, attr, "__delete__")))
    return DESC_NONE;
  if (!IS_UNDEF(script_hook(vm, attr, "__set__")) ||
      !IS_UNDEF(script_hook(vm, attr, "__delete__")))
    return DESC_SCRIPT_DATA;
  return DESC_SCRIPT;
}

static DescKind descriptor_kind(EddyVM *vm, Value attr) {
  if (IS_INSTANCE(attr) && !AS_OBJ(attr)->cls->is_builtin)
    return script_descriptor_kind(vm, attr);
  if (!IS_PROPERTY(attr)) return DESC_NONE;
  ObjClass *cls = AS_OBJ(attr)->cls;
  if (class_is_subclass(cls, vm->types.staticmethod)) return DESC_STATIC;
  if (class_is_subclass(cls, vm->types.classmethod)) return DESC_CLASS;
  return DESC_PROPERTY;
}

/* Raises "property 'x' of 'A' object has no getter/setter/deleter". */
static bool property_missing(EddyVM *vm, Value v, ObjStr *name,
                             const char *what) {
  return vm_raise(vm, vm->exc.AttributeError,
                  "property '%s' of '%s' object has no %s", name->chars,
                  vm_type_name(vm, v), what);
}

/* Reads the property [prop] of [v]. */
static bool property_get(EddyVM *vm, Value prop, Value v, ObjStr *name,
                         Value *out) {
  Value fget = AS_PROPERTY(prop)->fget;
  if (IS_NONE(fget) || IS_UNDEF(fget)) {
    return property_missing(vm, v, name, "getter");
  }
  return vm_call(vm, fget, &v, 1, NULL, out);
}

/* The value a class attribute [attr] gives when read through the
 * instance [v] (or through the class [v] itself when [on_class]). */
/* attr.__get__(instance, owner) of a script descriptor; [v] is the
 * instance, or the class when [on_class]. Without __get__ (a descriptor
 * with only __set__), the attribute itself. */
static bool script_get(EddyVM *vm, Value attr, Value v, bool on_class,
                       Value *out) {
  Value get = script_hook(vm, attr, "__get__");
  if (IS_UNDEF(get)) {
    *out = attr;
    return true;
  }
  Value args[3] = {attr, on_class ? NONE_VAL : v,
                   on_class ? v : OBJ_VAL(vm_class_of(vm, v))};
  return vm_call(vm, get, args, 3, NULL, out);
}

static bool descriptor_get(EddyVM *vm, Value attr, Value v, bool on_class,
                           Value *out) {
  switch (descriptor_kind(vm, attr)) {
  case DESC_SCRIPT:
  case DESC_SCRIPT_DATA: return script_get(vm, attr, v, on_class, out);
  case DESC_STATIC: *out = AS_PROPERTY(attr)->fget; return true;
  case DESC_CLASS: {
    Value cls = on_class ? v : OBJ_VAL(vm_class_of(vm, v));
    ObjBoundMethod *bound = bound_method_new(vm, cls, AS_PROPERTY(attr)->fget);
    if (!bound) return false;
    *out = OBJ_VAL(bound);
    return true;
  }
  default: break;
  }
  if (on_class) {
    *out = attr;
    return true;
  }
  if (IS_FUNCTION(attr)) {
    ObjBoundMethod *bound = bound_method_new(vm, v, attr);
    if (!bound) return false;
    *out = OBJ_VAL(bound);
    return true;
  }
  if (IS_NATIVE(attr) && AS_NATIVE(attr)->is_method &&
      IS_UNDEF(AS_NATIVE(attr)->self)) {
    /* int's and float's methods see a subclass instance's number. */
    ObjNative *bound = native_bind(vm, AS_NATIVE(attr), value_unbox(v));
    if (!bound) return false;
    *out = OBJ_VAL(bound);
    return true;
  }
  *out = attr;
  return true;
}

/* ---- reading ------------------------------------------------------------ */

/* The __dict__ of the instance [inst], made on first use. */
static bool instance_dict(EddyVM *vm, ObjInstance *inst, ObjDict **out) {
  if (!inst->dict) {
    gc_push_root(vm, OBJ_VAL(inst));
    inst->dict = dict_new(vm);
    gc_pop_roots(vm, 1);
    if (!inst->dict) return false;
  }
  *out = inst->dict;
  return true;
}

/* True when [v] is an instance of a built-in class that has no
 * __dict__ (object(), Ellipsis, NotImplemented). */
static bool dictless(Value v) {
  return IS_INSTANCE(v) && AS_OBJ(v)->cls->is_builtin;
}

/* True for an instance of a script's subclass of a built-in layout
 * that has no dict slot (list, str, tuple, int, ...): its attributes
 * live in the VM's side table. */
static bool uses_side_dict(Value v) {
  if (!IS_OBJ(v)) return false;
  Obj *obj = AS_OBJ(v);
  return obj->type != OBJ_INSTANCE && obj->type != OBJ_EXCEPTION &&
         !obj->cls->is_builtin;
}

/* The attributes of [v] from the side table: its __dict__ (made on
 * demand) or the attribute [name]. */
static bool side_attr(EddyVM *vm, Value v, ObjStr *name, Value *out,
                      bool *found) {
  ObjDict *dict;
  if (name == vm->str.dict) {
    if (!side_dict_make(vm, AS_OBJ(v), &dict)) return false;
    *out = OBJ_VAL(dict);
    *found = true;
    return true;
  }
  dict = side_dict_get(&vm->side_dicts, AS_OBJ(v));
  *out = dict ? dict_get_str(dict, name) : UNDEF_VAL;
  *found = !IS_UNDEF(*out);
  return true;
}

/* The attributes [v] holds itself rather than its class. */
static bool own_attr(EddyVM *vm, Value v, ObjStr *name, Value *out,
                     bool *found) {
  *found = false;
  if (uses_side_dict(v)) return side_attr(vm, v, name, out, found);
  if (IS_INSTANCE(v) && !dictless(v)) {
    ObjInstance *inst = AS_INSTANCE(v);
    if (name == vm->str.dict) {
      ObjDict *dict;
      if (!instance_dict(vm, inst, &dict)) return false;
      *out = OBJ_VAL(dict);
      *found = true;
      return true;
    }
    *out = inst->dict ? dict_get_str(inst->dict, name) : UNDEF_VAL;
    *found = !IS_UNDEF(*out);
    return true;
  }
  if (IS_EXCEPTION(v)) return exception_getattr(vm, v, name, out, found);
  return function_getattr(vm, v, name, out, found);
}

bool protocol_no_attribute(EddyVM *vm, Value v, ObjStr *name) {
  if (IS_CLASS(v)) {
    return vm_raise(vm, vm->exc.AttributeError,
                    "type object '%s' has no attribute '%s'",
                    AS_CLASS(v)->name->chars, name->chars);
  }
  if (IS_MODULE(v)) {
    ObjStr *module = AS_MODULE(v)->name;
    return vm_raise(vm, vm->exc.AttributeError,
                    "module '%s' has no attribute '%s'",
                    module ? module->chars : "?", name->chars);
  }
  return vm_raise(vm, vm->exc.AttributeError,
                  "'%s' object has no attribute '%s'", vm_type_name(vm, v),
                  name->chars);
}

/* Attribute access on a class: its special attributes, then its MRO,
 * then methods of `type` bound to it. */
static bool class_getattr(EddyVM *vm, Value v, ObjStr *name, Value *out) {
  bool found;
  if (!function_getattr(vm, v, name, out, &found)) return false;
  if (found) return true;
  Value attr = class_lookup(AS_CLASS(v), name);
  if (!IS_UNDEF(attr)) return descriptor_get(vm, attr, v, true, out);
  attr = class_lookup(vm->types.type, name);
  if (!IS_UNDEF(attr)) return descriptor_get(vm, attr, v, false, out);
  return protocol_no_attribute(vm, v, name);
}

/* Calls a script class's __getattr__ for a missing attribute. */
static bool getattr_hook(EddyVM *vm, Value v, ObjStr *name, Value *out,
                         bool *called) {
  Value hook = protocol_user_method(vm, v, vm->str.getattr);
  *called = !IS_UNDEF(hook) && !IS_NONE(hook);
  if (!*called) return true;
  Value key = OBJ_VAL(name);
  return protocol_call_method(vm, hook, v, &key, 1, out);
}

bool protocol_generic_getattr(EddyVM *vm, Value v, ObjStr *name, Value *out,
                              bool *found) {
  *found = true;
  if (name == vm->str.class_) {
    *out = OBJ_VAL(vm_class_of(vm, v));
    return true;
  }
  if (IS_CLASS(v)) return class_getattr(vm, v, name, out);
  if (IS_BOUND_METHOD(v) && AS_OBJ(v)->cls == vm->types.super_) {
    ObjBoundMethod *sup = AS_BOUND_METHOD(v);
    return value_super_getattr(vm, AS_CLASS(sup->function), sup->self, name,
                               out);
  }
  ObjClass *cls = vm_class_of(vm, v);
  Value attr = IS_MODULE(v) ? UNDEF_VAL : class_lookup(cls, name);
  DescKind kind = descriptor_kind(vm, attr);
  if (kind == DESC_PROPERTY) return property_get(vm, attr, v, name, out);
  if (kind == DESC_SCRIPT_DATA) return script_get(vm, attr, v, false, out);
  if (!own_attr(vm, v, name, out, found)) return false;
  if (*found) return true;
  *found = !IS_UNDEF(attr);
  return *found ? descriptor_get(vm, attr, v, false, out) : true;
}

bool value_getattr(EddyVM *vm, Value v, ObjStr *name, Value *out) {
  bool found;
  if (!protocol_generic_getattr(vm, v, name, out, &found)) return false;
  if (found) return true;
  bool called;
  if (!getattr_hook(vm, v, name, out, &called)) return false;
  return called ? true : protocol_no_attribute(vm, v, name);
}

/* ---- writing and deleting ---------------------------------------------- */

/* Raises the error for a value whose attributes cannot be set: "'list'
 * object attribute 'append' is read-only" when the class has it, else
 * "'int' object has no attribute 'x'". */
static bool read_only(EddyVM *vm, Value v, ObjStr *name) {
  if (!IS_UNDEF(class_lookup(vm_class_of(vm, v), name))) {
    return vm_raise(vm, vm->exc.AttributeError,
                    "'%s' object attribute '%s' is read-only",
                    vm_type_name(vm, v), name->chars);
  }
  return protocol_no_attribute(vm, v, name);
}

/* Raises "cannot set 'x' attribute of immutable type 'int'". */
static bool immutable_type(EddyVM *vm, ObjClass *cls, ObjStr *name) {
  return vm_raise(vm, vm->exc.TypeError,
                  "cannot set '%s' attribute of immutable type '%s'",
                  name->chars, cls->name->chars);
}

/* Sets __name__ or __qualname__ of the class [cls] to the str [value]. */
static bool set_class_name(EddyVM *vm, ObjClass *cls, ObjStr *name,
                           Value value) {
  if (!IS_STR(value)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "can only assign string to %s.%s, not '%s'",
                    cls->name->chars, name->chars, vm_type_name(vm, value));
  }
  if (name == vm->str.name)
    cls->name = AS_STR(value);
  else
    cls->qualname = AS_STR(value);
  return true;
}

/* cls.name = value for a script's class. */
static bool class_setattr(EddyVM *vm, ObjClass *cls, ObjStr *name,
                          Value value) {
  if (cls->is_builtin) return immutable_type(vm, cls, name);
  if (name == vm->str.name || name == vm->str.qualname) {
    return set_class_name(vm, cls, name, value);
  }
  if (name == vm->str.module) cls->module = value;
  return dict_set_str(vm, cls->dict, name, value);
}

/* The built-in class on the MRO of [v]'s class that defines the
 * property [prop] as [name] with a native getter: CPython's getset
 * descriptors (int.real, range.start) are read-only attributes of their
 * type. NULL for a script's property. */
static ObjClass *getset_owner(EddyVM *vm, Value prop, Value v, ObjStr *name) {
  Value fget = AS_PROPERTY(prop)->fget;
  if (!IS_NATIVE(fget) || !AS_NATIVE(fget)->is_method) return NULL;
  ObjTuple *mro = vm_class_of(vm, v)->mro;
  for (size_t i = 0; mro && i < mro->length; i++) {
    ObjClass *cls = AS_CLASS(mro->items[i]);
    if (cls->is_builtin && value_is(dict_get_str(cls->dict, name), prop))
      return cls;
  }
  return NULL;
}

/* Raises CPython's error for assigning the read-only attribute [name]
 * of the built-in class [owner]: range, slice and struct sequences
 * (tuples) hold theirs in member descriptors ("readonly attribute"),
 * the others in getset descriptors, named with their module unless it
 * is builtins ("attribute 'name' of '_io.TextIOWrapper' objects ..."). */
static bool read_only_getter(EddyVM *vm, ObjClass *owner, ObjStr *name) {
  ObjType layout = owner->instance_layout;
  if (layout == OBJ_RANGE || layout == OBJ_SLICE || layout == OBJ_TUPLE)
    return vm_raise(vm, vm->exc.AttributeError, "readonly attribute");
  bool qualify = IS_STR(owner->module) &&
                 !str_equal_cstr(AS_STR(owner->module), "builtins");
  return vm_raise(vm, vm->exc.AttributeError,
                  "attribute '%s' of '%s%s%s' objects is not writable",
                  name->chars, qualify ? AS_STR(owner->module)->chars : "",
                  qualify ? "." : "", owner->name->chars);
}

/* Runs the setter (or, when [value] is UNDEF, the deleter) of the
 * property [prop] of [v]. */
static bool property_set(EddyVM *vm, Value prop, Value v, ObjStr *name,
                         Value value) {
  bool deleting = IS_UNDEF(value);
  Value fn = deleting ? AS_PROPERTY(prop)->fdel : AS_PROPERTY(prop)->fset;
  if (IS_NONE(fn) || IS_UNDEF(fn)) {
    ObjClass *owner = getset_owner(vm, prop, v, name);
    if (owner) return read_only_getter(vm, owner, name);
    return property_missing(vm, v, name, deleting ? "deleter" : "setter");
  }
  Value args[2] = {v, value};
  Value ignored;
  return vm_call(vm, fn, args, deleting ? 1 : 2, NULL, &ignored);
}

/* A property found on the class of [v], or UNDEF: the one place a
 * descriptor's __set__/__delete__ takes over an assignment. */
static Value descriptor_set(EddyVM *vm, Value v, ObjStr *name) {
  Value attr = class_lookup(vm_class_of(vm, v), name);
  DescKind kind = descriptor_kind(vm, attr);
  return kind == DESC_PROPERTY || kind == DESC_SCRIPT_DATA ? attr : UNDEF_VAL;
}

/* attr.__set__(v, value), or attr.__delete__(v) when [value] is UNDEF,
 * of a script data descriptor. */
static bool script_set(EddyVM *vm, Value attr, Value v, Value value) {
  bool deleting = IS_UNDEF(value);
  const char *hook = deleting ? "__delete__" : "__set__";
  Value fn = script_hook(vm, attr, hook);
  if (IS_UNDEF(fn)) return vm_raise(vm, vm->exc.AttributeError, "%s", hook);
  Value args[3] = {attr, v, value};
  Value ignored;
  return vm_call(vm, fn, args, deleting ? 2 : 3, NULL, &ignored);
}

/* Assignment or deletion through the data descriptor [prop]. */
static bool data_descriptor_set(EddyVM *vm, Value prop, Value v, ObjStr *name,
                                Value value) {
  if (IS_PROPERTY(prop)) return property_set(vm, prop, v, name, value);
  return script_set(vm, prop, v, value);
}

/* inst.name = value for an instance of a script's class. */
static bool instance_setattr(EddyVM *vm, Value v, ObjStr *name, Value value) {
  if (dictless(v)) return protocol_no_attribute(vm, v, name);
  ObjDict *dict;
  gc_push_root(vm, value);
  bool ok = instance_dict(vm, AS_INSTANCE(v), &dict);
  gc_pop_roots(vm, 1);
  return ok && dict_set_str(vm, dict, name, value);
}

/* obj.name = value for an instance of a subclassed built-in layout. */
static bool side_setattr(EddyVM *vm, Value v, ObjStr *name, Value value) {
  ObjDict *dict;
  gc_push_root(vm, value);
  bool ok = side_dict_make(vm, AS_OBJ(v), &dict);
  gc_pop_roots(vm, 1);
  return ok && dict_set_str(vm, dict, name, value);
}

/* A script's __setattr__ or __delattr__ on [v], when its class defines
 * one; [*called] says whether it did. */
static bool setattr_hook(EddyVM *vm, Value v, ObjStr *hook_name, ObjStr *name,
                         Value value, bool *called) {
  Value hook = protocol_user_method(vm, v, hook_name);
  *called = !IS_UNDEF(hook) && !IS_NONE(hook);
  if (!*called) return true;
  Value args[2] = {OBJ_VAL(name), value};
  Value ignored;
  return protocol_call_method(vm, hook, v, args, IS_UNDEF(value) ? 1 : 2,
                              &ignored);
}

bool protocol_generic_setattr(EddyVM *vm, Value v, ObjStr *name, Value value) {
  if (IS_CLASS(v)) return class_setattr(vm, AS_CLASS(v), name, value);
  Value prop = descriptor_set(vm, v, name);
  if (!IS_UNDEF(prop)) return data_descriptor_set(vm, prop, v, name, value);
  if (!IS_OBJ(v)) return read_only(vm, v, name);
  if (uses_side_dict(v)) return side_setattr(vm, v, name, value);
  switch (OBJ_TYPE(v)) {
  case OBJ_INSTANCE: return instance_setattr(vm, v, name, value);
  case OBJ_EXCEPTION: return exception_setattr(vm, v, name, value);
  case OBJ_FUNCTION: return function_setattr(vm, v, name, value);
  case OBJ_MODULE: return dict_set_str(vm, AS_MODULE(v)->dict, name, value);
  default: return read_only(vm, v, name);
  }
}

bool value_setattr(EddyVM *vm, Value v, ObjStr *name, Value value) {
  bool called = false;
  if (!IS_CLASS(v) &&
      !setattr_hook(vm, v, vm->str.setattr, name, value, &called)) {
    return false;
  }
  return called ? true : protocol_generic_setattr(vm, v, name, value);
}

/* Removes [name] from [dict] (which may be NULL); AttributeError when it
 * is not there. */
static bool delete_from(EddyVM *vm, Value v, ObjDict *dict, ObjStr *name) {
  if (dict && dict_delete_str(dict, name)) return true;
  return protocol_no_attribute(vm, v, name);
}

/* del cls.name. */
static bool class_delattr(EddyVM *vm, ObjClass *cls, ObjStr *name) {
  if (cls->is_builtin) return immutable_type(vm, cls, name);
  return delete_from(vm, OBJ_VAL(cls), cls->dict, name);
}

bool protocol_generic_delattr(EddyVM *vm, Value v, ObjStr *name) {
  if (IS_CLASS(v)) return class_delattr(vm, AS_CLASS(v), name);
  Value prop = descriptor_set(vm, v, name);
  if (!IS_UNDEF(prop))
    return data_descriptor_set(vm, prop, v, name, UNDEF_VAL);
  if (!IS_OBJ(v)) return read_only(vm, v, name);
  if (uses_side_dict(v)) {
    return delete_from(vm, v, side_dict_get(&vm->side_dicts, AS_OBJ(v)), name);
  }
  switch (OBJ_TYPE(v)) {
  case OBJ_INSTANCE:
    if (dictless(v)) return protocol_no_attribute(vm, v, name);
    return delete_from(vm, v, AS_INSTANCE(v)->dict, name);
  case OBJ_EXCEPTION: return delete_from(vm, v, AS_EXCEPTION(v)->dict, name);
  case OBJ_FUNCTION: return function_delattr(vm, v, name);
  case OBJ_MODULE: return delete_from(vm, v, AS_MODULE(v)->dict, name);
  default: return read_only(vm, v, name);
  }
}

bool value_delattr(EddyVM *vm, Value v, ObjStr *name) {
  bool called = false;
  if (!IS_CLASS(v) &&
      !setattr_hook(vm, v, vm->str.delattr, name, UNDEF_VAL, &called)) {
    return false;
  }
  return called ? true : protocol_generic_delattr(vm, v, name);
}

/* ---- super() ------------------------------------------------------------ */

/* The class whose MRO super() searches for [obj]: its class, or [obj]
 * itself when it is a class (super() in a classmethod). */
static ObjClass *super_start(EddyVM *vm, ObjClass *type, Value obj) {
  if (IS_CLASS(obj) && class_is_subclass(AS_CLASS(obj), type)) {
    return AS_CLASS(obj);
  }
  return vm_class_of(vm, obj);
}

bool value_super_getattr(EddyVM *vm, ObjClass *type, Value obj, ObjStr *name,
                         Value *out) {
  ObjClass *start = super_start(vm, type, obj);
  ObjTuple *mro = start->mro;
  size_t i = 0;
  while (mro && i < mro->length && AS_CLASS(mro->items[i]) != type) i++;
  for (i++; mro && i < mro->length; i++) {
    ObjClass *c = AS_CLASS(mro->items[i]);
    Value attr = c->dict ? dict_get_str(c->dict, name) : UNDEF_VAL;
    if (IS_UNDEF(attr)) continue;
    if (descriptor_kind(vm, attr) == DESC_PROPERTY) {
      return property_get(vm, attr, obj, name, out);
    }
    return descriptor_get(vm, attr, obj, IS_CLASS(obj), out);
  }
  return vm_raise(vm, vm->exc.AttributeError,
                  "'super' object has no attribute '%s'", name->chars);
}
