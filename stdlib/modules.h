/* modules.h: the table of built-in modules.
 *
 * Built-in modules (math, time, sys, asyncio, ...) are created lazily: the
 * first `import math` finds "math" in this table, makes an empty module,
 * registers it in sys.modules and calls its init function to fill the
 * module's dict. A host that leaves a module out (sandboxing) simply
 * never reaches its entry. Each module lives in stdlib/mod_<name>.c and
 * exports one init function declared here.
 */
#ifndef EDDY_MODULES_H
#define EDDY_MODULES_H

#include "vm/vm.h"

/* Fills the dict of the new module [module]; false after raising. */
typedef bool (*ModuleInitFn)(EddyVM *vm, ObjModule *module);

/* The init function of the built-in module [name], or NULL. */
ModuleInitFn stdlib_find_module(const char *name);

/* The names of all built-in modules, NULL-terminated (for help() and
 * completion). */
const char *const *stdlib_module_names(void);

/* The source of the module [name] written in Eddy (stdlib/NAME.eddy,
 * embedded at build time), or NULL. */
const char *stdlib_find_source(const char *name);

bool mod_asyncio_core_init(EddyVM *vm, ObjModule *module);
bool mod_math_init(EddyVM *vm, ObjModule *module);
bool mod_time_init(EddyVM *vm, ObjModule *module);
bool mod_sys_init(EddyVM *vm, ObjModule *module);
bool mod_random_init(EddyVM *vm, ObjModule *module);
bool mod_os_init(EddyVM *vm, ObjModule *module);
bool mod_os_path_init(EddyVM *vm, ObjModule *module);
bool mod_string_init(EddyVM *vm, ObjModule *module);
bool mod_ffi_init(EddyVM *vm, ObjModule *module);

#endif
