/* protocol.c: Python's generic operations on any value.
 *
 * Each operation is dispatched in the same order:
 *   1. immediates (None, bool, int, float) inline or through number.h;
 *   2. for objects of a script's class, the dunder method the class
 *      defines (found with class_lookup; a built-in method inherited from
 *      a built-in base does not count: the layout's TypeOps does that
 *      work faster), called through vm_call;
 *   3. the TypeOps of the object's class;
 *   4. object's defaults, or CPython's TypeError.
 *
 * repr, equality and hashing recurse in C through nested containers, so
 * they count their depth in vm->protocol_depth and raise RecursionError
 * past the recursion limit instead of exhausting the C stack.
 *
 * Attribute access lives in protocol_attr.c.
 */
#include "vm/protocol.h"

#include <string.h>

#include "vm/boxed.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/number.h"
#include "vm/obj_bytes.h"
#include "vm/obj_dict.h"
#include "vm/obj_function.h"
#include "vm/obj_iterator.h"
#include "vm/obj_list.h"
#include "vm/obj_set.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol_internal.h"
#include "vm/text_repr.h"
#include "vm/vm_exec.h"

/* ---- shared helpers --------------------------------------------------- */

bool protocol_grew(EddyVM *vm, bool ok) {
  return ok ? true : vm_raise_memory(vm);
}

Value protocol_user_method(EddyVM *vm, Value v, ObjStr *name) {
  if (!IS_OBJ(v)) return UNDEF_VAL;
  ObjClass *cls = AS_OBJ(v)->cls;
  if (!cls || cls->is_builtin) return UNDEF_VAL;
  Value method = class_lookup(cls, name);
  (void)vm;
  if (IS_NATIVE(method)) return UNDEF_VAL;
  return method;
}

bool protocol_call_method(EddyVM *vm, Value method, Value self, Value *args,
                          int nargs, Value *out) {
  Value argv[4];
  ASSERT(nargs <= 3, "too many dunder arguments");
  if (IS_PROPERTY(method) && AS_OBJ(method)->cls == vm->types.staticmethod) {
    for (int i = 0; i < nargs; i++) argv[i] = args[i];
    return vm_call(vm, AS_PROPERTY(method)->fget, argv, nargs, NULL, out);
  }
  argv[0] = self;
  if (IS_PROPERTY(method) && AS_OBJ(method)->cls == vm->types.classmethod) {
    argv[0] = OBJ_VAL(vm_class_of(vm, self));
    method = AS_PROPERTY(method)->fget;
  }
  for (int i = 0; i < nargs; i++) argv[i + 1] = args[i];
  return vm_call(vm, method, argv, nargs + 1, NULL, out);
}

/* Enters one level of C recursion; RecursionError past the limit. */
static bool enter(EddyVM *vm, const char *what) {
  int limit = vm->recursion_limit > 0 ? vm->recursion_limit : 1000;
  if (vm->protocol_depth >= limit) {
    return vm_raise(vm, vm->exc.RecursionError,
                    "maximum recursion depth exceeded%s", what);
  }
  vm->protocol_depth++;
  return true;
}

/* Leaves a level entered with enter; passes [ok] through. */
static bool leave(EddyVM *vm, bool ok) {
  vm->protocol_depth--;
  return ok;
}

/* True for a str whose class is str itself (no script dunders). */
static bool is_exact_str(EddyVM *vm, Value v) {
  return IS_STR(v) && AS_OBJ(v)->cls == vm->types.str;
}

/* The TypeOps of [v]'s class, or NULL. */
static const TypeOps *ops_of(EddyVM *vm, Value v) {
  ObjClass *cls = vm_class_of(vm, v);
  return cls ? cls->ops : NULL;
}

/* ---- repr and str ------------------------------------------------------- */

/* Appends the text of the str [s]. */
static bool append_str(EddyVM *vm, ObjStr *s, ByteBuf *out) {
  return protocol_grew(vm, buf_append(out, s->chars, s->length));
}

/* Calls the script's [method] (__repr__ or __str__) of [v] and appends
 * the str it returns. */
