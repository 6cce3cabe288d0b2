/* container.c: argument checks, index conversion, repr recursion guard
 * and iteration shared by the container types (see container.h). */
#include "vm/container.h"

#include <string.h>

#include "vm/boxed.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/protocol_internal.h"

/* ---- method arguments ------------------------------------------------- */

/* The class name a message shows for the receiver [self] of [spec]: set
 * and frozenset share their layout and most methods. */
static const char *receiver_name(const MethodSpec *spec, Value self) {
  if (spec->layout == OBJ_SET && IS_OBJ_TYPE(self, OBJ_SET) &&
      AS_SET(self)->frozen) {
    return "frozenset";
  }
  return spec->type_name;
}

/* Raises the error of a method called through its class with no receiver
 * or with one of the wrong layout. */
static bool bad_receiver(EddyVM *vm, const MethodSpec *spec, Value *args,
                         int nargs) {
  if (nargs == 0) {
    return vm_raise(vm, vm->exc.TypeError,
                    "unbound method %s.%s() needs an argument", spec->type_name,
                    spec->name);
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                  "object",
                  spec->name, spec->type_name, vm_type_name(vm, args[0]));
}

bool container_method(EddyVM *vm, const MethodSpec *spec, Value *args,
                      int nargs, ObjTuple *kwnames) {
  if (nargs == 0 || !IS_OBJ_TYPE(args[0], spec->layout)) {
    return bad_receiver(vm, spec, args, nargs);
  }
  char qualified[96];
  snprintf(qualified, sizeof qualified, "%s.%s", receiver_name(spec, args[0]),
           spec->name);
  if (!spec->keywords && !native_no_kwargs(vm, qualified, kwnames)) {
    return false;
  }
  /* METH_NOARGS and METH_O methods name themselves "list.append()";
   * the others "pop" (CPython's argument clinic). */
  bool short_form = !(spec->max == 0 || (spec->min == 1 && spec->max == 1));
  return native_check_count(vm, short_form ? spec->name : qualified, nargs - 1,
                            spec->min, spec->max);
}

/* ---- ints as indices -------------------------------------------------- */

bool container_int_arg(EddyVM *vm, Value v, int64_t *out) {
  v = value_unbox(v);
  if (IS_SMALLINT_LIKE(v)) {
    *out = AS_SMALLINT(v);
    return true;
  }
  if (IS_BIGINT(v)) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C ssize_t");
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "'%s' object cannot be interpreted as an integer",
                  vm_type_name(vm, v));
}

/* [v].__index__() when [v]'s script class defines it: [*called] tells
 * whether it does; the result must be an int. */
static bool script_index(EddyVM *vm, Value v, Value *out, bool *called) {
  *called = false;
  if (!IS_INSTANCE(v) || AS_OBJ(v)->cls->is_builtin) return true;
  Value method = protocol_user_method(vm, v, vm->str.index);
  if (IS_UNDEF(method) || IS_NONE(method)) return true;
  *called = true;
  if (!protocol_call_method(vm, method, v, NULL, 0, out)) return false;
  if (IS_ANY_INT(*out)) return true;
  return vm_raise(vm, vm->exc.TypeError, "__index__ returned non-int (type %s)",
                  vm_type_name(vm, *out));
}

bool container_index(EddyVM *vm, Value v, ObjClass *overflow, int64_t *out,
                     bool *is_int) {
  v = value_unbox(v);
  bool called;
  if (!IS_ANY_INT(v) && !script_index(vm, v, &v, &called)) {
    *is_int = true; /* it raised */
    return false;
  }
  *is_int = IS_ANY_INT(v);
  if (IS_SMALLINT_LIKE(v)) {
    *out = AS_SMALLINT(v);
    return true;
  }
  if (IS_BIGINT(v)) {
    return vm_raise(vm, overflow,
                    "cannot fit 'int' into an index-sized integer");
  }
  return false;
}

int64_t container_clamp(Value v) {
  if (IS_SMALLINT_LIKE(v)) return AS_SMALLINT(v);
  ASSERT(IS_BIGINT(v), "container_clamp needs an int");
  return mpz_sgn(AS_BIGINT(v)->value) < 0 ? INT64_MIN : INT64_MAX;
}

