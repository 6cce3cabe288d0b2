/* mod_common.h: what the built-in modules written in C share.
 *
 * Each module (math, time, sys, random, os, string) fills the dict of its
 * module object with natives and constants; the helpers here do the
 * repetitive part (a table of functions, a named constant) and the
 * conversions CPython's modules share, with CPython's messages:
 *
 *   - mod_to_double is PyFloat_AsDouble: a float, an int (correctly
 *     rounded; OverflowError past the float range), or an object whose
 *     class defines __float__ or __index__; "must be real number, not str"
 *     otherwise.
 *   - mod_to_index is operator.index: an int as it is (a bool becomes 0 or
 *     1), or the result of __index__; "'float' object cannot be interpreted
 *     as an integer" otherwise.
 *   - mod_raise_os_error builds OSError(errno, strerror, filename[, None,
 *     filename2]) through the exception class, which picks the subclass
 *     (FileNotFoundError, ...) and prints "[Errno 2] No such file or
 *     directory: 'x'" as CPython does.
 *
 * Several functions CPython writes in Python (random.randint, os.path.join,
 * ...) are written here in C; their argument errors must still read like
 * those of a Python function ("Random.randint() missing 1 required
 * positional argument: 'b'"). mod_bind_args binds arguments to a
 * PySignature and raises exactly those messages.
 */
#ifndef EDDY_MOD_COMMON_H
#define EDDY_MOD_COMMON_H

#include "vm/vm.h"

/* One function of a module's table. */
typedef struct ModuleFunction {
  const char *name; /* the name scripts call it by */
  NativeFn fn;      /* its implementation */
} ModuleFunction;

/* Defines the [count] functions of [defs] in the dict of [module]. */
bool mod_define_functions(EddyVM *vm, ObjModule *module,
                          const ModuleFunction *defs, size_t count) MUST_CHECK;

/* Stores [value] under [name] in the dict of [module]; [value] is rooted
 * while the name is made. */
bool mod_set_value(EddyVM *vm, ObjModule *module, const char *name,
                   Value value) MUST_CHECK;

/* Stores a new str holding the NUL-terminated [text] under [name]. */
bool mod_set_str(EddyVM *vm, ObjModule *module, const char *name,
                 const char *text) MUST_CHECK;

/* A new str of the [len] bytes of UTF-8 at [text] in [*out]. */
bool mod_new_str(EddyVM *vm, const char *text, size_t len,
                 Value *out) MUST_CHECK;

/* The attribute [name] of the built-in module [module] as sys.modules
 * holds it now, or UNDEF. Natives reach their module's state (such as
 * time.struct_time or os.environ) this way. */
Value mod_attr(EddyVM *vm, const char *module, const char *name);

/* [*out] = the float value of [v], as PyFloat_AsDouble computes it. */
bool mod_to_double(EddyVM *vm, Value v, double *out) MUST_CHECK;

/* [*out] = operator.index([v]): always an int (small or big). */
bool mod_to_index(EddyVM *vm, Value v, Value *out) MUST_CHECK;

/* [*method] = the special method [name] found on the class of the object
 * [v] (a script's class), or UNDEF. Immediates (None, bool, int, float)
 * have none: callers handle them first. */
bool mod_special_method(EddyVM *vm, Value v, const char *name,
                        Value *method) MUST_CHECK;

/* Raises the OSError subclass for the errno value [err] with the file
 * names [filename] and [filename2] (each UNDEF when absent). Always
 * returns false. */
bool mod_raise_os_error(EddyVM *vm, int err, Value filename, Value filename2);

/* [*out] = [a] [op] [b] with Python's semantics, for code that mirrors
 * Python source (op is a BinOpKind). */
bool mod_arith(EddyVM *vm, int op, Value a, Value b, Value *out) MUST_CHECK;

/* The parameters of a function CPython writes in Python, for binding the
 * arguments of its C version with CPython's messages. A method lists
 * "self" first, and counts it, as CPython's messages do. */
typedef struct PySignature {
  const char *name;          /* the qualified name: "Random.randint" */
  const char *const *params; /* every parameter, positional ones first */
  int count;                 /* entries in [params] */
  int positional;            /* the first [positional] may be positional;
                                the rest are keyword-only */
  int required;              /* the first [required] have no default */
} PySignature;

/* Binds the call's [nargs] positional arguments and keyword arguments to
 * [sig], storing each parameter's value in out[i] (UNDEF when omitted
 * and defaulted). Raises CPython's TypeError for a wrong call: "f() takes
 * 3 positional arguments but 4 were given", "f() missing 1 required
 * positional argument: 'b'", "f() got an unexpected keyword argument
 * 'x'", "f() got multiple values for argument 'a'". */
bool mod_bind_args(EddyVM *vm, const PySignature *sig, Value *args, int nargs,
                   ObjTuple *kwnames, Value *out) MUST_CHECK;

#endif
