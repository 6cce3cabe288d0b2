/* import.h: the import statement.
 *
 * import_name resolves a dotted module name to a module object: first in
 * sys.modules (vm->modules), where built-in modules register themselves
 * at startup, then as a source file NAME.eddy or NAME.py (or a package
 * NAME/__init__.eddy) in the importing script's directory and in the
 * directories of EDDYPATH. A module runs once; its module object is
 * cached in sys.modules before its body runs, so circular imports see the
 * partly initialised module as in CPython.
 */
#ifndef EDDY_IMPORT_H
#define EDDY_IMPORT_H

#include "vm/vm.h"

/* IMPORT_NAME: imports [name] (relative by [level] dots to the package of
 * [globals]); [*out] is the top-level package for a plain `import a.b`
 * (empty [fromlist]) and the module itself otherwise. */
bool import_name(EddyVM *vm, ObjDict *globals, ObjStr *name, Value fromlist,
                 Value level, Value *out) MUST_CHECK;

/* IMPORT_FROM: [module].[name], or the submodule of that name. */
bool import_from(EddyVM *vm, Value module, ObjStr *name, Value *out) MUST_CHECK;

/* IMPORT_STAR: copies the public names of [module] (its __all__, or
 * every name not starting with '_') into [dict]. */
bool import_star(EddyVM *vm, Value module, ObjDict *dict) MUST_CHECK;

/* Registers a built-in module object under [name] in sys.modules. */
bool import_register(EddyVM *vm, const char *name, ObjModule *module) MUST_CHECK;

/* Makes a new empty module named [name] (its dict holds __name__). */
ObjModule *import_new_module(EddyVM *vm, const char *name);

#endif