static bool append_user_text(EddyVM *vm, Value method, Value v,
                             const char *which, ByteBuf *out) {
  Value text;
  if (!protocol_call_method(vm, method, v, NULL, 0, &text)) return false;
  if (!IS_STR(text)) {
    return vm_raise(vm, vm->exc.TypeError, "%s returned non-string (type %s)",
                    which, vm_type_name(vm, text));
  }
  return append_str(vm, AS_STR(text), out);
}

/* repr of the immediates. */
/* Appends the decimal digits of [n] (a digit loop: printf's generality
 * costs more than the work here). */
static bool append_int64(ByteBuf *out, int64_t n) {
  char digits[24];
  char *p = digits + sizeof digits;
  uint64_t u = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (n < 0) *--p = '-';
  return buf_append(out, p, (size_t)(digits + sizeof digits - p));
}

static bool repr_immediate(EddyVM *vm, Value v, ByteBuf *out) {
  switch (v.type) {
  case VAL_NONE: return protocol_grew(vm, buf_puts(out, "None"));
  case VAL_BOOL:
    return protocol_grew(vm, buf_puts(out, AS_BOOL(v) ? "True" : "False"));
  case VAL_INT:
    return protocol_grew(vm, append_int64(out, AS_INT(v)));
  case VAL_FLOAT: return protocol_grew(vm, text_repr_float(out, AS_FLOAT(v)));
  default: return protocol_grew(vm, buf_puts(out, "<undefined>"));
  }
}

/* repr of an object, without the depth guard. */
static bool repr_object(EddyVM *vm, Value v, ByteBuf *out) {
  Value method = protocol_user_method(vm, v, vm->str.repr);
  if (!IS_UNDEF(method)) {
    return append_user_text(vm, method, v, "__repr__", out);
  }
  const TypeOps *ops = ops_of(vm, v);
  if (ops && ops->repr) return ops->repr(vm, v, out);
  return object_repr_default(vm, v, out);
}

bool value_repr(EddyVM *vm, Value v, ByteBuf *out) {
  if (!IS_OBJ(v)) return repr_immediate(vm, v, out);
  if (!enter(vm, " while getting the repr of an object")) return false;
  return leave(vm, repr_object(vm, v, out));
}

bool value_str(EddyVM *vm, Value v, ByteBuf *out) {
  if (!IS_OBJ(v)) return repr_immediate(vm, v, out);
  if (IS_STR(v)) return append_str(vm, AS_STR(v), out);
  Value method = protocol_user_method(vm, v, vm->str.str);
  if (!enter(vm, " while getting the str of an object")) return false;
  bool ok;
  if (!IS_UNDEF(method)) {
    ok = append_user_text(vm, method, v, "__str__", out);
  } else {
    const TypeOps *ops = ops_of(vm, v);
    ok = ops && ops->str ? ops->str(vm, v, out) : repr_object(vm, v, out);
  }
  return leave(vm, ok);
}

/* A str object of [buf]'s text in [*out]. */
static bool buf_to_str(EddyVM *vm, ByteBuf *buf, bool ok, Value *out) {
  ok = ok && str_value_from_buf(vm, buf, out);
  buf_free(buf);
  return ok;
}

bool value_repr_obj(EddyVM *vm, Value v, Value *out) {
  ByteBuf buf;
  buf_init(&buf);
  return buf_to_str(vm, &buf, value_repr(vm, v, &buf), out);
}

bool value_str_obj(EddyVM *vm, Value v, Value *out) {
  if (IS_STR(v) && AS_OBJ(v)->cls == vm->types.str) {
    *out = v;
    return true;
  }
  Value method = protocol_user_method(vm, v, vm->str.str);
  if (!IS_UNDEF(method)) {
    if (!protocol_call_method(vm, method, v, NULL, 0, out)) return false;
    if (IS_STR(*out)) return true;
    return vm_raise(vm, vm->exc.TypeError,
                    "__str__ returned non-string (type %s)",
                    vm_type_name(vm, *out));
  }
  ByteBuf buf;
  buf_init(&buf);
  return buf_to_str(vm, &buf, value_str(vm, v, &buf), out);
}

