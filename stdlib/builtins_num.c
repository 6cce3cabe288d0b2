/* builtins_num.c: the built-in functions about numbers and characters.
 *
 * abs, round, divmod and pow defer to number.h for bool, int and float,
 * and otherwise to the operand's dunder method (__abs__, __round__,
 * __divmod__/__rdivmod__, or the ** operator for pow), failing with
 * CPython's message when there is none. hex, oct and bin accept any int
 * or object with __index__; chr and ord convert between code points and
 * one-character strings.
 */
#include "stdlib/builtins_internal.h"
#include "vm/boxed.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/unicode.h"

/* Calls the method [name] of [self]'s class with [self] and the [nargs]
 * further arguments [args] (at most 2). [*found] is false, and nothing is
 * called, when the class has no such method. */
static bool call_dunder(EddyVM *vm, Value self, const char *name, Value *args,
                        int nargs, bool *found, Value *result) {
  Value method;
  if (!builtins_find_method(vm, self, name, &method)) return false;
  *found = !IS_UNDEF(method);
  if (!*found) return true;
  Value argv[3] = {self};
  for (int i = 0; i < nargs; i++) argv[i + 1] = args[i];
  return vm_call(vm, method, argv, nargs + 1, NULL, result);
}

/* abs(x) */
static bool builtin_abs(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!builtins_positional(vm, "abs", nargs, kwnames, 1, 1)) return false;
  if (IS_NUMBER(args[0])) return number_abs(vm, args[0], result);
  bool found;
  if (!call_dunder(vm, args[0], "__abs__", NULL, 0, &found, result)) {
    return false;
  }
  if (found) return true;
  if (value_is_boxed(args[0])) return number_abs(vm, value_unbox(args[0]), result);
  return vm_raise(vm, vm->exc.TypeError, "bad operand type for abs(): '%s'",
                  vm_type_name(vm, args[0]));
}

/* round(number, ndigits=None) */
static bool builtin_round(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  static const char *const names[] = {"number", "ndigits"};
  Value a[2];
  if (!native_parse_args(vm, "round", args, nargs, kwnames, names, 2, 1, 0,
                         a)) {
    return false;
  }
  if (IS_NUMBER(a[0])) return number_round(vm, a[0], a[1], result);
  bool given = !IS_UNDEF(a[1]) && !IS_NONE(a[1]);
  bool found;
  if (!call_dunder(vm, a[0], "__round__", &a[1], given ? 1 : 0, &found,
                   result)) {
    return false;
  }
  if (found) return true;
  if (value_is_boxed(a[0])) return number_round(vm, value_unbox(a[0]), a[1], result);
  return vm_raise(vm, vm->exc.TypeError,
                  "type %s doesn't define __round__ method",
                  vm_type_name(vm, a[0]));
}

/* Tries [a].[name]([b]) for divmod's dunders; [*done] tells whether it
 * produced a result (it did not when the method is missing or returned
 * NotImplemented). */
static bool try_divmod_dunder(EddyVM *vm, Value a, const char *name, Value b,
                              bool *done, Value *result) {
  bool found;
  if (!call_dunder(vm, a, name, &b, 1, &found, result)) return false;
  *done = found && !value_is(*result, vm->not_implemented);
  return true;
}

/* divmod(x, y) */
static bool builtin_divmod(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (!builtins_positional(vm, "divmod", nargs, kwnames, 2, 2)) return false;
  bool done;
  if (!number_divmod(vm, args[0], args[1], result, &done)) return false;
  if (!done &&
      !try_divmod_dunder(vm, args[0], "__divmod__", args[1], &done, result)) {
    return false;
  }
  if (!done &&
      !try_divmod_dunder(vm, args[1], "__rdivmod__", args[0], &done, result)) {
    return false;
  }
  if (!done && (value_is_boxed(args[0]) || value_is_boxed(args[1])) &&
      !number_divmod(vm, value_unbox(args[0]), value_unbox(args[1]), result,
                     &done)) {
    return false;
  }
  if (done) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "unsupported operand type(s) for divmod(): '%s' and '%s'",
                  vm_type_name(vm, args[0]), vm_type_name(vm, args[1]));
}

