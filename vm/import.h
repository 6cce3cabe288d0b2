/* import.h: the import statement.
 *
 * import_name resolves a dotted module name (relative names first become
 * absolute through the importing module's __package__) one package at a
 * time, as CPython does: "a", then "a.b", then "a.b.c". Each is taken
 * from sys.modules (vm->modules) when there; else the modules CPython
 * builds into the interpreter (sys, time, ...) are made; else the
 * directories of the search path are tried (sys.path for a top-level
 * name: the script's directory, then EDDYPATH; the parent's __path__ for
 * a submodule: import_file.h finds NAME/__init__.eddy|py, NAME.eddy,
 * NAME.py); else Eddy's own modules (C, or Eddy source embedded at build
 * time), so a script's json.py hides Eddy's json as in CPython. A module
 * runs once; it is entered in sys.modules before its body runs, so
 * circular imports see the partly initialised module, and a submodule
 * becomes an attribute of its package.
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
