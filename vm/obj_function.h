/* obj_function.h: functions, methods, code, cells, modules, classes as
 * objects, and the small singletons.
 *
 * These layouts are the interpreter's own machinery seen from scripts:
 * `print(f)` shows `<function f at 0x...>`, `f.__name__` reads the
 * function's name, `f.x = 1` stores in its __dict__, `obj.method` is a
 * bound method whose repr names both. This file gives each of them its
 * repr, hash and equality (TypeOps) and the special attributes CPython
 * exposes (__name__, __qualname__, __defaults__, __code__, __self__,
 * __func__, co_name, __mro__, ...), and provides the constructors the
 * VM uses to make them.
 *
 * A built-in function bound to an object (`[].append`) is a copy of the
 * class's ObjNative with [self] set: calling it passes self as args[0]
 * before the call's own arguments. An ObjNative defined as a method of a
 * class (native_method) keeps that class in its [module] field, which
 * gives it the qualified name ("list.append") and the repr
 * `<method 'append' of 'list' objects>` that CPython shows.
 *
 * The classes NoneType, ellipsis and NotImplementedType, whose only
 * instances are None, Ellipsis and NotImplemented, also get their
 * behaviour here, as do `object` (identity equality and hash, the
 * default repr `<__main__.A object at 0x...>`) and traceback entries.
 */
#ifndef EDDY_OBJ_FUNCTION_H
#define EDDY_OBJ_FUNCTION_H

#include "vm/vm.h"

/* A new function running [code] in the module whose globals are
 * [globals]: name, qualname from the code, __module__ from the globals'
 * __name__, no defaults, no closure. NULL after raising. */
ObjFunction *function_new(EddyVM *vm, ObjCode *code, ObjDict *globals);

/* The method [function] (an ObjFunction or ObjNative) bound to [self];
 * NULL after raising. */
ObjBoundMethod *bound_method_new(EddyVM *vm, Value self, Value function);

/* A copy of the built-in [native] bound to [self] (`[].append`); NULL
 * after raising. */
ObjNative *native_bind(EddyVM *vm, ObjNative *native, Value self);

/* A new cell holding [value] (UNDEF: empty); NULL after raising. */
ObjCell *cell_new(EddyVM *vm, Value value);

/* A new module named [name] with an empty namespace holding __name__
 * and __doc__; [file] is its path or None. NULL after raising. */
ObjModule *module_new(EddyVM *vm, ObjStr *name, Value file);

/* Reads the special attributes of functions, built-ins, methods, code,
 * cells, modules, classes, traceback entries and generators
 * (__name__, gi_running, cr_code, ...), and the __dict__
 * entries of functions and modules: [*found] is false when [v] has no
 * such attribute [name] (the caller goes on to its class). */
bool function_getattr(EddyVM *vm, Value v, ObjStr *name, Value *out,
                      bool *found) MUST_CHECK;

/* Sets the attribute [name] of the function [v] (f.x = 1, f.__doc__ =
 * ...); TypeError for special attributes given a value of the wrong
 * type. */
bool function_setattr(EddyVM *vm, Value v, ObjStr *name,
                      Value value) MUST_CHECK;
/* Deletes the attribute [name] of the function [v]; AttributeError when
 * absent. */
bool function_delattr(EddyVM *vm, Value v, ObjStr *name) MUST_CHECK;

/* Appends the default repr of [v]: `<__main__.A object at 0x...>`. */
bool object_repr_default(EddyVM *vm, Value v, ByteBuf *out) MUST_CHECK;
/* The default hash of the object [obj], from its address. */
int64_t object_hash_default(const Obj *obj);

/* Appends "module.qualname" of [cls], or just its qualname for the
 * builtins module, as class and object reprs show it. */
bool class_full_name(EddyVM *vm, ObjClass *cls, ByteBuf *out) MUST_CHECK;

/* Makes the class [name] with [bases] (empty: object) and the namespace
 * [dict] its body filled, as a class statement does: checks the bases
 * ("type 'bool' is not an acceptable base type", layout conflicts),
 * computes the C3 MRO ("Cannot create a consistent method resolution
 * order (MRO) for bases A, B"), takes __qualname__ and __module__ from
 * the namespace and inherits the instance layout and TypeOps of its
 * bases. The new class has no [construct]: calling it is the VM's
 * business (class_new_instance, then __init__). (obj_class.c) */
bool class_create(EddyVM *vm, ObjStr *name, ObjTuple *bases, ObjDict *dict,
                  Value *out) MUST_CHECK;

/* type(name, bases, dict): a new class from a copy of [ns], with
 * CPython's errors for arguments of the wrong types. */
bool class_from_type_call(EddyVM *vm, Value name, Value bases, Value ns,
                          Value *out) MUST_CHECK;

/* A new, uninitialised instance of the script class [cls] whose layout
 * is the plain object or an exception (args ()); TypeError for classes
 * deriving from other built-in layouts, whose base's constructor must
 * make the instance. (obj_class.c) */
bool class_new_instance(EddyVM *vm, ObjClass *cls, Value *out) MUST_CHECK;

/* Installs the TypeOps of object, type, function, builtin_function,
 * method, module, code, cell, traceback and the three singleton
 * classes, and the attribute-free constructors of object. */
bool function_install(EddyVM *vm) MUST_CHECK;

#endif
