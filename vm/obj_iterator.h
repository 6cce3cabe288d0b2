/* obj_iterator.h: the built-in iterators and the dict views.
 *
 * Every built-in iterator is an ObjIterator (object.h) whose class says
 * what it is and whose [next] function does the work; the fields are
 * used as each kind needs:
 *
 *   list_iterator, tuple_iterator    source: the sequence; index: next
 *   list_reverseiterator, reversed   source: the sequence; index: next,
 *                                    counting down
 *   iterator (old-style __getitem__) source: the object; index: next
 *   callable_iterator                source: the callable; extra: the
 *                                    sentinel
 *   range_iterator (small)           index: next value; stop: items left;
 *                                    extra: the step (an int)
 *   range_iterator (big)             source: a private range whose start
 *                                    advances; extra: UNDEF
 *   set_iterator                     source: the set; index: next slot;
 *                                    version: len(set) at the start;
 *                                    stop: items left
 *   dict_*iterator                   source: the dict; index: next entry
 *                                    (counting down for the reverse
 *                                    ones); version: len(dict) at the
 *                                    start; stop: items left
 *   enumerate                        source: the iterator; extra: count
 *   zip                              source: tuple of iterators; index:
 *                                    1 when strict
 *   map                              source: tuple of iterators; extra:
 *                                    the function
 *   filter                           source: the iterator; extra: the
 *                                    function or None
 *   dict_keys, dict_values,          source: the dict; next: NULL (views
 *   dict_items                       are iterable, not iterators)
 *
 * As in CPython, a set or dict iterator compares the container's size
 * with the size it started with and raises RuntimeError ("dictionary
 * changed size during iteration", "Set changed size during iteration")
 * when it changed; the error repeats on later calls. An exhausted
 * iterator stays exhausted (and drops its source) even if the list it
 * walked grows again.
 *
 * The views dict_keys and dict_items are set-like: ==, <, <=, ... with
 * sets and other views, and | & - ^ with any iterable, producing sets,
 * as CPython's dictviews do.
 */
#ifndef EDDY_OBJ_ITERATOR_H
#define EDDY_OBJ_ITERATOR_H

#include "vm/protocol.h"

/* iter([iterable]) for the built-in containers (list, tuple, dict, set,
 * range, views) and any class with a C-level iter; TypeError "'int'
 * object is not iterable" otherwise. */
bool iterator_new_for(EddyVM *vm, Value iterable, Value *out) MUST_CHECK;

/* A list_iterator, list_reverseiterator or tuple_iterator ([cls]) over
 * [seq]. */
bool iterator_new_seq(EddyVM *vm, ObjClass *cls, Value seq,
                      Value *out) MUST_CHECK;
/* A dict iterator of class [cls] (dict_keyiterator, ...,
 * dict_reverseitemiterator) over [dict]. */
bool iterator_new_dict(EddyVM *vm, ObjClass *cls, ObjDict *dict,
                       Value *out) MUST_CHECK;
/* The view [cls] (dict_keys, dict_values, dict_items) of [dict]. */
bool iterator_new_view(EddyVM *vm, ObjClass *cls, ObjDict *dict,
                       Value *out) MUST_CHECK;
/* A set_iterator over [set]. */
bool iterator_new_set(EddyVM *vm, ObjSet *set, Value *out) MUST_CHECK;
/* A range_iterator yielding [count] values from [start] by [step]. */
bool iterator_new_small_range(EddyVM *vm, int64_t start, int64_t step,
                              int64_t count, Value *out) MUST_CHECK;
/* A range_iterator that advances the private range [cursor]. */
bool iterator_new_big_range(EddyVM *vm, ObjRange *cursor,
                            Value *out) MUST_CHECK;
/* iter([obj]) for an object with __getitem__ but no __iter__: calls
 * obj[0], obj[1], ... until IndexError or StopIteration. */
bool iterator_new_getitem(EddyVM *vm, Value obj, Value *out) MUST_CHECK;
/* iter([callable], [sentinel]): calls [callable]() until it returns a
 * value equal to [sentinel]. */
bool iterator_new_callable(EddyVM *vm, Value callable, Value sentinel,
                           Value *out) MUST_CHECK;

/* True for the set-like views dict_keys and dict_items. */
bool iterator_is_set_view(EddyVM *vm, Value v);
/* [a] | & - ^ [b] where [a] or [b] is a set-like view: a new set. The
 * other operand may be any iterable. */
bool iterator_view_or(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool iterator_view_and(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool iterator_view_sub(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
bool iterator_view_xor(EddyVM *vm, Value a, Value b, Value *out) MUST_CHECK;
/* [a] [op] [b] for a set-like view [a]: compared as sets with a set or
 * another set-like view; NotImplemented otherwise. */
bool iterator_view_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                           Value *out) MUST_CHECK;

/* Installs the iterator and view classes' TypeOps and methods, and the
 * constructors of enumerate, zip, map, filter and reversed, which it
 * also stores in the builtins. */
bool iterator_install(EddyVM *vm) MUST_CHECK;

#endif
