/* boxed.c: instances of script subclasses of int and float. */
#include "vm/boxed.h"

#include "vm/gc.h"
#include "vm/number.h"
#include "vm/protocol.h"

bool boxed_new(EddyVM *vm, ObjClass *cls, Value *value) {
  ObjBoxed *box =
      (ObjBoxed *)gc_new_object(vm, sizeof(ObjBoxed), OBJ_INSTANCE, cls);
  if (!box) return false;
  box->value = *value;
  *value = OBJ_VAL(box);
  return true;
}

static bool boxed_repr(EddyVM *vm, Value v, ByteBuf *out) {
  return value_repr(vm, value_unbox(v), out);
}

static bool boxed_hash(EddyVM *vm, Value v, int64_t *out) {
  return value_hash(vm, value_unbox(v), out);
}

static bool boxed_eq(EddyVM *vm, Value a, Value b, bool *out) {
  return value_eq(vm, value_unbox(a), value_unbox(b), out);
}

static bool boxed_truth(EddyVM *vm, Value v, bool *out) {
  return value_truthy(vm, value_unbox(v), out);
}

static bool boxed_binary(EddyVM *vm, int op, Value a, Value b, bool inplace,
                         Value *out, bool *handled) {
  (void)inplace;
  return number_binary(vm, (BinOpKind)op, value_unbox(a), value_unbox(b), out,
                       handled);
}

const TypeOps boxed_ops = {
    .repr = boxed_repr,
    .hash = boxed_hash,
    .eq = boxed_eq,
    .truth = boxed_truth,
    .binary = boxed_binary,
};
