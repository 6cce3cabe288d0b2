/* protocol.h: Python's generic operations on any value.
 *
 * repr(), str(), ==, <, hash(), bool(), len(), iter()/next(), x[k],
 * `in`, and attribute access, each dispatched on the value's kind: the
 * immediates inline, built-in layouts through their class's TypeOps, and
 * (for user classes) the dunder methods of the class, called through
 * vm_call. The dispatch loop uses faster inline paths for the common
 * cases and falls back here. Every function returns false after raising.
 *
 * Comparison results follow Python: equality never raises for mismatched
 * built-in types (it is False), ordering between unrelated types raises
 * "'<' not supported between instances of 'int' and 'str'".
 */
#ifndef EDDY_PROTOCOL_H
#define EDDY_PROTOCOL_H

#include "vm/vm.h"

/* Comparison operators, in the order of the AST's CmpOpKind. */
typedef enum {
  COMPARE_EQ,
  COMPARE_NE,
  COMPARE_LT,
  COMPARE_LE,
  COMPARE_GT,
  COMPARE_GE,
} CompareOp;

/* Appends repr([v]) to [out]. */
bool value_repr(EddyVM *vm, Value v, ByteBuf *out) MUST_CHECK;
/* Appends str([v]) to [out]. */
bool value_str(EddyVM *vm, Value v, ByteBuf *out) MUST_CHECK;
/* repr([v]) as a new str object in [*out]. */
bool value_repr_obj(EddyVM *vm, Value v, Value *out) MUST_CHECK;
/* str([v]) as a str object in [*out] (v itself when it is a str). */
bool value_str_obj(EddyVM *vm, Value v, Value *out) MUST_CHECK;

/* [*out] = ([a] == [b]). */
bool value_eq(EddyVM *vm, Value a, Value b, bool *out) MUST_CHECK;
/* [*out] = the Python result of comparing [a] [op] [b] (a bool for the
 * built-in types; whatever a user's __lt__ returns otherwise). */
bool value_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                   Value *out) MUST_CHECK;
/* [*out] = ([a] < [b]) as a C bool, for sorting and min/max. */
bool value_less(EddyVM *vm, Value a, Value b, bool *out) MUST_CHECK;
/* [*out] = hash([v]); "unhashable type: 'list'" for mutable values. The
 * hash of ints, floats, strs, tuples, ... equals CPython's where it is
 * not randomised (ints, floats, tuples of them, None, bools). */
bool value_hash(EddyVM *vm, Value v, int64_t *out) MUST_CHECK;
/* [*out] = bool([v]). */
bool value_truthy(EddyVM *vm, Value v, bool *out) MUST_CHECK;
/* [*out] = len([v]). */
bool value_len(EddyVM *vm, Value v, int64_t *out) MUST_CHECK;

/* [*out] = iter([v]). */
bool value_iter(EddyVM *vm, Value v, Value *out) MUST_CHECK;
/* Advances the iterator [it]: the item in [*out], or [*done] = true at
 * the end (StopIteration is not raised for that) with [*out] set to the
 * iterator's result: a generator's return value, the value of the
 * StopIteration a __next__ raised, None for the built-in iterators
 * (whose IterNextFn may store one, as the iterator of `await future`
 * stores the future's result). */
bool value_next(EddyVM *vm, Value it, Value *out, bool *done) MUST_CHECK;

/* [*out] = [v][key]; [v][key] = [value]; del [v][key]. */
bool value_getitem(EddyVM *vm, Value v, Value key, Value *out) MUST_CHECK;
bool value_setitem(EddyVM *vm, Value v, Value key, Value value) MUST_CHECK;
bool value_delitem(EddyVM *vm, Value v, Value key) MUST_CHECK;
/* [*out] = ([key] in [v]). */
bool value_contains(EddyVM *vm, Value v, Value key, bool *out) MUST_CHECK;

/* Attribute access on any value. value_getattr raises AttributeError with
 * CPython's message ("'int' object has no attribute 'x'"). */
bool value_getattr(EddyVM *vm, Value v, ObjStr *name, Value *out) MUST_CHECK;
bool value_setattr(EddyVM *vm, Value v, ObjStr *name, Value value) MUST_CHECK;
bool value_delattr(EddyVM *vm, Value v, ObjStr *name) MUST_CHECK;
/* Looks [name] up along the MRO of [cls]; UNDEF when absent. Raises
 * nothing. */
Value class_lookup(ObjClass *cls, ObjStr *name);

/* super([type], [obj]).[name]: looks [name] up along the MRO of [obj]'s
 * class (or of [obj] when it is a class) after [type], and binds what it
 * finds to [obj]. AttributeError "'super' object has no attribute 'x'". */
bool value_super_getattr(EddyVM *vm, ObjClass *type, Value obj, ObjStr *name,
                         Value *out) MUST_CHECK;

/* Drains the iterable [v] into a new list in [*out]. */
bool value_to_list(EddyVM *vm, Value v, Value *out) MUST_CHECK;

#endif
