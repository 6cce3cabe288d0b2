/* boxed.h: instances of script subclasses of int and float.
 *
 * Ints and floats are immediate values, so an instance of `class
 * Meters(float)` cannot share their layout. It is an ObjBoxed: an
 * ordinary instance (attributes, script methods, the instance TypeOps)
 * plus the number it stands for. Script dunders defined on the subclass
 * take precedence as for any class; wherever the operation falls back
 * to the built-in behaviour (arithmetic, comparison, hashing, repr,
 * indexing, conversions) the protocol layer first replaces the box by
 * its number with value_unbox, so results are plain ints and floats, as
 * in CPython.
 */
#ifndef EDDY_BOXED_H
#define EDDY_BOXED_H

#include "vm/object.h"

/* True when [v] is an instance of a script subclass of int or float. */
static inline bool value_is_boxed(Value v) {
  return IS_OBJ(v) && AS_OBJ(v)->type == OBJ_INSTANCE &&
         AS_OBJ(v)->cls->boxes_value;
}

/* The number a boxed [v] stands for, or [v] itself. */
static inline Value value_unbox(Value v) {
  return value_is_boxed(v) ? ((ObjBoxed *)AS_OBJ(v))->value : v;
}

/* Wraps the int or float [*value] in an instance of [cls] (a class with
 * boxes_value set) in place. Returns false after raising MemoryError. */
MUST_CHECK bool boxed_new(EddyVM *vm, ObjClass *cls, Value *value);

/* The TypeOps of boxed instances: each delegates to the number's own. */
extern const TypeOps boxed_ops;

#endif
