/* call.h: calling any callable from the dispatch loop or from C.
 *
 * The callable and its arguments sit on the current task's stack: the
 * callable at [slot], then [argc] arguments, positional first and then
 * the values of the keyword arguments named by [kwnames]. call_value
 * either finishes the call at once (built-in functions, built-in
 * classes) and stores the result at [ret], or, for a function written in
 * Eddy, binds the arguments into a new frame and pushes it: the dispatch
 * loop then simply continues in that frame. This is why script-to-script
 * calls never recurse in C.
 *
 * Argument binding follows CPython exactly, error messages included:
 * "f() missing 1 required positional argument: 'x'", "f() takes 2
 * positional arguments but 3 were given", "f() got an unexpected keyword
 * argument 'y'", "f() got multiple values for argument 'x'".
 */
#ifndef EDDY_CALL_H
#define EDDY_CALL_H

#include "vm/vm.h"

/* Calls values[slot] with the [argc] values above it. On return either
 * the result is at values[ret] with sp = ret + 1, or (*pushed) a frame
 * was pushed whose RETURN_VALUE will store it there. False after
 * raising. */
bool call_value(EddyVM *vm, Task *task, size_t slot, int argc,
                ObjTuple *kwnames, size_t ret, bool *pushed) MUST_CHECK;

/* Pushes the frame of [fn] on [task], its arguments already at
 * values[slot + 1 ...]; used by call_value and by generators. */
bool call_push_function(EddyVM *vm, Task *task, ObjFunction *fn, size_t slot,
                        int argc, ObjTuple *kwnames, size_t ret) MUST_CHECK;

/* The number of local slots a frame of [code] uses (locals, cells, free
 * variables), below its value stack. */
static inline int call_frame_slots(const ObjCode *code) {
  return code->nlocals + (int)code->cellvars->length +
         (int)code->freevars->length;
}

#endif
