/* container.h: pieces shared by the built-in container types.
 *
 * list, tuple, dict, set, range, slice and the built-in iterators all
 * check their methods' arguments with CPython's messages, turn ints into
 * indices, guard repr() against self-reference, and drain iterables. The
 * helpers for that live here, once, so that every container says
 * "list.append() takes exactly one argument (0 given)" and
 * "pop expected at most 1 argument, got 2" the way CPython does.
 *
 * A method is described by a MethodSpec: the layout its receiver must
 * have, the class name and method name used in messages, and its
 * argument count range. container_method checks all of it in one call at
 * the top of each native method: a method reached through its class with
 * a wrong receiver (`list.append(1, 2)`) raises CPython's "descriptor
 * 'append' for 'list' objects doesn't apply to a 'int' object" instead of
 * reading the wrong layout.
 *
 * repr() recursion follows Py_ReprEnter: the containers being printed
 * sit on vm->repr_stack, and a container met again while it is on the
 * stack prints as "[...]", "{...}" or "set(...)".
 */
#ifndef EDDY_CONTAINER_H
#define EDDY_CONTAINER_H

#include "vm/protocol.h"

/* How a native method checks its receiver and arguments. */
typedef struct MethodSpec {
  ObjType layout;        /* layout args[0] (self) must have */
  const char *type_name; /* "list", "dict", ...: the class in messages */
  const char *name;      /* "append", "pop", ...: the method's name */
  int min;               /* fewest arguments after self */
  int max;               /* most arguments after self; -1: unbounded */
  bool keywords;         /* accepts keyword arguments (checked later) */
} MethodSpec;

/* Checks self and the argument count of a call to the method [spec]
 * (nargs counts self), raising CPython's TypeError when they are wrong. */
bool container_method(EddyVM *vm, const MethodSpec *spec, Value *args,
                      int nargs, ObjTuple *kwnames) MUST_CHECK;

/* Stores the int [v] (bool included) in [*out] for a method argument
 * such as list.pop's index: OverflowError "Python int too large to
 * convert to C ssize_t" for big ints, TypeError "'str' object cannot be
 * interpreted as an integer" for anything but an int. */
bool container_int_arg(EddyVM *vm, Value v, int64_t *out) MUST_CHECK;

/* Stores the int [v] in [*out] for a subscript or a repeat count: big
 * ints raise [overflow] ("cannot fit 'int' into an index-sized integer";
 * IndexError for subscripts, OverflowError for repeats). False without
 * raising when [v] is not an int at all: the caller names the type. */
bool container_index(EddyVM *vm, Value v, ObjClass *overflow, int64_t *out,
                     bool *is_int) MUST_CHECK;

/* The int [v] clamped to int64, as slice bounds are (CPython clamps to
 * the ssize_t range). [v] must be an int. */
int64_t container_clamp(Value v);

/* Reads the optional start and stop arguments of list.index and
 * tuple.index at [args][0..n) (n is 0, 1 or 2) for a sequence of [len]
 * items, clamped into [0, len] as slice bounds are. */
bool container_index_bounds(EddyVM *vm, const Value *args, int n, int64_t len,
                            int64_t *start, int64_t *stop) MUST_CHECK;

/* [*out] = [a] [op] [b] for two lists or two tuples: lexicographic, item
 * by item with value_eq until a difference, then value_compare of the
 * differing items (or of the lengths). The sequences may change under
 * the comparisons; their lengths are reread at every step. */
bool container_seq_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                           Value *out) MUST_CHECK;

/* Raises ValueError "[repr(value)] is not in [what]" (list.index,
 * range.index). Always returns false. */
bool container_not_in(EddyVM *vm, Value value, const char *what);

/* Enters the repr of [self]: [*busy] is set when [self] is already being
 * printed further up (print the "[...]" form and do not call
 * container_repr_leave); otherwise it is pushed on vm->repr_stack. */
bool container_repr_enter(EddyVM *vm, Value self, bool *busy) MUST_CHECK;
/* Leaves the repr of [self], entered without [busy]. */
void container_repr_leave(EddyVM *vm, Value self);

/* Called for each item of an iterable; false stops after raising. */
typedef bool (*ContainerItemFn)(EddyVM *vm, Value item, void *ctx);

/* Calls [fn]([item], [ctx]) for each item of [iterable] (exact lists and
 * tuples are walked directly, anything else through iter()/next()).
 * Each item is rooted while [fn] runs. */
bool container_each(EddyVM *vm, Value iterable, ContainerItemFn fn,
                    void *ctx) MUST_CHECK;

/* When the exception being raised is an instance of [cls], clears it and
 * returns true: the caller handles the condition itself (a missing
 * __index__, the IndexError that ends an old-style iteration). Returns
 * false, leaving the exception, otherwise. */
bool container_catch(EddyVM *vm, ObjClass *cls);

/* X.__iter__() for the built-in containers: iter(self) through the C
 * iter of self's class, so that super().__iter__() works in
 * subclasses. */
bool container_iter_method(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) MUST_CHECK;

/* Defines the read-only attribute [name] of [cls] computed by [getter]
 * (called with self as its only argument), as a property. */
bool container_getter(EddyVM *vm, ObjClass *cls, const char *name,
                      NativeFn getter) MUST_CHECK;

/* Defines [name] in [cls] as a classmethod wrapping the native [fn]
 * (called with the class as args[0]). */
bool container_classmethod(EddyVM *vm, ObjClass *cls, const char *name,
                           NativeFn fn) MUST_CHECK;

/* True when [v]'s class is exactly the built-in [cls] (not a subclass),
 * the condition under which CPython takes its fast paths. */
static inline bool container_is_exact(Value v, ObjClass *cls) {
  return IS_OBJ(v) && AS_OBJ(v)->cls == cls;
}

#endif
