/* obj_bytes.h: Python's bytes.
 *
 * A bytes object is an immutable ObjBytes (object.h): a length, a cached
 * hash and the bytes themselves, followed by a NUL so C code may treat
 * them as a string when it knows there is no NUL inside. Indexing gives
 * an int, slicing and most methods give new bytes, and iteration yields
 * ints, as in Python.
 *
 * The hash is the one str uses over the same bytes, so hash(b'abc') ==
 * hash('abc') as in CPython. The methods share their algorithms with str
 * (text_ops.c) with the ASCII rules for whitespace and case.
 *
 * For the VM's operators: bytes + bytes is bytes_concat (CPython's error
 * for bytes + str is "can't concat str to bytes"), bytes * int is
 * bytes_repeat, and ordering is bytes_compare.
 */
#ifndef EDDY_OBJ_BYTES_H
#define EDDY_OBJ_BYTES_H

#include "vm/vm.h"

/* A new bytes object holding a copy of the [len] bytes at [data]; NULL
 * after raising. */
ObjBytes *bytes_new(EddyVM *vm, const char *data, size_t len);
/* A new bytes object of [len] zero bytes, for the caller to fill before
 * anything reads it; NULL after raising. */
ObjBytes *bytes_alloc(EddyVM *vm, size_t len);

/* hash([b]), computed once and cached. */
int64_t bytes_hash(ObjBytes *b);
/* True when [a] and [b] hold the same bytes. */
bool bytes_equal(const ObjBytes *a, const ObjBytes *b);
/* <0, 0 or >0 as [a] sorts before, with or after [b]. */
int bytes_compare(const ObjBytes *a, const ObjBytes *b);

/* [a] + [b]; NULL after raising. */
ObjBytes *bytes_concat(EddyVM *vm, ObjBytes *a, ObjBytes *b);
/* [b] * [n] (n <= 0 gives b''); NULL after raising. */
ObjBytes *bytes_repeat(EddyVM *vm, ObjBytes *b, int64_t n);

/* What calling bytes does: bytes(), bytes(int), bytes(iterable of
 * ints), bytes(bytes), bytes(str, encoding[, errors]). */
bool bytes_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) MUST_CHECK;
/* Installs the methods of bytes_methods.c. */
bool bytes_methods_install(EddyVM *vm) MUST_CHECK;
/* Installs bytes' TypeOps, constructor and methods. */
bool bytes_install(EddyVM *vm) MUST_CHECK;

#endif
