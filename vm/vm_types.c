/* vm_types.c: creating the built-in classes at VM startup.
 *
 * The classes refer to each other in a cycle: every class is an instance
 * of `type`, `type` derives from `object`, and a class's name is a `str`
 * held in a `dict`. So the bootstrap first allocates every class as an
 * empty shell stored at once in vm->types / vm->exc (which are GC roots),
 * points each shell's class at `type`, and only then, with str, dict and
 * tuple able to make objects, fills in names, dicts, bases and MROs.
 * Every object made from then on is stored into a rooted class before
 * anything else allocates, so the bootstrap stays safe under a collector
 * that runs on every allocation.
 *
 * Then each type's file installs its behaviour (X_install), and the
 * builtins dict receives the classes scripts name (int, list, ValueError,
 * ...) and, from stdlib/builtins.c, the built-in functions.
 */
#include "vm/vm_types.h"
#include "vm/obj_class.h"

#include "stdlib/builtins.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_bytes.h"
#include "vm/obj_dict.h"
#include "vm/obj_float.h"
#include "vm/obj_function.h"
#include "vm/obj_int.h"
#include "vm/obj_iterator.h"
#include "vm/obj_list.h"
#include "vm/obj_range.h"
#include "vm/obj_set.h"
#include "vm/obj_slice.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/vm_exec.h"

/* ---- class objects ---------------------------------------------------- */

/* An empty class whose instances have [layout]; its class is `type`
 * (NULL while `type` itself does not exist yet). */
static ObjClass *class_shell(EddyVM *vm, ObjType layout) {
  ObjClass *cls = (ObjClass *)gc_new_object(vm, sizeof(ObjClass), OBJ_CLASS,
                                            vm->types.type);
  if (!cls) return NULL;
  cls->instance_layout = layout;
  cls->is_builtin = true;
  cls->module = NONE_VAL;
  return cls;
}

/* Sets the bases and MRO of [cls]: ([base],) and (cls,) + base's MRO, or
 * () and (cls,) for object. [cls] must be rooted. */
static bool set_hierarchy(EddyVM *vm, ObjClass *cls, ObjClass *base) {
  cls->bases = tuple_new(vm, base ? 1 : 0);
  if (!cls->bases) return false;
  if (base) cls->bases->items[0] = OBJ_VAL(base);
  size_t inherited = base ? base->mro->length : 0;
  cls->mro = tuple_new(vm, inherited + 1);
  if (!cls->mro) return false;
  cls->mro->items[0] = OBJ_VAL(cls);
  for (size_t i = 0; i < inherited; i++) {
    cls->mro->items[i + 1] = base->mro->items[i];
  }
  return true;
}

/* Gives the shell [cls] its name [name], an empty dict, __module__
 * 'builtins', and its place under [base]. [cls] must be rooted. */
static bool finish_class(EddyVM *vm, ObjClass *cls, const char *name,
                         ObjClass *base) {
  cls->name = str_intern_cstr(vm, name);
  if (!cls->name) return false;
  cls->qualname = cls->name;
  cls->dict = dict_new(vm);
  if (!cls->dict) return false;
  cls->dict->epoch = &vm->class_epoch;
  cls->module = OBJ_VAL(vm->str.builtins);
  if (!set_hierarchy(vm, cls, base)) return false;
  return dict_set_str(vm, cls->dict, vm->str.module, cls->module);
}

ObjClass *vm_new_builtin_class(EddyVM *vm, const char *name, ObjClass *base,
                               ObjType layout) {
  ObjClass *cls = class_shell(vm, layout);
  if (!cls) return NULL;
  gc_push_root(vm, OBJ_VAL(cls));
  bool ok = finish_class(vm, cls, name, base);
  gc_pop_roots(vm, 1);
  if (!ok) return NULL;
  if (base) cls->ops = base->ops;
  return cls;
}

/* Allocates the shell of every built-in and exception class. */
static bool create_shells(EddyVM *vm) {
#define MAKE_SHELL(field, name, layout)                                        \
  if (!(vm->types.field = class_shell(vm, layout))) return false;
  BUILTIN_CLASS_LIST(MAKE_SHELL)
#undef MAKE_SHELL
#define MAKE_EXC_SHELL(name, base)                                             \
  if (!(vm->exc.name = class_shell(vm, OBJ_EXCEPTION))) return false;
  EXCEPTION_LIST(MAKE_EXC_SHELL)
#undef MAKE_EXC_SHELL
  vm->types.object->obj.cls = vm->types.type;
  vm->types.type->obj.cls = vm->types.type;
  return true;
}

/* Creates the intern table and the strings of vm->str. */
static bool create_strings(EddyVM *vm) {
  vm->interned = dict_new(vm);
  if (!vm->interned) return false;
#define MAKE_STRING(field, text)                                               \
  if (!(vm->str.field = str_intern_cstr(vm, text))) return false;
  COMMON_STRING_LIST(MAKE_STRING)
#undef MAKE_STRING
  ObjStr *none = str_intern_cstr(vm, "None");
  if (!none) return false;
  vm->none_repr = OBJ_VAL(none);
  return true;
}

/* The base of the built-in class [cls] (bool derives from int, every
 * other one from object). */
static ObjClass *builtin_base(EddyVM *vm, ObjClass *cls) {
  if (cls == vm->types.object) return NULL;
  if (cls == vm->types.bool_) return vm->types.int_;
  return vm->types.object;
}

/* Names and places every built-in and exception class. int is finished
 * before bool, which derives from it. */