/* ---- comparison --------------------------------------------------------- */

/* The operator's symbol, for error messages. */
static const char *op_symbol(CompareOp op) {
  static const char *const symbols[] = {"==", "!=", "<", "<=", ">", ">="};
  return symbols[op];
}

/* The operator with its operands swapped: a < b is b > a. */
static CompareOp reflect(CompareOp op) {
  static const CompareOp reflected[] = {COMPARE_EQ, COMPARE_NE, COMPARE_GT,
                                        COMPARE_GE, COMPARE_LT, COMPARE_LE};
  return reflected[op];
}

/* The dunder name of [op]. */
static ObjStr *op_dunder(EddyVM *vm, CompareOp op) {
  ObjStr *const names[] = {vm->str.eq, vm->str.ne, vm->str.lt,
                           vm->str.le, vm->str.gt, vm->str.ge};
  return names[op];
}

/* True when [result] of a comparison means the other operand should be
 * asked. */
static bool is_not_implemented(EddyVM *vm, Value result) {
  return value_is(result, vm->not_implemented);
}

/* The result of comparing with memcmp order ([cmp] <0, 0, >0). */
static bool order_result(CompareOp op, int cmp) {
  switch (op) {
  case COMPARE_EQ: return cmp == 0;
  case COMPARE_NE: return cmp != 0;
  case COMPARE_LT: return cmp < 0;
  case COMPARE_LE: return cmp <= 0;
  case COMPARE_GT: return cmp > 0;
  case COMPARE_GE: return cmp >= 0;
  }
  return false;
}

/* Compares two bytes objects as CPython does: by content, then length. */
static int bytes_cmp(const ObjBytes *a, const ObjBytes *b) {
  size_t n = a->length < b->length ? a->length : b->length;
  int cmp = memcmp(a->data, b->data, n);
  if (cmp) return cmp;
  return a->length < b->length ? -1 : a->length > b->length;
}

/* True when [v] is an instance of a script class with the plain object
 * layout: the built-in equality of another type never applies to it. */
static bool is_script_instance(Value v) {
  return IS_INSTANCE(v) && !AS_OBJ(v)->cls->is_builtin;
}

/* Equality through the TypeOps of [a]'s layout, NotImplemented when it
 * has none or [b] is a script object. */
static bool ops_equal(EddyVM *vm, CompareOp op, Value a, Value b, Value *out) {
  const TypeOps *ops = ops_of(vm, a);
  *out = vm->not_implemented;
  if (op != COMPARE_EQ && op != COMPARE_NE) return true;
  if (is_script_instance(b)) return true;
  bool eq;
  if (ops && ops->eq) {
    if (!ops->eq(vm, a, b, &eq)) return false;
  } else {
    eq = value_is(a, b);
  }
  *out = BOOL_VAL(op == COMPARE_EQ ? eq : !eq);
  return true;
}

/* The built-in a [op] b: a bool, or NotImplemented when the layouts of
 * [a] and [b] do not compare. */
static bool builtin_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                            Value *out) {
  a = value_unbox(a);
  b = value_unbox(b);
  if (IS_NUMBER(a) && IS_NUMBER(b)) {
    bool result, handled;
    if (!number_compare(vm, op, a, b, &result, &handled)) return false;
    *out = BOOL_VAL(result);
    return true;
  }
  if (!IS_OBJ(a)) return ops_equal(vm, op, a, b, out);
  if (IS_STR(a) && IS_STR(b)) {
    *out = BOOL_VAL(order_result(op, str_compare(AS_STR(a), AS_STR(b))));
    return true;
  }
  if (IS_BYTES(a) && IS_BYTES(b)) {
    *out = BOOL_VAL(order_result(op, bytes_cmp(AS_BYTES(a), AS_BYTES(b))));
    return true;
  }
  switch (OBJ_TYPE(a)) {
  case OBJ_LIST: return list_compare(vm, op, a, b, out);
  case OBJ_TUPLE: return tuple_compare(vm, op, a, b, out);
  case OBJ_SET: return set_compare(vm, op, a, b, out);
  case OBJ_ITERATOR:
    if (iterator_is_set_view(vm, a)) {
      return iterator_view_compare(vm, op, a, b, out);
    }
    return ops_equal(vm, op, a, b, out);
  default: return ops_equal(vm, op, a, b, out);
  }
}