/* pow(base, exp, mod=None) */
static bool builtin_pow(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  static const char *const names[] = {"base", "exp", "mod"};
  Value a[3];
  if (!native_parse_args(vm, "pow", args, nargs, kwnames, names, 3, 2, 0, a)) {
    return false;
  }
  if (IS_UNDEF(a[2]) || IS_NONE(a[2])) {
    return vm_binary_op(vm, BINOP_POW, a[0], a[1], result);
  }
  return number_pow3(vm, a[0], a[1], a[2], result);
}

/* [*out] = [v] as an int: itself, or what its __index__ returns; the
 * TypeError "'float' object cannot be interpreted as an integer"
 * otherwise. */
static bool index_value(EddyVM *vm, Value v, Value *out) {
  v = value_unbox(v);
  if (IS_ANY_INT(v)) {
    *out = IS_BOOL(v) ? INT_VAL(AS_BOOL(v)) : v;
    return true;
  }
  bool found;
  if (!call_dunder(vm, v, "__index__", NULL, 0, &found, out)) return false;
  if (!found) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object cannot be interpreted as an integer",
                    vm_type_name(vm, v));
  }
  if (IS_ANY_INT(*out)) return true;
  return vm_raise(vm, vm->exc.TypeError, "__index__ returned non-int (type %s)",
                  vm_type_name(vm, *out));
}

/* hex(), oct() and bin(): [v] in [base] with its prefix. */
static bool format_base(EddyVM *vm, const char *fname, Value *args, int nargs,
                        ObjTuple *kwnames, int base, Value *result) {
  if (!builtins_positional(vm, fname, nargs, kwnames, 1, 1)) return false;
  Value n;
  if (!index_value(vm, args[0], &n)) return false;
  ByteBuf buf;
  buf_init(&buf);
  if (!int_format_base(vm, n, base, true, &buf)) {
    buf_free(&buf);
    return false;
  }
  return builtins_str_result(vm, &buf, true, result);
}

/* hex(number) */
static bool builtin_hex(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return format_base(vm, "hex", args, nargs, kwnames, 16, result);
}

/* oct(number) */
static bool builtin_oct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return format_base(vm, "oct", args, nargs, kwnames, 8, result);
}

/* bin(number) */
static bool builtin_bin(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return format_base(vm, "bin", args, nargs, kwnames, 2, result);
}

/* chr(i) */
static bool builtin_chr(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!builtins_positional(vm, "chr", nargs, kwnames, 1, 1)) return false;
  Value n;
  if (!index_value(vm, args[0], &n)) return false;
  if (!IS_INT(n) || AS_INT(n) < INT32_MIN || AS_INT(n) > INT32_MAX) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C int");
  }
  if (AS_INT(n) < 0 || AS_INT(n) >= (int64_t)UNICODE_LIMIT) {
    return vm_raise(vm, vm->exc.ValueError, "chr() arg not in range(0x110000)");
  }
  ObjStr *str = str_from_cp(vm, (uint32_t)AS_INT(n));
  if (!str) return false;
  *result = OBJ_VAL(str);
  return true;
}

/* ord(c): the code point of a one-character str, or the value of a
 * one-byte bytes. */
static bool builtin_ord(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  if (!builtins_positional(vm, "ord", nargs, kwnames, 1, 1)) return false;
  Value c = args[0];
  size_t len;
  if (IS_STR(c)) {
    len = AS_STR(c)->cp_len;
    if (len == 1) *result = INT_VAL(str_cp_at(AS_STR(c), 0));
  } else if (IS_BYTES(c)) {
    len = AS_BYTES(c)->length;
    if (len == 1) *result = INT_VAL((unsigned char)AS_BYTES(c)->data[0]);
  } else {
    return vm_raise(vm, vm->exc.TypeError,
                    "ord() expected string of length 1, but %s found",
                    vm_type_name(vm, c));
  }
  if (len == 1) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "ord() expected a character, but string of length %zu "
                  "found",
                  len);
}

static const BuiltinDef num_builtins[] = {
    {"abs", builtin_abs}, {"round", builtin_round}, {"divmod", builtin_divmod},
    {"pow", builtin_pow}, {"hex", builtin_hex},     {"oct", builtin_oct},
    {"bin", builtin_bin}, {"chr", builtin_chr},     {"ord", builtin_ord},
};

bool builtins_num_install(EddyVM *vm) {
  return builtins_define_all(vm, num_builtins,
                             sizeof num_builtins / sizeof num_builtins[0]);
}
