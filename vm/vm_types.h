/* vm_types.h: creating the built-in classes at VM startup.
 *
 * vm_types_init makes one ObjClass for every entry of BUILTIN_CLASS_LIST
 * and EXCEPTION_LIST (vm.h) in dependency order (object and type first),
 * then lets each type's file fill in its behaviour through its
 * X_install(vm) function (str_install, list_install, int_install, ...),
 * then builds the builtins module dict. Types that scripts never name
 * (list_iterator, ...) are created the same way and kept in vm->types so
 * the GC sees them.
 */
#ifndef EDDY_VM_TYPES_H
#define EDDY_VM_TYPES_H

#include "vm/vm.h"

/* Creates a built-in class [name] deriving from [base] (NULL only for
 * object) whose instances have [layout]. NULL after raising. */
ObjClass *vm_new_builtin_class(EddyVM *vm, const char *name, ObjClass *base,
                               ObjType layout);

/* Creates every built-in class and installs their behaviour. */
bool vm_types_init(EddyVM *vm) MUST_CHECK;

#endif