/* One side of a comparison: the script's dunder of [a] when its class
 * defines one, else the built-in comparison. __ne__ falls back to the
 * inverse of __eq__, as object.__ne__ does. */
static bool compare_side(EddyVM *vm, CompareOp op, Value a, Value b,
                         Value *out) {
  Value method = protocol_user_method(vm, a, op_dunder(vm, op));
  if (!IS_UNDEF(method)) {
    if (IS_NONE(method)) {
      *out = vm->not_implemented;
      return true;
    }
    return protocol_call_method(vm, method, a, &b, 1, out);
  }
  if (op == COMPARE_NE) {
    method = protocol_user_method(vm, a, vm->str.eq);
    if (!IS_UNDEF(method) && !IS_NONE(method)) {
      if (!protocol_call_method(vm, method, a, &b, 1, out)) return false;
      if (is_not_implemented(vm, *out)) return true;
      bool truth;
      if (!value_truthy(vm, *out, &truth)) return false;
      *out = BOOL_VAL(!truth);
      return true;
    }
  }
  return builtin_compare(vm, op, a, b, out);
}

/* True when [b]'s class derives from [a]'s and overrides the reflected
 * dunder, in which case CPython asks [b] first. */
static bool reflected_first(EddyVM *vm, CompareOp op, Value a, Value b) {
  ObjClass *ca = vm_class_of(vm, a);
  ObjClass *cb = vm_class_of(vm, b);
  if (ca == cb || !class_is_subclass(cb, ca)) return false;
  return !IS_UNDEF(protocol_user_method(vm, b, op_dunder(vm, reflect(op))));
}

/* The comparison when neither side knows how: identity for == and !=,
 * TypeError for ordering. */
static bool compare_fallback(EddyVM *vm, CompareOp op, Value a, Value b,
                             Value *out) {
  if (op == COMPARE_EQ || op == COMPARE_NE) {
    bool same = value_is(a, b);
    *out = BOOL_VAL(op == COMPARE_EQ ? same : !same);
    return true;
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "'%s' not supported between instances of '%s' and '%s'",
                  op_symbol(op), vm_type_name(vm, a), vm_type_name(vm, b));
}

/* value_compare without the depth guard. */
static bool compare(EddyVM *vm, CompareOp op, Value a, Value b, Value *out) {
  bool swapped = reflected_first(vm, op, a, b);
  if (swapped) {
    if (!compare_side(vm, reflect(op), b, a, out)) return false;
    if (!is_not_implemented(vm, *out)) return true;
  }
  if (!compare_side(vm, op, a, b, out)) return false;
  if (!is_not_implemented(vm, *out)) return true;
  if (!swapped) {
    if (!compare_side(vm, reflect(op), b, a, out)) return false;
    if (!is_not_implemented(vm, *out)) return true;
  }
  return compare_fallback(vm, op, a, b, out);
}

bool value_compare(EddyVM *vm, CompareOp op, Value a, Value b, Value *out) {
  if (IS_NUMBER(a) && IS_NUMBER(b)) return builtin_compare(vm, op, a, b, out);
  if (!enter(vm, " in comparison")) return false;
  return leave(vm, compare(vm, op, a, b, out));
}

bool value_eq(EddyVM *vm, Value a, Value b, bool *out) {
  if (IS_NUMBER(a) && IS_NUMBER(b)) {
    *out = number_eq(a, b);
    return true;
  }
  if (IS_OBJ(a) && IS_OBJ(b) && AS_OBJ(a) == AS_OBJ(b)) {
    *out = true;
    return true;
  }
  if (is_exact_str(vm, a) && is_exact_str(vm, b)) {
    *out = str_equal(AS_STR(a), AS_STR(b));
    return true;
  }
  if (!IS_OBJ(a) && !IS_OBJ(b)) {
    *out = value_is(a, b);
    return true;
  }
  Value result;
  if (!value_compare(vm, COMPARE_EQ, a, b, &result)) return false;
  if (IS_BOOL(result)) {
    *out = AS_BOOL(result);
    return true;
  }
  return value_truthy(vm, result, out);
}