/* One bound of list.index/tuple.index: an int, clamped. */
static bool index_bound(EddyVM *vm, Value v, int64_t len, int64_t *out) {
  if (!IS_ANY_INT(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "slice indices must be integers or have an __index__ "
                    "method");
  }
  int64_t i = container_clamp(v);
  if (i < 0) {
    i += len;
    if (i < 0) i = 0;
  }
  *out = i > len ? len : i;
  return true;
}

bool container_index_bounds(EddyVM *vm, const Value *args, int n, int64_t len,
                            int64_t *start, int64_t *stop) {
  *start = 0;
  *stop = len;
  if (n > 0 && !index_bound(vm, args[0], len, start)) return false;
  if (n > 1 && !index_bound(vm, args[1], len, stop)) return false;
  return true;
}

bool container_not_in(EddyVM *vm, Value value, const char *what) {
  ByteBuf buf;
  buf_init(&buf);
  if (!value_repr(vm, value, &buf)) {
    buf_free(&buf);
    return false;
  }
  vm_raise(vm, vm->exc.ValueError, "%s is not in %s", buf.data ? buf.data : "",
           what);
  buf_free(&buf);
  return false;
}

/* ---- sequence comparison --------------------------------------------- */

/* Length of the list or tuple [v]. */
static size_t seq_len(Value v) {
  return IS_LIST(v) ? AS_LIST(v)->length : AS_TUPLE(v)->length;
}

/* Item [i] of the list or tuple [v]. */
static Value seq_item(Value v, size_t i) {
  return IS_LIST(v) ? AS_LIST(v)->items[i] : AS_TUPLE(v)->items[i];
}

/* The result of comparing two sizes with [op]. */
static bool compare_sizes(CompareOp op, size_t a, size_t b) {
  switch (op) {
  case COMPARE_EQ: return a == b;
  case COMPARE_NE: return a != b;
  case COMPARE_LT: return a < b;
  case COMPARE_LE: return a <= b;
  case COMPARE_GT: return a > b;
  case COMPARE_GE: return a >= b;
  }
  return false;
}

/* Finds the first index where [a] and [b] differ, in [*i]. */
static bool first_difference(EddyVM *vm, Value a, Value b, size_t *i) {
  for (*i = 0; *i < seq_len(a) && *i < seq_len(b); (*i)++) {
    Value x = seq_item(a, *i), y = seq_item(b, *i);
    if (value_is(x, y)) continue;
    gc_push_root(vm, x);
    gc_push_root(vm, y);
    bool same;
    bool ok = value_eq(vm, x, y, &same);
    gc_pop_roots(vm, 2);
    if (!ok) return false;
    if (!same) return true;
  }
  return true;
}

bool container_seq_compare(EddyVM *vm, CompareOp op, Value a, Value b,
                           Value *out) {
  if ((op == COMPARE_EQ || op == COMPARE_NE) && seq_len(a) != seq_len(b)) {
    *out = BOOL_VAL(op == COMPARE_NE);
    return true;
  }
  size_t i;
  if (!first_difference(vm, a, b, &i)) return false;
  if (i >= seq_len(a) || i >= seq_len(b)) {
    *out = BOOL_VAL(compare_sizes(op, seq_len(a), seq_len(b)));
    return true;
  }
  if (op == COMPARE_EQ || op == COMPARE_NE) {
    *out = BOOL_VAL(op == COMPARE_NE);
    return true;
  }
  Value x = seq_item(a, i), y = seq_item(b, i);
  gc_push_root(vm, x);
  gc_push_root(vm, y);
  bool ok = value_compare(vm, op, x, y, out);
  gc_pop_roots(vm, 2);
  return ok;
}

/* ---- repr recursion --------------------------------------------------- */

bool container_repr_enter(EddyVM *vm, Value self, bool *busy) {
  if (!vm->repr_stack) {
    vm->repr_stack = list_new(vm, 8);
    if (!vm->repr_stack) return false;
  }
  ObjList *stack = vm->repr_stack;
  for (size_t i = 0; i < stack->length; i++) {
    if (value_is(stack->items[i], self)) {
      *busy = true;
      return true;
    }
  }
  *busy = false;
  if (vm->recursion_limit > 0 && stack->length >= (size_t)vm->recursion_limit) {
    return vm_raise(vm, vm->exc.RecursionError,
                    "maximum recursion depth exceeded while getting the repr "
                    "of an object");
  }
  return list_append(vm, stack, self);
}