static bool finish_classes(EddyVM *vm) {
  if (!finish_class(vm, vm->types.object, "object", NULL)) return false;
  if (!finish_class(vm, vm->types.int_, "int", vm->types.object)) {
    return false;
  }
#define FINISH(field, name, layout)                                            \
  if (!vm->types.field->mro &&                                                 \
      !finish_class(vm, vm->types.field, name,                                 \
                    builtin_base(vm, vm->types.field)))                        \
    return false;
  BUILTIN_CLASS_LIST(FINISH)
#undef FINISH
#define FINISH_EXC(name, base)                                                 \
  if (!finish_class(vm, vm->exc.name, #name,                                   \
                    vm->exc.name == vm->exc.base ? vm->types.object            \
                                                 : vm->exc.base))              \
    return false;
  EXCEPTION_LIST(FINISH_EXC)
#undef FINISH_EXC
  return true;
}

/* Marks the classes scripts may derive from, as CPython allows. */
static void set_subclassable(EddyVM *vm) {
  ObjClass *const open[] = {
      vm->types.object,      vm->types.int_,     vm->types.float_,
      vm->types.str,         vm->types.bytes,    vm->types.tuple,
      vm->types.list,        vm->types.dict,     vm->types.set,
      vm->types.frozenset,   vm->types.property, vm->types.staticmethod,
      vm->types.classmethod, vm->types.module,
  };
  for (size_t i = 0; i < sizeof open / sizeof open[0]; i++) {
    open[i]->allows_subclass = true;
  }
  ObjClass **exc = (ObjClass **)&vm->exc;
  for (size_t i = 0; i < sizeof vm->exc / sizeof(ObjClass *); i++) {
    exc[i]->allows_subclass = true;
  }
}

/* ---- singletons and the builtins dict --------------------------------- */

/* A new instance of the singleton class [cls] (Ellipsis, NotImplemented). */
static bool make_singleton(EddyVM *vm, ObjClass *cls, Value *out) {
  Obj *obj = gc_new_object(vm, sizeof(ObjInstance), OBJ_INSTANCE, cls);
  if (!obj) return false;
  *out = OBJ_VAL(obj);
  return true;
}

/* Enters the class [cls] in the builtins dict under its name. */
static bool define_class(EddyVM *vm, ObjClass *cls) {
  return dict_set_str(vm, vm->builtins, cls->name, OBJ_VAL(cls));
}

/* Enters the singleton [v] in the builtins dict as [name]. */
static bool define_singleton(EddyVM *vm, const char *name, Value v) {
  ObjStr *key = str_intern_cstr(vm, name);
  return key && dict_set_str(vm, vm->builtins, key, v);
}

/* Fills the builtins dict with the classes scripts name and the
 * singletons Ellipsis and NotImplemented. */
static bool define_builtin_classes(EddyVM *vm) {
  ObjClass *const named[] = {
      vm->types.object,       vm->types.type,        vm->types.bool_,
      vm->types.int_,         vm->types.float_,      vm->types.str,
      vm->types.bytes,        vm->types.tuple,       vm->types.list,
      vm->types.dict,         vm->types.set,         vm->types.frozenset,
      vm->types.range,        vm->types.slice,       vm->types.property,
      vm->types.staticmethod, vm->types.classmethod, vm->types.enumerate,
      vm->types.zip,          vm->types.map,         vm->types.filter,
      vm->types.reversed,
  };
  for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
    if (!define_class(vm, named[i])) return false;
  }
  ObjClass **exc = (ObjClass **)&vm->exc;
  for (size_t i = 0; i < sizeof vm->exc / sizeof(ObjClass *); i++) {
    if (!define_class(vm, exc[i])) return false;
  }
  return define_singleton(vm, "Ellipsis", vm->ellipsis) &&
         define_singleton(vm, "NotImplemented", vm->not_implemented);
}

/* Creates the builtins module, its dict and the module table. */
static bool create_builtins_module(EddyVM *vm) {
  vm->builtins = dict_new(vm);
  if (!vm->builtins) return false;
  vm->modules = dict_new(vm);
  if (!vm->modules) return false;
  ObjModule *module = (ObjModule *)gc_new_object(vm, sizeof(ObjModule),
                                                 OBJ_MODULE, vm->types.module);
  if (!module) return false;
  module->name = vm->str.builtins;
  module->dict = vm->builtins;
  module->file = NONE_VAL;
  gc_push_root(vm, OBJ_VAL(module));
  bool ok =
      dict_set_str(vm, vm->modules, vm->str.builtins, OBJ_VAL(module)) &&
      dict_set_str(vm, vm->builtins, vm->str.name, OBJ_VAL(vm->str.builtins));
  gc_pop_roots(vm, 1);
  return ok && define_builtin_classes(vm);
}

/* Lets every type's file install its TypeOps, constructor and methods. */
static bool install_types(EddyVM *vm) {
  return function_install(vm) && exception_install(vm) && str_install(vm) &&
         bytes_install(vm) && tuple_install(vm) && list_install(vm) &&
         dict_install(vm) && set_install(vm) && range_install(vm) &&
         slice_install(vm) && iterator_install(vm) && int_install(vm) &&
         bool_install(vm) && float_install(vm) && generator_install(vm) &&
         class_install(vm);
}

bool vm_types_init(EddyVM *vm) {
  if (!create_shells(vm) || !create_strings(vm) || !finish_classes(vm)) {
    return false;
  }
  set_subclassable(vm);
  /* From here on every object is stored into a rooted one before the
   * next allocation, so the collector may run (and under stress does). */
  vm->gc_enabled = true;
#ifdef EDDY_STRESS_GC
  vm->stress_gc = true;
#endif
  if (!make_singleton(vm, vm->types.ellipsis, &vm->ellipsis) ||
      !make_singleton(vm, vm->types.not_implemented_type,
                      &vm->not_implemented)) {
    return false;
  }
  return create_builtins_module(vm) && install_types(vm) &&
         builtins_install(vm);
}