bool value_less(EddyVM *vm, Value a, Value b, bool *out) {
  if (IS_INT(a) && IS_INT(b)) {
    *out = AS_INT(a) < AS_INT(b);
    return true;
  }
  Value result;
  if (!value_compare(vm, COMPARE_LT, a, b, &result)) return false;
  if (IS_BOOL(result)) {
    *out = AS_BOOL(result);
    return true;
  }
  return value_truthy(vm, result, out);
}

/* ---- hashing ------------------------------------------------------------ */

/* The __hash__ a script class gives [v]: UNDEF to use the built-in hash,
 * None for unhashable. A class that defines __eq__ without __hash__ is
 * unhashable, as CPython makes it by setting __hash__ = None. */
static Value user_hash_method(EddyVM *vm, Value v) {
  ObjClass *cls = AS_OBJ(v)->cls;
  if (!cls->mro) return UNDEF_VAL;
  for (size_t i = 0; i < cls->mro->length; i++) {
    ObjClass *c = AS_CLASS(cls->mro->items[i]);
    if (c->is_builtin) return UNDEF_VAL;
    Value h = c->dict ? dict_get_str(c->dict, vm->str.hash) : UNDEF_VAL;
    if (!IS_UNDEF(h)) return IS_NATIVE(h) ? UNDEF_VAL : h;
    if (c->dict && !IS_UNDEF(dict_get_str(c->dict, vm->str.eq))) {
      return NONE_VAL;
    }
  }
  return UNDEF_VAL;
}

/* Raises "unhashable type: 'list'". */
static bool unhashable(EddyVM *vm, Value v) {
  return vm_raise(vm, vm->exc.TypeError, "unhashable type: '%s'",
                  vm_type_name(vm, v));
}

/* Calls a script's __hash__ and reduces its int result as CPython. */
static bool call_user_hash(EddyVM *vm, Value method, Value v, int64_t *out) {
  Value result;
  if (!protocol_call_method(vm, method, v, NULL, 0, &result)) return false;
  if (!IS_ANY_INT(result)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "__hash__ method should return an integer");
  }
  *out = number_hash(result);
  return true;
}

/* hash of an object, without the depth guard. */
static bool hash_object(EddyVM *vm, Value v, int64_t *out) {
  if (!AS_OBJ(v)->cls->is_builtin) {
    Value method = user_hash_method(vm, v);
    if (IS_NONE(method)) return unhashable(vm, v);
    if (!IS_UNDEF(method)) return call_user_hash(vm, method, v, out);
  }
  const TypeOps *ops = ops_of(vm, v);
  if (!ops) {
    *out = object_hash_default(AS_OBJ(v));
    return true;
  }
  if (!ops->hash) return unhashable(vm, v);
  return ops->hash(vm, v, out);
}

bool value_hash(EddyVM *vm, Value v, int64_t *out) {
  switch (v.type) {
  case VAL_BOOL:
  case VAL_INT:
  case VAL_FLOAT: *out = number_hash(v); return true;
  case VAL_OBJ: break;
  default: *out = 0xfca86420; return true; /* None */
  }
  if (is_exact_str(vm, v)) {
    *out = str_hash(AS_STR(v));
    return true;
  }
  if (!enter(vm, " while hashing")) return false;
  return leave(vm, hash_object(vm, v, out));
}

/* ---- truth and length -----------------------------------------------------
 */

/* Checks the result of a script's __len__ and stores it in [*out]. */
static bool check_len_result(EddyVM *vm, Value result, int64_t *out) {
  if (!IS_ANY_INT(result)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object cannot be interpreted as an integer",
                    vm_type_name(vm, result));
  }
  if (IS_BIGINT(result)) {
    if (mpz_sgn(AS_BIGINT(result)->value) < 0) goto negative;
    return vm_raise(vm, vm->exc.OverflowError,
                    "cannot fit 'int' into an index-sized integer");
  }
  *out = AS_SMALLINT(result);
  if (*out >= 0) return true;
