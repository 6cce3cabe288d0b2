/* obj_set.h: set and frozenset.
 *
 * Python programs print sets, and CPython prints a set's elements in the
 * order of its hash table, which for ints (whose hashes are the ints
 * themselves) is predictable: print({3, 1, 2}) shows {1, 2, 3}. To print
 * the same, Eddy's set follows CPython's setobject.c exactly: the same
 * table sizes (8 slots, grown to the smallest power of two above 4x the
 * size, 2x past 50000), the same probe sequence (up to 9 linear probes,
 * then perturbation), dummies for deleted elements and reuse of the last
 * dummy met on an insertion's path, the same resize rules, and the same
 * element order in every operation (union copies the left operand then
 * adds the right, intersection walks the smaller set, ...). Iteration
 * walks the slots in order.
 *
 * Storage: the ObjDict in [table] serves as the set's hash table, with
 * set-specific rules. Its [index] holds one int32 per slot (-1: never
 * used; otherwise an entry number), and its entries hold the element and
 * its hash; an entry whose key is UNDEF is a dummy (a deleted element
 * still occupying its slot, reusable by a later insertion). [used] is
 * CPython's `fill` (slots holding an element or a dummy), [count] its
 * `used` (len(s)). The dict functions of obj_dict.h must not be used on
 * it. A table of no slots (before the first insertion and after clear())
 * behaves as CPython's empty 8-slot table.
 *
 * hash(frozenset) is CPython's (an xor of shuffled element hashes, so it
 * does not depend on order) and is cached.
 */
#ifndef EDDY_OBJ_SET_H
#define EDDY_OBJ_SET_H

#include "vm/protocol.h"

/* A new empty set (or frozenset when [frozen]); NULL after raising. */
ObjSet *set_new(EddyVM *vm, bool frozen);
/* A new empty set of class [cls] (set, frozenset or a subclass). */
ObjSet *set_new_of(EddyVM *vm, ObjClass *cls);

/* Adds [key] (hashing it, which may raise). */
bool set_add(EddyVM *vm, ObjSet *set, Value key) MUST_CHECK;
/* [*found] = [key] in [set]; an unhashable set [key] is looked up as a
 * frozenset, as CPython does. */
bool set_contains(EddyVM *vm, ObjSet *set, Value key, bool *found) MUST_CHECK;
/* Removes [key] if present; [*found] tells whether it was. */
bool set_discard(EddyVM *vm, ObjSet *set, Value key, bool *found) MUST_CHECK;
/* Adds every element of [iterable] (set.update). */
bool set_update(EddyVM *vm, ObjSet *set, Value iterable) MUST_CHECK;
/* Steps through the elements in table order, as dict_next does. */
bool set_next(ObjSet *set, size_t *pos, Value *key);
/* Number of slots a set_next position runs over (for iterators). */
size_t set_slot_count(ObjSet *set);

/* The binary operators | & - ^ for a set or frozenset [a]: NotImplemented
 * in [*out] when either operand is not a set. The result has the base
 * type (set or frozenset) of [a]. */
bool set_or(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool set_and(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool set_sub(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool set_xor(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
/* |= &= -= ^= for a set [a]: update [a] and store it in [*out];
 * NotImplemented when [b] is not a set or [a] is a frozenset (which then
 * falls back to the binary operator). */
bool set_inplace_or(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool set_inplace_and(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool set_inplace_sub(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool set_inplace_xor(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
/* [a] [op] [b] for a set [a]: subset ordering; NotImplemented when [b]
 * is not a set. */
bool set_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                 Value *out) MUST_CHECK;

/* Installs the TypeOps, constructors and methods of set and frozenset. */
bool set_install(EddyVM *vm) MUST_CHECK;

#endif
