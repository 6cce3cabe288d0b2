/* arith.c: dispatch of the arithmetic operators. */
#include "vm/arith.h"

#include <string.h>

#include "vm/boxed.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/number.h"
#include "vm/obj_bytes.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

/* The dunder names of each operator: forward, reflected, in-place. */
static const char *const dunders[][3] = {
    [BINOP_ADD] = {"__add__", "__radd__", "__iadd__"},
    [BINOP_SUB] = {"__sub__", "__rsub__", "__isub__"},
    [BINOP_MULT] = {"__mul__", "__rmul__", "__imul__"},
    [BINOP_MATMULT] = {"__matmul__", "__rmatmul__", "__imatmul__"},
    [BINOP_DIV] = {"__truediv__", "__rtruediv__", "__itruediv__"},
    [BINOP_MOD] = {"__mod__", "__rmod__", "__imod__"},
    [BINOP_POW] = {"__pow__", "__rpow__", "__ipow__"},
    [BINOP_LSHIFT] = {"__lshift__", "__rlshift__", "__ilshift__"},
    [BINOP_RSHIFT] = {"__rshift__", "__rrshift__", "__irshift__"},
    [BINOP_BITOR] = {"__or__", "__ror__", "__ior__"},
    [BINOP_BITXOR] = {"__xor__", "__rxor__", "__ixor__"},
    [BINOP_BITAND] = {"__and__", "__rand__", "__iand__"},
    [BINOP_FLOORDIV] = {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
};

static const char *const symbols[] = {
#define OP_SYMBOL(kind, name, sym) sym,
    AST_BINOP_LIST(OP_SYMBOL)
#undef OP_SYMBOL
};

/* True for the built-in sequences that + concatenates and * repeats. */
static bool is_sequence(Value v) {
  return IS_STR(v) || IS_LIST(v) || IS_TUPLE(v) || IS_BYTES(v);
}

/* Stores the new str or bytes [obj] in [*out]; false when it is NULL
 * (the constructor raised). */
static bool made(Obj *obj, Value *out) {
  *out = obj ? OBJ_VAL(obj) : UNDEF_VAL;
  return obj != NULL;
}

/* [seq] * [n] for str and bytes: n is an int; ints beyond int64 raise
 * CPython's OverflowError. */
static bool text_repeat(EddyVM *vm, Value seq, Value n, Value *out) {
  int64_t count;
  bool is_int;
  if (!container_index(vm, n, vm->exc.OverflowError, &count, &is_int))
    return false;
  if (IS_STR(seq)) return made((Obj *)str_repeat(vm, AS_STR(seq), count), out);
  return made((Obj *)bytes_repeat(vm, AS_BYTES(seq), count), out);
}

/* Concatenation: str, bytes, list (also += of any iterable), tuple. */
static bool concat(EddyVM *vm, Value a, Value b, bool inplace, Value *out,
                   bool *handled) {
  *handled = true;
  if (IS_STR(a) && IS_STR(b))
    return made((Obj *)str_concat(vm, AS_STR(a), AS_STR(b)), out);
  if (IS_BYTES(a) && IS_BYTES(b))
    return made((Obj *)bytes_concat(vm, AS_BYTES(a), AS_BYTES(b)), out);
  if (IS_LIST(a) && IS_LIST(b))
    return inplace ? list_inplace_concat(vm, a, b, out)
                   : list_concat(vm, a, b, out);
  if (IS_LIST(a) && inplace) return list_inplace_concat(vm, a, b, out);
  if (IS_TUPLE(a) && IS_TUPLE(b)) return tuple_concat(vm, a, b, out);
  *handled = false;
  return true;
}

/* str, bytes, list and tuple concatenation and repetition, str % args. */
static bool sequence_op(EddyVM *vm, BinOpKind op, Value a, Value b,
                        bool inplace, Value *out, bool *handled) {
  if (op == BINOP_ADD) return concat(vm, a, b, inplace, out, handled);
  *handled = true;
  if (op == BINOP_MULT) {
    Value seq = IS_ANY_INT(b) ? a : b, n = IS_ANY_INT(b) ? b : a;
    if (IS_ANY_INT(n) && !IS_ANY_INT(seq)) {
      if (IS_STR(seq) || IS_BYTES(seq)) return text_repeat(vm, seq, n, out);
      if (IS_LIST(seq))
        return inplace && IS_LIST(a) ? list_inplace_repeat(vm, a, n, out)
                                     : list_repeat(vm, seq, n, out);
      if (IS_TUPLE(seq)) return tuple_repeat(vm, seq, n, out);
    }
  }
  if (op == BINOP_MOD && IS_STR(a))
    return str_percent_format(vm, AS_STR(a), b, out);
  *handled = false;
  return true;
}

/* Tries a class's `binary` hook for either operand. */
static bool hook_op(EddyVM *vm, BinOpKind op, Value a, Value b, bool inplace,
                    Value *out, bool *handled) {
  *handled = false;
  const TypeOps *ops = vm_class_of(vm, a)->ops;
  if (ops && ops->binary) {
    if (!ops->binary(vm, (int)op, a, b, inplace, out, handled)) return false;
    if (*handled) return true;
  }
  ops = vm_class_of(vm, b)->ops;
  if (ops && ops->binary) return ops->binary(vm, (int)op, a, b, inplace, out, handled);
  return true;
}

/* Calls the dunder [name] of [self]'s class with [other]; [*handled]
 * is false when there is none or it returned NotImplemented. */
static bool dunder_op(EddyVM *vm, const char *name, Value self, Value other,
                      Value *out, bool *handled) {
  *handled = false;
  ObjClass *cls = vm_class_of(vm, self);
  if (cls->is_builtin) return true;
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return false;
  Value method = class_lookup(cls, key);
  if (IS_UNDEF(method) || IS_NONE(method)) return true;
  Value args[2] = {self, other};
  Value result;
  if (!vm_call(vm, method, args, 2, NULL, &result)) return false;
  if (IS_OBJ(result) && value_is(result, vm->not_implemented)) return true;
  *out = result;
  *handled = true;
  return true;
}

/* CPython's TypeError for operands no implementation accepted. */
static bool unsupported(EddyVM *vm, BinOpKind op, Value a, Value b,
                        bool inplace) {
  const char *ta = vm_type_name(vm, a), *tb = vm_type_name(vm, b);
  if (op == BINOP_ADD && IS_BYTES(a))
    return vm_raise(vm, vm->exc.TypeError, "can't concat %s to %s", tb, ta);
  if (op == BINOP_ADD && (IS_STR(a) || IS_LIST(a) || IS_TUPLE(a)) &&
      !IS_INSTANCE(b))
    return vm_raise(vm, vm->exc.TypeError,
                    "can only concatenate %s (not \"%s\") to %s", ta, tb, ta);
  if (op == BINOP_MULT && (is_sequence(a) || is_sequence(b)))
    return vm_raise(vm, vm->exc.TypeError,
                    "can't multiply sequence by non-int of type '%s'",
                    is_sequence(a) ? tb : ta);
  if (op == BINOP_POW && !inplace)
    return vm_raise(vm, vm->exc.TypeError,
                    "unsupported operand type(s) for ** or pow(): '%s' and "
                    "'%s'",
                    ta, tb);
  return vm_raise(vm, vm->exc.TypeError,
                  "unsupported operand type(s) for %s%s: '%s' and '%s'",
                  symbols[op], inplace ? "=" : "", ta, tb);
}

/* True when [v]'s class is a script's (its dunders come first). */
static bool is_script_object(EddyVM *vm, Value v) {
  return IS_OBJ(v) && !vm_class_of(vm, v)->is_builtin;
}

/* The built-in implementations of [op]: numbers (a subclass of int or
 * float counts as its number), sequences, then the layouts' hooks. */
static bool builtin_binary(EddyVM *vm, BinOpKind op, Value a, Value b,
                           bool inplace, Value *out, bool *handled) {
  Value na = value_unbox(a), nb = value_unbox(b);
  if (!number_binary(vm, op, na, nb, out, handled)) return false;
  if (*handled) return true;
  if (!sequence_op(vm, op, a, b, inplace, out, handled)) return false;
  if (*handled) return true;
  return hook_op(vm, op, a, b, inplace, out, handled);
}

/* True when [b]'s class derives from [a]'s (without being it) and
 * defines the reflected dunder [name]: CPython asks [b] first. */
static bool reflected_first(EddyVM *vm, Value a, Value b, const char *name) {
  ObjClass *ca = vm_class_of(vm, a), *cb = vm_class_of(vm, b);
  if (ca == cb || cb->is_builtin || !class_is_subclass(cb, ca)) return false;
  ObjStr *key = str_intern_cstr(vm, name);
  return key && !IS_UNDEF(class_lookup(cb, key));
}

/* The whole dispatch, shared by the plain and in-place forms: a
 * script class's dunders come before the built-in behaviour it may
 * inherit, as CPython's slots do. */
static bool binary(EddyVM *vm, BinOpKind op, Value a, Value b, bool inplace,
                   Value *out) {
  bool handled;
  bool scripted = is_script_object(vm, a) || is_script_object(vm, b);
  if (!scripted) {
    if (!builtin_binary(vm, op, a, b, inplace, out, &handled)) return false;
    if (handled) return true;
    return unsupported(vm, op, a, b, inplace);
  }
  bool swapped = reflected_first(vm, a, b, dunders[op][1]);
  if (swapped) {
    if (!dunder_op(vm, dunders[op][1], b, a, out, &handled)) return false;
    if (handled) return true;
  }
  if (inplace) {
    if (!dunder_op(vm, dunders[op][2], a, b, out, &handled)) return false;
    if (handled) return true;
  }
  if (!dunder_op(vm, dunders[op][0], a, b, out, &handled)) return false;
  if (handled) return true;
  if (!builtin_binary(vm, op, a, b, inplace, out, &handled)) return false;
  if (handled) return true;
  if (!swapped && vm_class_of(vm, a) != vm_class_of(vm, b)) {
    if (!dunder_op(vm, dunders[op][1], b, a, out, &handled)) return false;
    if (handled) return true;
  }
  return unsupported(vm, op, a, b, inplace);
}

bool vm_binary_op(EddyVM *vm, BinOpKind op, Value a, Value b, Value *out) {
  return binary(vm, op, a, b, false, out);
}

bool vm_inplace_op(EddyVM *vm, BinOpKind op, Value a, Value b, Value *out) {
  return binary(vm, op, a, b, true, out);
}

bool vm_unary_op(EddyVM *vm, UnaryOpKind op, Value v, Value *out) {
  bool handled;
  if (!value_is_boxed(v)) {
    if (!number_unary(vm, op, v, out, &handled)) return false;
    if (handled) return true;
  }
  static const char *const names[] = {"__invert__", "__not__", "__pos__",
                                      "__neg__"};
  ObjClass *cls = vm_class_of(vm, v);
  if (!cls->is_builtin) {
    ObjStr *key = str_intern_cstr(vm, names[op]);
    if (!key) return false;
    Value method = class_lookup(cls, key);
    if (!IS_UNDEF(method)) return vm_call(vm, method, &v, 1, NULL, out);
  }
  if (value_is_boxed(v)) {
    if (!number_unary(vm, op, value_unbox(v), out, &handled)) return false;
    if (handled) return true;
  }
  static const char *const symbol[] = {"~", "not", "+", "-"};
  return vm_raise(vm, vm->exc.TypeError, "bad operand type for unary %s: '%s'",
                  symbol[op], vm_type_name(vm, v));
}
