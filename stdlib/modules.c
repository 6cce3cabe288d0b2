/* modules.c: the table of built-in modules (see modules.h). */
#include "stdlib/modules.h"

#include <string.h>

typedef struct ModuleEntry {
  const char *name;  /* the import name */
  ModuleInitFn init; /* fills the module */
} ModuleEntry;

static const ModuleEntry builtin_modules[] = {
    {"math", mod_math_init},     {"time", mod_time_init},
    {"sys", mod_sys_init},       {"random", mod_random_init},
    {"os", mod_os_init},         {"os.path", mod_os_path_init},
    {"string", mod_string_init}, {"_asyncio", mod_asyncio_core_init},
    {"ffi", mod_ffi_init},
};

static const char *const module_names[] = {
    "_asyncio", "asyncio", "ffi", "math", "os", "os.path", "random", "string", "sys",
    "time", NULL,
};

ModuleInitFn stdlib_find_module(const char *name) {
  size_t n = sizeof builtin_modules / sizeof builtin_modules[0];
  for (size_t i = 0; i < n; i++)
    if (builtin_modules[i].name && !strcmp(builtin_modules[i].name, name))
      return builtin_modules[i].init;
  return NULL;
}

const char *const *stdlib_module_names(void) { return module_names; }
