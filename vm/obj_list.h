/* obj_list.h: list, the mutable sequence.
 *
 * A list is an ObjList header plus a separately allocated array of
 * [cap] values of which the first [length] are items; appends grow the
 * array by about 1/8 (CPython's over-allocation), so a run of appends is
 * amortised O(1). The array is allocated with gc_realloc so it counts in
 * the heap size, and may move whenever the list grows: code that calls
 * anything that can run scripts (value_eq, value_repr, vm_call) between
 * two reads of list->items rereads the pointer and the length, since the
 * script may have changed the list.
 *
 * Sorting (list_sort.c) is a stable natural merge sort: runs already in
 * order are found and merged, so sorted and reversed inputs take O(n)
 * comparisons. Keys are computed once per item. During a sort the list
 * looks empty to scripts, and a sort whose key or comparison changes
 * the list raises "list modified during sort", as in CPython.
 */
#ifndef EDDY_OBJ_LIST_H
#define EDDY_OBJ_LIST_H

#include "vm/protocol.h"

/* A new empty list with room for [cap] items; NULL after raising. */
ObjList *list_new(EddyVM *vm, size_t cap);
/* As list_new, of class [cls] (list or a subclass). */
ObjList *list_new_of(EddyVM *vm, ObjClass *cls, size_t cap);
/* A new list holding the [n] values at [items] (which must stay
 * reachable while it allocates). */
ObjList *list_from_array(EddyVM *vm, const Value *items, size_t n);

/* Appends [v] (rooted while the array grows). */
bool list_append(EddyVM *vm, ObjList *list, Value v) MUST_CHECK;
/* Makes room for at least [cap] items. */
bool list_reserve(EddyVM *vm, ObjList *list, size_t cap) MUST_CHECK;
/* list.extend([iterable]). */
bool list_extend(EddyVM *vm, ObjList *list, Value iterable) MUST_CHECK;
/* list.insert([index], [v]) with Python's clamping of [index]. */
bool list_insert(EddyVM *vm, ObjList *list, int64_t index, Value v) MUST_CHECK;
/* Removes every item. */
void list_clear(EddyVM *vm, ObjList *list);

/* Sorts [list] in place, stably: by [key](item) when [key] is not None,
 * in descending order when [reverse] is set. Comparisons use
 * value_less. On an error the list holds its items in some order. */
bool list_sort(EddyVM *vm, ObjList *list, Value key, bool reverse) MUST_CHECK;

/* [a] + [b] for a list [a]: a new list; TypeError 'can only concatenate
 * list (not "tuple") to list' when [b] is not a list. */
bool list_concat(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
/* [a] += [b] for a list [a]: extends [a] with any iterable and stores
 * [a] in [*out]. */
bool list_inplace_concat(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
/* [a] * [n] (and [n] * [a]) for a list [a]: TypeError "can't multiply
 * sequence by non-int of type 'float'" when [n] is not an int. */
bool list_repeat(EddyVM *vm, Value a, Value n, Value *out) MUST_CHECK;
/* [a] *= [n] for a list [a], in place; stores [a] in [*out]. */
bool list_inplace_repeat(EddyVM *vm, Value a, Value n, Value *out) MUST_CHECK;
/* [a] [op] [b] for a list [a]: NotImplemented when [b] is not a list. */
bool list_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                  Value *out) MUST_CHECK;

/* Installs list's TypeOps, constructor and methods. */
bool list_install(EddyVM *vm) MUST_CHECK;

#endif
