/* native.h: writing built-in functions and methods in C.
 *
 * A native function has the NativeFn signature (object.h): positional
 * arguments, then keyword arguments named by a tuple, a result slot, and
 * a bool status. This header gives the pieces every native needs: making
 * the function objects, installing them in a class or module, and
 * checking arguments with CPython's error messages, so that every
 * built-in says "len() takes exactly one argument (2 given)" the way
 * CPython does.
 *
 * Argument parsing follows PyArg_ParseTupleAndKeywords in spirit: a list
 * of parameter names, how many are required, and output slots; missing
 * optional arguments are left as UNDEF.
 */
#ifndef EDDY_NATIVE_H
#define EDDY_NATIVE_H

#include "vm/vm.h"

/* Creates a built-in function named [name]; NULL after raising. */
ObjNative *native_new(EddyVM *vm, const char *name, NativeFn fn);

/* Stores a new built-in [name] in the dict [dict] (a module's globals or
 * a class's attributes). [is_method] makes repr say "method". */
bool native_define(EddyVM *vm, ObjDict *dict, const char *name, NativeFn fn,
                   bool is_method) MUST_CHECK;

/* Shorthand: a method [name] in class [cls]. */
bool native_method(EddyVM *vm, ObjClass *cls, const char *name,
                   NativeFn fn) MUST_CHECK;

/* Fails with "[fname]() takes no keyword arguments" when [kwnames] has
 * any. */
bool native_no_kwargs(EddyVM *vm, const char *fname,
                      ObjTuple *kwnames) MUST_CHECK;

/* Checks that [nargs] is within [min, max] (max -1: unbounded), raising
 * CPython's TypeError otherwise: "f() takes exactly one argument (2
 * given)", "f expected at most 2 arguments, got 3", ... [fname] is the
 * name shown, e.g. "len" or "str.split" (methods pass "split"). */
bool native_check_count(EddyVM *vm, const char *fname, int nargs, int min,
                        int max) MUST_CHECK;

/* General parser: binds [nargs] positional and the keyword arguments to
 * the parameters [names] (count [n]; the first [required] must be given;
 * the first [posonly] are positional-only), storing each in out[i]
 * (UNDEF when not given). Raises TypeError as CPython: "f() got an
 * unexpected keyword argument 'x'", "f() got multiple values for argument
 * 'x'", "f() missing required argument 'x' (pos 1)", "f() takes at most 2
 * arguments (3 given)". */
bool native_parse_args(EddyVM *vm, const char *fname, Value *args, int nargs,
                       ObjTuple *kwnames, const char *const *names, int n,
                       int required, int posonly, Value *out) MUST_CHECK;

#endif
