/* reprlib.h: the shortened repr of CPython's reprlib.repr.
 *
 * asyncio prints a future's result and a callback's arguments through
 * reprlib, so that a huge list or string does not flood a repr or an
 * error report. Eddy does the same in C with the limits of reprlib's
 * default Repr instance: at most 6 items of a list, tuple, set,
 * frozenset or deque, 4 of a dict (its keys sorted when they can be), 6
 * levels of nesting (deeper non-empty containers show as "[...]"), 30
 * characters of a str's repr, 40 digits of an int and 30 characters of
 * any other repr, cut in the middle with "...".
 *
 * Like reprlib, the choice is made by the exact class: a subclass of
 * list or str is shortened as an opaque object (its whole repr cut to 30
 * characters), and any class named "deque" is read as a sequence through
 * len() and iteration. The arithmetic of the cuts is reprlib's to the
 * character, counted in code points.
 */
#ifndef EDDY_REPRLIB_H
#define EDDY_REPRLIB_H

#include "vm/buffer.h"
#include "vm/vm.h"

/* Appends reprlib.repr([v]) to [out]. Script code may run (__repr__,
 * __lt__ of dict keys while sorting them); false after raising. */
bool reprlib_repr(EddyVM *vm, Value v, ByteBuf *out) MUST_CHECK;

#endif
