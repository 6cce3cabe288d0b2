/* builtins_internal.h: what the files of the builtins module share.
 *
 * The builtins module is split by concern into builtins.c,
 * builtins_iter.c, builtins_num.c, builtins_io.c and builtins_file.c (see
 * builtins.h); each part installs its own functions, and they share the
 * few helpers below. Nothing here is used outside stdlib/builtins*.c.
 */
#ifndef EDDY_BUILTINS_INTERNAL_H
#define EDDY_BUILTINS_INTERNAL_H

#include "vm/arith.h"
#include "vm/buffer.h"
#include "vm/gc.h"
#include "vm/vm.h"

/* One built-in function of a part's table. */
typedef struct BuiltinDef {
  const char *name; /* the name scripts call it by */
  NativeFn fn;      /* its implementation */
} BuiltinDef;

/* Enters the [count] functions of [defs] in vm->builtins. */
bool builtins_define_all(EddyVM *vm, const BuiltinDef *defs,
                         size_t count) MUST_CHECK;

/* Installs the functions of builtins_iter.c (min, max, sum, sorted, any,
 * all). */
bool builtins_iter_install(EddyVM *vm) MUST_CHECK;
/* Installs the functions of builtins_num.c (abs, round, divmod, pow, hex,
 * oct, bin, chr, ord). */
bool builtins_num_install(EddyVM *vm) MUST_CHECK;
/* Installs print, input and open, and the file type's behaviour. */
bool builtins_io_install(EddyVM *vm) MUST_CHECK;
/* Installs help (builtins_help.c), which imports pydoc on its first call. */
bool builtins_help_install(EddyVM *vm) MUST_CHECK;

/* ---- files (builtins_file.c, builtins_io.c) ---- */

/* Installs the file type's TypeOps, methods and attributes. */
bool builtins_file_install(EddyVM *vm) MUST_CHECK;

/* Writes the [len] bytes at [text] to the open, writable [file] (through
 * the VM's output hooks when it wraps stdout or stderr). */
bool builtins_file_write(EddyVM *vm, ObjFile *file, const char *text,
                         size_t len) MUST_CHECK;
/* Checks that [file] is open and writable, with CPython's messages. */
bool builtins_file_check_writable(EddyVM *vm, ObjFile *file) MUST_CHECK;
/* Flushes [file]; ValueError when it is closed. */
bool builtins_file_flush(EddyVM *vm, ObjFile *file) MUST_CHECK;
/* Closes [file] (a no-op when already closed); false when the stream
 * reported an error, with errno set. Raises nothing. */
bool builtins_file_close(ObjFile *file);
/* Reads from [fp] onto [out] up to and including the next '\n', or at
 * most [limit] characters when [limit] is not negative. False only when
 * memory runs out; the caller checks ferror. */
bool builtins_read_line(FILE *fp, int64_t limit, ByteBuf *out);
/* Raises the OSError subclass for the errno value [err] with CPython's
 * message "[Errno 2] No such file or directory: 'x.txt'" ([path] may be
 * NULL). Always returns false. */
bool builtins_raise_errno(EddyVM *vm, int err, ObjStr *path);
/* Checks that the [len] bytes at [data] are strict UTF-8, raising
 * UnicodeDecodeError as the utf-8 codec words it otherwise. */
bool builtins_decode_check(EddyVM *vm, const char *data, size_t len) MUST_CHECK;

/* Sorts the list [list] in place with its sort method
 * (builtins_iter.c). */
bool builtins_sort_list(EddyVM *vm, Value list) MUST_CHECK;

/* ---- shared helpers (builtins.c) ---- */

/* Checks a call with [min]..[max] positional arguments and no keyword
 * arguments, with CPython's messages for [fname]. */
bool builtins_positional(EddyVM *vm, const char *fname, int nargs,
                         ObjTuple *kwnames, int min, int max) MUST_CHECK;

/* Turns the text in [buf] into a str in [*out] and frees [buf] either
 * way; false after raising (MemoryError when [ok] is false: the text
 * could not be built). */
bool builtins_str_result(EddyVM *vm, ByteBuf *buf, bool ok,
                         Value *out) MUST_CHECK;

/* When the exception being raised is an instance of [cls], clears it and
 * returns true (the caller handles it, as `except cls:` would); otherwise
 * leaves it in place and returns false. */
bool builtins_catch(EddyVM *vm, ObjClass *cls);

/* Looks the method [name] up along the MRO of [v]'s class: [*method] is
 * what the class holds, or UNDEF when it has no such attribute. False
 * only after MemoryError. */
bool builtins_find_method(EddyVM *vm, Value v, const char *name,
                          Value *method) MUST_CHECK;

/* Raises CPython's TypeError for a keyword argument a function does not
 * take: "'x' is an invalid keyword argument for print()". */
bool builtins_bad_keyword(EddyVM *vm, ObjStr *key, const char *fname);

/* Pushes [v] on the temporary-root stack and returns its slot, so that a
 * loop can replace the rooted value in place with builtins_root_set. */
static inline int builtins_root(EddyVM *vm, Value v) {
  gc_push_root(vm, v);
  return vm->temp_root_count - 1;
}

/* Replaces the value rooted in [slot] by [v]. */
static inline void builtins_root_set(EddyVM *vm, int slot, Value v) {
  vm->temp_roots[slot] = v;
}

#endif