negative:
  return vm_raise(vm, vm->exc.ValueError, "__len__() should return >= 0");
}

/* len() through a script's __len__ [method]. */
static bool call_user_len(EddyVM *vm, Value method, Value v, int64_t *out) {
  Value result;
  return protocol_call_method(vm, method, v, NULL, 0, &result) &&
         check_len_result(vm, result, out);
}

bool value_len(EddyVM *vm, Value v, int64_t *out) {
  if (is_exact_str(vm, v)) {
    *out = (int64_t)AS_STR(v)->cp_len;
    return true;
  }
  Value method = protocol_user_method(vm, v, vm->str.len);
  if (!IS_UNDEF(method)) return call_user_len(vm, method, v, out);
  const TypeOps *ops = ops_of(vm, v);
  if (ops && ops->len) return ops->len(vm, v, out);
  return vm_raise(vm, vm->exc.TypeError, "object of type '%s' has no len()",
                  vm_type_name(vm, v));
}

/* bool() through a script's __bool__ or __len__. [*handled] is false
 * when the class defines neither. */
static bool user_truth(EddyVM *vm, Value v, bool *out, bool *handled) {
  Value method = protocol_user_method(vm, v, vm->str.bool_);
  *handled = true;
  if (!IS_UNDEF(method)) {
    Value result;
    if (!protocol_call_method(vm, method, v, NULL, 0, &result)) return false;
    if (!IS_BOOL(result)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "__bool__ should return bool, returned %s",
                      vm_type_name(vm, result));
    }
    *out = AS_BOOL(result);
    return true;
  }
  method = protocol_user_method(vm, v, vm->str.len);
  if (!IS_UNDEF(method)) {
    int64_t len;
    if (!call_user_len(vm, method, v, &len)) return false;
    *out = len != 0;
    return true;
  }
  *handled = false;
  return true;
}

bool value_truthy(EddyVM *vm, Value v, bool *out) {
  switch (v.type) {
  case VAL_UNDEF:
  case VAL_NONE: *out = false; return true;
  case VAL_BOOL: *out = AS_BOOL(v); return true;
  case VAL_INT: *out = AS_INT(v) != 0; return true;
  case VAL_FLOAT: *out = AS_FLOAT(v) != 0.0; return true;
  case VAL_OBJ: break;
  }
  bool handled;
  if (!user_truth(vm, v, out, &handled)) return false;
  if (handled) return true;
  const TypeOps *ops = ops_of(vm, v);
  if (ops && ops->truth) return ops->truth(vm, v, out);
  if (ops && ops->len) {
    int64_t len;
    if (!ops->len(vm, v, &len)) return false;
    *out = len != 0;
    return true;
  }
  *out = true;
  return true;
}

/* ---- iteration ---------------------------------------------------------- */

/* True when [v] can be advanced with value_next. */
static bool is_iterator(EddyVM *vm, Value v) {
  if (IS_ITERATOR(v) && AS_ITERATOR(v)->next) return true;
  return IS_OBJ(v) && !IS_CLASS(v) &&
         !IS_UNDEF(class_lookup(vm_class_of(vm, v), vm->str.next));
}

bool value_iter(EddyVM *vm, Value v, Value *out) {
  Value method = protocol_user_method(vm, v, vm->str.iter);
  if (!IS_UNDEF(method) && !IS_NONE(method)) {
    if (!protocol_call_method(vm, method, v, NULL, 0, out)) return false;
    if (is_iterator(vm, *out)) return true;
    return vm_raise(vm, vm->exc.TypeError,
                    "iter() returned non-iterator of type '%s'",
                    vm_type_name(vm, *out));
  }
  const TypeOps *ops = IS_UNDEF(method) ? ops_of(vm, v) : NULL;
  if (ops && ops->iter) return ops->iter(vm, v, out);
  if (IS_UNDEF(method) && IS_ITERATOR(v) && AS_ITERATOR(v)->next) {
    *out = v; /* a built-in iterator is its own iterator */
    return true;
  }
  if (IS_UNDEF(method)) { /* the sequence protocol: v[0], v[1], ... */
    Value getitem = protocol_user_method(vm, v, vm->str.getitem);
    if (!IS_UNDEF(getitem) && !IS_NONE(getitem))
      return iterator_new_getitem(vm, v, out);
  }
  return vm_raise(vm, vm->exc.TypeError, "'%s' object is not iterable",
                  vm_type_name(vm, v));
}

