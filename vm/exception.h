/* exception.h: exception objects, raising, matching and tracebacks.
 *
 * Exceptions are objects of the OBJ_EXCEPTION layout whose class derives
 * from BaseException. Raising stores the instance on the current task
 * (vm->task->exception) and returns false up the C call chain; the
 * dispatch loop unwinds frames to the nearest handler, appending one
 * traceback entry (file, line, function) per frame it leaves, and sets
 * __context__ from the exception being handled when the new one was
 * raised inside an except clause.
 *
 * exception_print (exception_print.c) writes an uncaught exception as
 * CPython does: chained causes and contexts first ("The above exception
 * was the direct cause of the following exception:"), "Traceback (most
 * recent call last):", one `  File "x.eddy", line 3, in f` line per entry
 * followed by the stripped source line (read from the file when it
 * exists), `Name: message` and the exception's __notes__; exception
 * groups (exception_group.h) print as a framed tree of their members.
 */
#ifndef EDDY_EXCEPTION_H
#define EDDY_EXCEPTION_H

#include "vm/vm.h"

/* A new instance of the exception class [cls] with [args] (NULL: no
 * arguments); NULL after raising MemoryError. */
ObjException *exception_new(EddyVM *vm, ObjClass *cls, ObjTuple *args);

/* Raises [cls]([arg]), e.g. KeyError(key). Always returns false. */
bool vm_raise_with_arg(EddyVM *vm, ObjClass *cls, Value arg);

/* Raises [cls] (SyntaxError, IndentationError, TabError) with [msg] at
 * [filename]:[line], columns [offset] to [end_offset] of [end_line]
 * (1-based, as CPython's attributes), [text] the source line or NULL:
 * the exception that compile() and import raise for a bad source.
 * Always returns false. */
bool vm_raise_syntax_error(EddyVM *vm, ObjClass *cls, const char *msg,
                           const char *filename, int line, int offset,
                           const char *text, int end_line, int end_offset);

/* Appends a traceback entry to [exc] for a frame it passed through.
 * Entries are kept in the order they are added while unwinding, the
 * innermost frame first (a frame that re-raises adds another at the
 * end); exception_print shows them in reverse, outermost first. */
bool exception_add_traceback(EddyVM *vm, Value exc, ObjStr *filename,
                             ObjStr *funcname, int line) MUST_CHECK;

/* Sets [*out] when [exc] is an instance of [cls_or_tuple] (a class or a
 * tuple of classes), as an except clause tests it; raises TypeError
 * "catching classes that do not inherit from BaseException is not
 * allowed" for anything else. */
bool exception_matches(EddyVM *vm, Value exc, Value cls_or_tuple,
                       bool *out) MUST_CHECK;

/* True when [cls] is [base] or derives from it (along its MRO). */
bool class_is_subclass(const ObjClass *cls, const ObjClass *base);

/* str(exc) as CPython computes it: '' for no args, str(args[0]) for one,
 * str(args) for several; KeyError uses repr of its single argument. */
bool exception_str(EddyVM *vm, Value exc, ByteBuf *out) MUST_CHECK;

/* Writes the uncaught exception [exc] with its traceback, chain, notes
 * and (for a group) members to the VM's stderr, in CPython's format. */
void exception_print(EddyVM *vm, Value exc);

/* Looks up the attributes of the exception [exc] that live outside the
 * class: its own __dict__, args, __cause__, __context__,
 * __suppress_context__, __traceback__, and the computed attributes of
 * SystemExit (code), StopIteration (value) and OSError (errno, strerror,
 * filename). [*found] is false when [name] is none of them. */
bool exception_getattr(EddyVM *vm, Value exc, ObjStr *name, Value *out,
                       bool *found) MUST_CHECK;
/* Sets the attribute [name] of the exception [exc] to [value]: the
 * special fields above, anything else in its __dict__. */
bool exception_setattr(EddyVM *vm, Value exc, ObjStr *name,
                       Value value) MUST_CHECK;

/* The exception class's name as a traceback shows it: the qualified
 * name, prefixed with "module." unless the module is builtins or
 * __main__. Appends to [out]. */
bool exception_class_name(EddyVM *vm, ObjClass *cls, ByteBuf *out) MUST_CHECK;

/* Installs BaseException's TypeOps, constructor and methods on every
 * built-in exception class and preallocates vm->memory_error. */
bool exception_install(EddyVM *vm) MUST_CHECK;

#endif