void container_repr_leave(EddyVM *vm, Value self) {
  ObjList *stack = vm->repr_stack;
  /* Normally [self] is on top; search from there in any case. */
  for (size_t i = stack->length; i > 0; i--) {
    if (value_is(stack->items[i - 1], self)) {
      memmove(&stack->items[i - 1], &stack->items[i],
              (stack->length - i) * sizeof(Value));
      stack->length--;
      return;
    }
  }
}

/* ---- iteration -------------------------------------------------------- */

/* Calls [fn] on [item] with [item] rooted. */
static bool visit(EddyVM *vm, Value item, ContainerItemFn fn, void *ctx) {
  gc_push_root(vm, item);
  bool ok = fn(vm, item, ctx);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Walks an exact list, rereading its length as [fn] may change it. */
static bool each_list(EddyVM *vm, ObjList *list, ContainerItemFn fn,
                      void *ctx) {
  for (size_t i = 0; i < list->length; i++) {
    if (!visit(vm, list->items[i], fn, ctx)) return false;
  }
  return true;
}

bool container_each(EddyVM *vm, Value iterable, ContainerItemFn fn, void *ctx) {
  if (container_is_exact(iterable, vm->types.list)) {
    return each_list(vm, AS_LIST(iterable), fn, ctx);
  }
  if (container_is_exact(iterable, vm->types.tuple)) {
    ObjTuple *tuple = AS_TUPLE(iterable);
    for (size_t i = 0; i < tuple->length; i++) {
      if (!visit(vm, tuple->items[i], fn, ctx)) return false;
    }
    return true;
  }
  Value it;
  if (!value_iter(vm, iterable, &it)) return false;
  gc_push_root(vm, it);
  bool ok = true;
  for (;;) {
    Value item;
    bool done = false;
    if (!value_next(vm, it, &item, &done)) {
      ok = false;
      break;
    }
    if (done) break;
    if (!visit(vm, item, fn, ctx)) {
      ok = false;
      break;
    }
  }
  gc_pop_roots(vm, 1);
  return ok;
}

bool container_catch(EddyVM *vm, ObjClass *cls) {
  Value exc = vm->task->exception;
  if (IS_UNDEF(exc) || !class_is_subclass(vm_class_of(vm, exc), cls)) {
    return false;
  }
  vm->task->exception = UNDEF_VAL;
  return true;
}

bool container_iter_method(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  if (nargs == 0) {
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor '__iter__' needs an argument");
  }
  ObjClass *cls = vm_class_of(vm, args[0]);
  char name[96];
  snprintf(name, sizeof name, "%s.__iter__", cls->name->chars);
  if (!native_no_kwargs(vm, name, kwnames) ||
      !native_check_count(vm, name, nargs - 1, 0, 0)) {
    return false;
  }
  if (!cls->ops || !cls->ops->iter) {
    return vm_raise(vm, vm->exc.TypeError, "'%s' object is not iterable",
                    cls->name->chars);
  }
  return cls->ops->iter(vm, args[0], result);
}

/* ---- attributes ------------------------------------------------------- */

/* Stores a property-layout wrapper of class [kind] around a native [fn]
 * as attribute [name] of [cls]. */
static bool define_wrapped(EddyVM *vm, ObjClass *cls, ObjClass *kind,
                           const char *name, NativeFn fn) {
  ObjNative *native = native_new(vm, name, fn);
  if (!native) return false;
  native->is_method = true;
  gc_push_root(vm, OBJ_VAL(native));
  ObjProperty *prop =
      (ObjProperty *)gc_new_object(vm, sizeof(ObjProperty), OBJ_PROPERTY, kind);
  bool ok = prop != NULL;
  if (ok) {
    prop->fget = OBJ_VAL(native);
    prop->fset = NONE_VAL;
    prop->fdel = NONE_VAL;
    prop->doc = NONE_VAL;
    gc_push_root(vm, OBJ_VAL(prop));
    ok = dict_set_str(vm, cls->dict, native->name, OBJ_VAL(prop));
    gc_pop_roots(vm, 1);
  }
  gc_pop_roots(vm, 1);
  return ok;
}

bool container_getter(EddyVM *vm, ObjClass *cls, const char *name,
                      NativeFn getter) {
  return define_wrapped(vm, cls, vm->types.property, name, getter);
}

bool container_classmethod(EddyVM *vm, ObjClass *cls, const char *name,
                           NativeFn fn) {
  return define_wrapped(vm, cls, vm->types.classmethod, name, fn);
}
