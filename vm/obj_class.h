/* obj_class.h: classes defined by scripts.
 *
 * A class statement compiles to a call of __build_class__(body, name,
 * *bases, **keywords): the body runs as a function whose NAME
 * instructions write into a fresh namespace dict, and class_new turns
 * (name, bases, namespace) into an ObjClass with CPython's C3 method
 * resolution order. The layout of the instances comes from the most
 * derived built-in base (a subclass of Exception makes OBJ_EXCEPTION
 * objects, a subclass of list OBJ_LIST objects, anything else
 * OBJ_INSTANCE).
 *
 * Calling a class makes the instance (through the built-in base's
 * constructor, or a script __new__) and then runs __init__. When __init__
 * is written in Eddy its frame is pushed like any call, flagged so that
 * its return yields the instance: creating an object does not recurse in
 * C.
 *
 * super() finds the class and the instance in the calling frame (the
 * __class__ cell and the first argument), as CPython does.
 */
#ifndef EDDY_OBJ_CLASS_H
#define EDDY_OBJ_CLASS_H

#include "vm/vm.h"

/* Makes a class named [name] with the tuple [bases] (may be empty) and
 * the namespace [dict]; NULL after raising. */
ObjClass *class_new(EddyVM *vm, ObjStr *name, ObjTuple *bases, ObjDict *dict);

/* Starts a call of the script class at values[slot] of [task] with the
 * [argc] arguments above it: the instance ends at values[ret]. Sets
 * [*pushed] when an __init__ frame was pushed. */
bool class_call(EddyVM *vm, Task *task, size_t slot, int argc,
                ObjTuple *kwnames, size_t ret, bool *pushed) MUST_CHECK;

/* Installs __build_class__, super, property, staticmethod, classmethod. */
bool class_install(EddyVM *vm) MUST_CHECK;

#endif
