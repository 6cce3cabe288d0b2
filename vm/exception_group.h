/* exception_group.h: BaseExceptionGroup, ExceptionGroup and except*.
 *
 * An exception group is an ordinary exception object (OBJ_EXCEPTION)
 * whose eg_message and eg_exceptions fields are set: the message given
 * to the constructor and the sub-exceptions as a tuple. Its args stay the
 * constructor's arguments, so repr shows the sequence as it was passed
 * (`ExceptionGroup('m', [ValueError(1)])`) while str counts the members
 * ("m (1 sub-exception)"). BaseExceptionGroup(msg, excs) makes an
 * ExceptionGroup when every member is an Exception, and ExceptionGroup
 * refuses members that are not.
 *
 * split and subgroup walk a group recursively: the group itself is
 * tested first, then each member, and every part kept is rebuilt with
 * the original group's derive() (a subclass may override it) and given
 * the original's traceback, __cause__, __context__ and a copy of its
 * __notes__.
 *
 * except* runs on two instructions. CHECK_EG_MATCH splits the exception
 * being handled by a clause's type (a naked exception that matches is
 * wrapped in ExceptionGroup('', (exc,))); RERAISE_STAR combines what no
 * clause matched with what the clauses raised: exceptions re-raised
 * unchanged (same traceback, cause and context as the original group)
 * come back in the original group's shape, new ones join them in an
 * ExceptionGroup('', [...]).
 */
#ifndef EDDY_EXCEPTION_GROUP_H
#define EDDY_EXCEPTION_GROUP_H

#include "vm/buffer.h"
#include "vm/vm.h"

/* True when [v] is an exception group (an instance made by the
 * constructor of BaseExceptionGroup or one of its subclasses). */
bool exception_is_group(Value v);

/* True when [v] is a sequence as CPython's PySequence_Check sees it
 * (what a group's members and __notes__ must be): the built-in
 * sequences, and instances of script classes that define __getitem__
 * without being mappings. */
bool exception_group_sequence(EddyVM *vm, Value v);

/* str(group): "msg (2 sub-exceptions)". */
bool exception_group_str(EddyVM *vm, ObjException *group,
                         ByteBuf *out) MUST_CHECK;

/* The attributes message and exceptions of the group [exc]: true, with
 * [*out] set, when [name] is one of them. */
bool exception_group_attr(EddyVM *vm, ObjException *exc, ObjStr *name,
                          Value *out);

/* True when [name] is a read-only attribute of the group [exc]
 * (message, exceptions). */
bool exception_group_readonly(EddyVM *vm, ObjException *exc, ObjStr *name);

/* The test of one except* clause: splits [exc] (the exception left to
 * handle, or None) by the clause's [type]. [*match] is None when nothing
 * matches; otherwise [*match] is the matching part and [*rest] what is
 * left (None when everything matched). Raises TypeError for a [type]
 * that is not an exception class or tuple of them, or that is an
 * exception group class. */
bool exception_group_match(EddyVM *vm, Value exc, Value type, Value *match,
                           Value *rest) MUST_CHECK;

/* What a try statement with except* clauses raises when its clauses are
 * done: [orig] is the exception it caught, [raised] the list of what
 * each clause raised followed by the unmatched rest (None entries are
 * skipped). [*out] is None when nothing is left to raise. */
bool exception_group_reraise_star(EddyVM *vm, Value orig, ObjList *raised,
                                  Value *out) MUST_CHECK;

/* Gives BaseExceptionGroup and ExceptionGroup their constructor and
 * methods, and ExceptionGroup its second base, Exception. Called by
 * exception_install. */
bool exception_group_install(EddyVM *vm) MUST_CHECK;

#endif