/* Advances an iterator whose class defines __next__ (a script's, or a
 * built-in one): StopIteration ends it, its value left in [*out]. */
static bool next_by_method(EddyVM *vm, Value method, Value it, Value *out,
                           bool *done) {
  *done = false;
  if (protocol_call_method(vm, method, it, NULL, 0, out)) return true;
  Value exc = vm->task->exception;
  if (IS_EXCEPTION(exc) &&
      class_is_subclass(AS_OBJ(exc)->cls, vm->exc.StopIteration)) {
    ObjTuple *args = AS_EXCEPTION(exc)->args;
    vm->task->exception = UNDEF_VAL;
    *out = args && args->length ? args->items[0] : NONE_VAL;
    *done = true;
    return true;
  }
  return false;
}

bool value_next(EddyVM *vm, Value it, Value *out, bool *done) {
  *done = false;
  if (IS_ITERATOR(it) && AS_ITERATOR(it)->next) {
    ObjIterator *iter = AS_ITERATOR(it);
    if (iter->exhausted) {
      *out = NONE_VAL;
      *done = true;
      return true;
    }
    *out = NONE_VAL; /* the result, unless the iterator reports one */
    if (!iter->next(vm, iter, out, done)) return false;
    if (*done) iter->exhausted = true;
    return true;
  }
  if (IS_GENERATOR(it) && AS_OBJ(it)->cls == vm->types.generator)
    return gen_resume_c(vm, AS_GENERATOR(it), NONE_VAL, UNDEF_VAL, out, done);
  Value method = IS_OBJ(it) && !IS_CLASS(it)
                     ? class_lookup(AS_OBJ(it)->cls, vm->str.next)
                     : UNDEF_VAL;
  if (!IS_UNDEF(method) && !IS_NONE(method)) {
    return next_by_method(vm, method, it, out, done);
  }
  return vm_raise(vm, vm->exc.TypeError, "'%s' object is not an iterator",
                  vm_type_name(vm, it));
}

/* Appends one item to the list [ctx]. */
static bool append_item(EddyVM *vm, Value item, void *ctx) {
  return list_append(vm, (ObjList *)ctx, item);
}

bool value_to_list(EddyVM *vm, Value v, Value *out) {
  ObjClass *cls = vm_class_of(vm, v);
  if (cls == vm->types.list || cls == vm->types.tuple) {
    const Value *items = IS_LIST(v) ? AS_LIST(v)->items : AS_TUPLE(v)->items;
    size_t n = IS_LIST(v) ? AS_LIST(v)->length : AS_TUPLE(v)->length;
    ObjList *list = list_from_array(vm, items, n);
    if (!list) return false;
    *out = OBJ_VAL(list);
    return true;
  }
  Value it;
  if (!value_iter(vm, v, &it)) return false;
  gc_push_root(vm, it);
  ObjList *list = list_new(vm, 0);
  bool ok = list != NULL;
  if (ok) {
    gc_push_root(vm, OBJ_VAL(list));
    ok = protocol_drain(vm, it, append_item, list);
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 1);
  if (ok) *out = OBJ_VAL(list);
  return ok;
}

