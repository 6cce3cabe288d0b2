/* mod_os.h: the parts of the os module.
 *
 * The os module is two files: mod_os.c (os: environ, getcwd, listdir,
 * mkdir, remove, rename, ...) and mod_os_path.c (os.path, CPython's
 * posixpath). They share the conversion of path arguments, which follows
 * CPython's two conventions:
 *
 *   - os functions convert with path_converter: a str (without NUL
 *     characters: "embedded null byte"), or an os.PathLike whose
 *     __fspath__ returns one, and for some functions a file descriptor
 *     (int) or None; anything else raises "mkdir: path should be string,
 *     bytes or os.PathLike, not int" with the accepted kinds listed;
 *   - os.path functions use os.fspath: "expected str, bytes or os.PathLike
 *     object, not int".
 *
 * Eddy paths are str only: bytes paths raise TypeError "bytes paths are
 * not supported by Eddy".
 */
#ifndef EDDY_MOD_OS_H
#define EDDY_MOD_OS_H

#include <sys/stat.h>

#include "vm/vm.h"

/* What a path parameter of an os function accepts besides str. */
typedef enum {
  PATH_STR,     /* str and os.PathLike only */
  PATH_FD,      /* also an int file descriptor */
  PATH_FD_NONE, /* also an int or None (None meaning ".") */
} PathKinds;

/* [*out] = the path argument [v] of the os function [fname] (its
 * parameter [param]) as a str, or the int [v] itself for a descriptor
 * where [kinds] allows one. */
bool os_path_arg(EddyVM *vm, Value v, const char *fname, const char *param,
                 PathKinds kinds, Value *out) MUST_CHECK;

/* [*out] = os.fspath([v]) as a str. */
bool os_fspath(EddyVM *vm, Value v, Value *out) MUST_CHECK;

/* [*out] = os.getcwd(). */
bool os_getcwd_str(EddyVM *vm, Value *out) MUST_CHECK;

/* os.stat([path]) (or lstat when not [follow]) for os.path's queries:
 * [*st] is filled and [*found] set when it succeeds; an OSError or a
 * ValueError (NUL in the path) sets [*found] false without raising, as
 * exists() and isfile() swallow them. Type errors are raised. */
bool os_stat_quiet(EddyVM *vm, Value path, bool follow, struct stat *st,
                   bool *found) MUST_CHECK;

/* os.stat([path]) raising every error (os.path.getsize). */
bool os_stat_loud(EddyVM *vm, Value path, struct stat *st) MUST_CHECK;

/* Creates the os.path module's contents in [module]. */
bool os_path_define(EddyVM *vm, ObjModule *module) MUST_CHECK;

#endif
