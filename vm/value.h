/* value.h: the representation of every Eddy value.
 *
 * A Value is a 16-byte tagged union: a type tag and either an immediate
 * (None, bool, a 64-bit int, a double) or a pointer to a heap object.
 * Immediates cost no allocation, which is what makes arithmetic and loops
 * fast. Code never touches the fields directly: it uses the IS_x / AS_x /
 * x_VAL macros below, so the representation can change (NaN-boxing, say)
 * without touching the rest of the interpreter.
 *
 * Python's int is unbounded: an int that fits in int64 is always an
 * immediate (VAL_INT); one that does not is an ObjBigInt. Arithmetic
 * checks for overflow and promotes, and results that fit again are
 * demoted, so every integer has exactly one representation.
 *
 * VAL_UNDEF is internal: it marks an unbound local variable or cell, and
 * the absence of a value in hash tables and argument slots. Scripts never
 * see it.
 */
#ifndef EDDY_VALUE_H
#define EDDY_VALUE_H

#include "vm/common.h"

typedef struct Obj Obj;

typedef enum {
  VAL_UNDEF, /* no value: unbound variable, empty slot */
  VAL_NONE,  /* None */
  VAL_BOOL,  /* True / False */
  VAL_INT,   /* an int that fits in int64 */
  VAL_FLOAT, /* a float */
  VAL_OBJ,   /* any heap object: str, list, big int, function, ... */
} ValueType;

typedef struct Value {
  ValueType type; /* which member of [as] is meaningful */
  union {
    bool b;      /* VAL_BOOL */
    int64_t i;   /* VAL_INT */
    double f;    /* VAL_FLOAT */
    Obj *obj;    /* VAL_OBJ */
  } as;
} Value;

#define IS_UNDEF(v) ((v).type == VAL_UNDEF)
#define IS_NONE(v) ((v).type == VAL_NONE)
#define IS_BOOL(v) ((v).type == VAL_BOOL)
#define IS_INT(v) ((v).type == VAL_INT)
#define IS_FLOAT(v) ((v).type == VAL_FLOAT)
#define IS_OBJ(v) ((v).type == VAL_OBJ)

#define AS_BOOL(v) ((v).as.b)
#define AS_INT(v) ((v).as.i)
#define AS_FLOAT(v) ((v).as.f)
#define AS_OBJ(v) ((v).as.obj)

#define UNDEF_VAL ((Value){VAL_UNDEF, {.i = 0}})
#define NONE_VAL ((Value){VAL_NONE, {.i = 0}})
#define BOOL_VAL(x) ((Value){VAL_BOOL, {.b = (x)}})
#define INT_VAL(x) ((Value){VAL_INT, {.i = (x)}})
#define FLOAT_VAL(x) ((Value){VAL_FLOAT, {.f = (x)}})
#define OBJ_VAL(o) ((Value){VAL_OBJ, {.obj = (Obj *)(o)}})

/* True for bool and small int: the values int arithmetic reads as int64. */
#define IS_SMALLINT_LIKE(v) ((v).type == VAL_INT || (v).type == VAL_BOOL)
/* The int64 of a bool or small int. */
#define AS_SMALLINT(v) ((v).type == VAL_INT ? (v).as.i : (int64_t)(v).as.b)

/* Identity, as Python's `is`: same immediate or same object. */
static inline bool value_is(Value a, Value b) {
  if (a.type != b.type) return false;
  switch (a.type) {
  case VAL_UNDEF:
  case VAL_NONE: return true;
  case VAL_BOOL: return a.as.b == b.as.b;
  case VAL_INT: return a.as.i == b.as.i;
  case VAL_FLOAT: return a.as.f == b.as.f || (a.as.f != a.as.f && b.as.f != b.as.f);
  case VAL_OBJ: return a.as.obj == b.as.obj;
  }
  return false;
}

/* A growable array of values (constants, argument lists, ...). The memory
 * is plain malloc'd; the owner marks the values for the GC. */
typedef struct ValueArray {
  Value *items; /* [count] values */
  int count;    /* values in use */
  int cap;      /* values allocated */
} ValueArray;

void value_array_init(ValueArray *arr);
/* Appends [v]; false when memory runs out. */
bool value_array_push(ValueArray *arr, Value v) MUST_CHECK;
void value_array_free(ValueArray *arr);

#endif