bool protocol_drain(EddyVM *vm, Value it, bool (*fn)(EddyVM *, Value, void *),
                    void *ctx) {
  for (;;) {
    Value item;
    bool done;
    if (!value_next(vm, it, &item, &done)) return false;
    if (done) return true;
    gc_push_root(vm, item);
    bool ok = fn(vm, item, ctx);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
}

/* ---- subscripts and membership ----------------------------------------- */

bool value_getitem(EddyVM *vm, Value v, Value key, Value *out) {
  Value method = protocol_user_method(vm, v, vm->str.getitem);
  if (!IS_UNDEF(method))
    return protocol_call_method(vm, method, v, &key, 1, out);
  const TypeOps *ops = ops_of(vm, v);
  if (ops && ops->getitem && !IS_CLASS(v)) return ops->getitem(vm, v, key, out);
  if (IS_CLASS(v)) {
    ObjStr *name = str_intern_cstr(vm, "__class_getitem__");
    Value hook = name ? class_lookup(AS_CLASS(v), name) : UNDEF_VAL;
    if (!name) return false;
    if (!IS_UNDEF(hook))
      return vm_call(vm, hook, (Value[]){v, key}, 2, NULL, out);
    return vm_raise(vm, vm->exc.TypeError, "type '%s' is not subscriptable",
                    AS_CLASS(v)->name->chars);
  }
  return vm_raise(vm, vm->exc.TypeError, "'%s' object is not subscriptable",
                  vm_type_name(vm, v));
}

bool value_setitem(EddyVM *vm, Value v, Value key, Value value) {
  Value method = protocol_user_method(vm, v, vm->str.setitem);
  if (!IS_UNDEF(method)) {
    Value args[2] = {key, value};
    Value ignored;
    return protocol_call_method(vm, method, v, args, 2, &ignored);
  }
  const TypeOps *ops = ops_of(vm, v);
  if (ops && ops->setitem && !IS_CLASS(v))
    return ops->setitem(vm, v, key, value);
  return vm_raise(vm, vm->exc.TypeError,
                  "'%s' object does not support item assignment",
                  vm_type_name(vm, v));
}

bool value_delitem(EddyVM *vm, Value v, Value key) {
  Value method = protocol_user_method(vm, v, vm->str.delitem);
  if (!IS_UNDEF(method)) {
    Value ignored;
    return protocol_call_method(vm, method, v, &key, 1, &ignored);
  }
  const TypeOps *ops = ops_of(vm, v);
  if (ops && ops->delitem && !IS_CLASS(v)) return ops->delitem(vm, v, key);
  /* CPython words it differently when a sequence type (one with item
   * access or membership) is given an int index. */
  bool sequence = ops && !IS_CLASS(v) && (ops->getitem || ops->contains);
  return vm_raise(vm, vm->exc.TypeError, "'%s' object %s support item deletion",
                  vm_type_name(vm, v),
                  sequence && IS_ANY_INT(key) ? "doesn't" : "does not");
}

/* `key in v` by iterating [v], stopping at the first match. */
static bool contains_by_iter(EddyVM *vm, Value v, Value key, bool *out) {
  Value it;
  if (!value_iter(vm, v, &it)) return false;
  gc_push_root(vm, it);
  bool ok = true;
  *out = false;
  while (ok && !*out) {
    Value item;
    bool done;
    ok = value_next(vm, it, &item, &done);
    if (!ok || done) break;
    ok = value_eq(vm, item, key, out);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

/* True when `in` can fall back to iterating [v]. */
static bool iterable(EddyVM *vm, Value v) {
  if (!IS_UNDEF(protocol_user_method(vm, v, vm->str.iter))) return true;
  const TypeOps *ops = ops_of(vm, v);
  if (ops && ops->iter && !IS_CLASS(v)) return true;
  Value getitem = protocol_user_method(vm, v, vm->str.getitem);
  return !IS_UNDEF(getitem) && !IS_NONE(getitem);
}

bool value_contains(EddyVM *vm, Value v, Value key, bool *out) {
  Value method = protocol_user_method(vm, v, vm->str.contains);
  if (!IS_UNDEF(method)) {
    Value result;
    return protocol_call_method(vm, method, v, &key, 1, &result) &&
           value_truthy(vm, result, out);
  }
  const TypeOps *ops = ops_of(vm, v);
  if (ops && ops->contains && !IS_CLASS(v))
    return ops->contains(vm, v, key, out);
  if (iterable(vm, v)) return contains_by_iter(vm, v, key, out);
  return vm_raise(vm, vm->exc.TypeError,
                  "argument of type '%s' is not iterable", vm_type_name(vm, v));
}
