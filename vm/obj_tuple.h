/* obj_tuple.h: tuple, the immutable sequence.
 *
 * A tuple stores its items inline after the header (one allocation). The
 * compiler and the VM build tuples for constants, argument packing,
 * multiple assignment and keyword names; tuple_new gives one filled with
 * None that the caller then fills in before anything else allocates, or
 * roots.
 *
 * hash(t) is CPython 3.11's xxHash-based tuplehash over the items'
 * hashes, so hash((1, 2)) is the same number in Eddy and in CPython; it is
 * cached in the object. Ordering is lexicographic (container.h).
 */
#ifndef EDDY_OBJ_TUPLE_H
#define EDDY_OBJ_TUPLE_H

#include "vm/protocol.h"

/* A new tuple of [n] items, all None; NULL after raising. */
ObjTuple *tuple_new(EddyVM *vm, size_t n);
/* As tuple_new, of class [cls] (tuple or a subclass). */
ObjTuple *tuple_new_of(EddyVM *vm, ObjClass *cls, size_t n);
/* A new tuple holding the [n] values at [items] (which must stay
 * reachable while it allocates). */
ObjTuple *tuple_from_array(EddyVM *vm, const Value *items, size_t n);
/* The pair ([a], [b]); roots them while it allocates. */
ObjTuple *tuple_pack2(EddyVM *vm, Value a, Value b);
/* tuple([iterable]) in [*out]: the same object when it is an exact
 * tuple. */
bool tuple_from_iterable(EddyVM *vm, Value iterable, Value *out) MUST_CHECK;

/* CPython's tuple hash of [n] items whose hashes are [hashes]. */
int64_t tuple_hash_combine(const int64_t *hashes, size_t n);

/* [a] + [b] for a tuple [a]: TypeError 'can only concatenate tuple (not
 * "list") to tuple' when [b] is not a tuple. */
bool tuple_concat(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
/* [a] * [n] (and [n] * [a]) for a tuple [a]: TypeError "can't multiply
 * sequence by non-int of type 'float'" when [n] is not an int. */
bool tuple_repeat(EddyVM *vm, Value a, Value n, Value *out) MUST_CHECK;
/* [a] [op] [b] for a tuple [a]: NotImplemented when [b] is not a tuple. */
bool tuple_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                   Value *out) MUST_CHECK;

/* Installs tuple's TypeOps, constructor and methods. */
bool tuple_install(EddyVM *vm) MUST_CHECK;

#endif
