/* structseq.c: the named tuples of the built-in modules (see structseq.h). */
#include "stdlib/structseq.h"

#include <string.h>

#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/vm_types.h"

/* ---- reading the class's description --------------------------------- */

/* The attribute [name] of the struct sequence class [cls], or UNDEF. */
static Value class_attr(EddyVM *vm, ObjClass *cls, const char *name) {
  ObjStr *key = str_intern_cstr(vm, name);
  return key ? dict_get_str(cls->dict, key) : UNDEF_VAL;
}

/* The number of fields of the struct sequence class [cls]: those in the
 * tuple, or all that the constructor accepts when [all]. */
static size_t field_count(EddyVM *vm, ObjClass *cls, bool all) {
  Value n = class_attr(vm, cls, all ? "n_fields" : "n_sequence_fields");
  return IS_INT(n) ? (size_t)AS_INT(n) : 0;
}

/* Appends "module.name" of [cls] to [out]. */
static bool full_name(ObjClass *cls, ByteBuf *out) {
  if (IS_STR(cls->module) && !buf_puts(out, AS_STR(cls->module)->chars)) {
    return false;
  }
  return (!IS_STR(cls->module) || buf_putc(out, '.')) &&
         buf_puts(out, cls->name->chars);
}

/* ---- TypeOps: tuple's, with a repr that names the fields ------------- */

/* The TypeOps of tuple, which a struct sequence delegates to. */
static const TypeOps *tuple_ops(EddyVM *vm) { return vm->types.tuple->ops; }

/* repr(t): time.struct_time(tm_year=1970, tm_mon=1, ...). */
static bool seq_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjTuple *t = AS_TUPLE(v);
  Value names = class_attr(vm, AS_OBJ(v)->cls, "__match_args__");
  if (!IS_TUPLE(names) || AS_TUPLE(names)->length != t->length) {
    return tuple_ops(vm)->repr(vm, v, out);
  }
  if (!full_name(AS_OBJ(v)->cls, out) || !buf_putc(out, '(')) {
    return vm_raise_memory(vm);
  }
  for (size_t i = 0; i < t->length; i++) {
    ObjStr *name = AS_STR(AS_TUPLE(names)->items[i]);
    if ((i > 0 && !buf_puts(out, ", ")) || !buf_puts(out, name->chars) ||
        !buf_putc(out, '=')) {
      return vm_raise_memory(vm);
    }
    if (!value_repr(vm, t->items[i], out)) return false;
  }
  return buf_putc(out, ')') || vm_raise_memory(vm);
}

/* The remaining operations are tuple's own. */
static bool seq_hash(EddyVM *vm, Value v, int64_t *out) {
  return tuple_ops(vm)->hash(vm, v, out);
}

static bool seq_eq(EddyVM *vm, Value a, Value b, bool *out) {
  return tuple_ops(vm)->eq(vm, a, b, out);
}

static bool seq_iter(EddyVM *vm, Value v, Value *out) {
  return tuple_ops(vm)->iter(vm, v, out);
}

static bool seq_len(EddyVM *vm, Value v, int64_t *out) {
  return tuple_ops(vm)->len(vm, v, out);
}

static bool seq_getitem(EddyVM *vm, Value v, Value key, Value *out) {
  return tuple_ops(vm)->getitem(vm, v, key, out);
}

static bool seq_contains(EddyVM *vm, Value v, Value key, bool *out) {
  return tuple_ops(vm)->contains(vm, v, key, out);
}

static bool seq_truth(EddyVM *vm, Value v, bool *out) {
  return tuple_ops(vm)->truth(vm, v, out);
}

static const TypeOps structseq_ops = {
    .repr = seq_repr,
    .hash = seq_hash,
    .eq = seq_eq,
    .iter = seq_iter,
    .len = seq_len,
    .getitem = seq_getitem,
    .contains = seq_contains,
    .truth = seq_truth,
};

/* ---- field properties -------------------------------------------------- */

/* The getter of field [index]: self's item [index]. */
static bool read_field(EddyVM *vm, Value *args, int nargs, size_t index,
                       Value *result) {
  if (nargs != 1 || !IS_TUPLE(args[0]) || AS_TUPLE(args[0])->length <= index) {
    return vm_raise(vm, vm->exc.TypeError,
                    "descriptor needs a struct sequence");
  }
  *result = AS_TUPLE(args[0])->items[index];
  return true;
}

/* One getter per field position: a property's getter receives only self,
 * so the position is in the function. */
#define FIELD_GETTER(i)                                                        \
  static bool get_field_##i(EddyVM *vm, Value *args, int nargs,                \
                            ObjTuple *kwnames, Value *result) {                \
    (void)kwnames;                                                             \
    return read_field(vm, args, nargs, i, result);                             \
  }
FIELD_GETTER(0)
FIELD_GETTER(1)
FIELD_GETTER(2)
FIELD_GETTER(3)
FIELD_GETTER(4)
FIELD_GETTER(5)
FIELD_GETTER(6)
FIELD_GETTER(7)
FIELD_GETTER(8)
FIELD_GETTER(9)
FIELD_GETTER(10)
FIELD_GETTER(11)
#undef FIELD_GETTER

static const NativeFn field_getters[STRUCTSEQ_MAX_FIELDS] = {
    get_field_0, get_field_1, get_field_2,  get_field_3,
    get_field_4, get_field_5, get_field_6,  get_field_7,
    get_field_8, get_field_9, get_field_10, get_field_11,
};

/* ---- construction ---------------------------------------------------------
 */

ObjTuple *structseq_new(EddyVM *vm, ObjClass *cls, const Value *items) {
  size_t n = field_count(vm, cls, false);
  ObjTuple *t = tuple_new_of(vm, cls, n);
  if (!t) return NULL;
  memcpy(t->items, items, n * sizeof(Value));
  return t;
}

/* Checks that [given] items fit the class [cls], which takes [min] to
 * [max] of them. */
static bool check_length(EddyVM *vm, ObjClass *cls, size_t min, size_t max,
                         size_t given) {
  if (given >= min && given <= max) return true;
  ByteBuf name;
  buf_init(&name);
  if (!full_name(cls, &name)) {
    buf_free(&name);
    return vm_raise_memory(vm);
  }
  vm_raise(vm, vm->exc.TypeError,
           "%s() takes an at %s %zu-sequence (%zu-sequence given)", name.data,
           given < min ? "least" : "most", given < min ? min : max, given);
  buf_free(&name);
  return false;
}

/* Calling the class: cls(sequence, dict=None). */
static bool seq_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  static const char *const names[] = {"sequence", "dict"};
  Value params[2];
  ObjClass *cls = AS_CLASS(args[0]);
  if (!native_parse_args(vm, cls->name->chars, args + 1, nargs - 1, kwnames,
                         names, 2, 1, 0, params)) {
    return false;
  }
  Value list;
  if (!value_to_list(vm, params[0], &list)) {
    if (!container_catch(vm, vm->exc.TypeError)) return false;
    return vm_raise(vm, vm->exc.TypeError, "constructor requires a sequence");
  }
  gc_push_root(vm, list);
  size_t min = field_count(vm, cls, false), max = field_count(vm, cls, true);
  ObjTuple *t = NULL;
  if (check_length(vm, cls, min, max, AS_LIST(list)->length)) {
    t = structseq_new(vm, cls, AS_LIST(list)->items);
  }
  gc_pop_roots(vm, 1);
  if (!t) return false;
  *result = OBJ_VAL(t);
  return true;
}

/* ---- the class ------------------------------------------------------------
 */

/* Stores [value] as the class attribute [name] of [cls]. */
static bool set_class_attr(EddyVM *vm, ObjClass *cls, const char *name,
                           Value value) {
  gc_push_root(vm, value);
  ObjStr *key = str_intern_cstr(vm, name);
  bool ok = key && dict_set_str(vm, cls->dict, key, value);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Records the field names and counts in [cls] and defines one property
 * per field. */
static bool describe_fields(EddyVM *vm, ObjClass *cls,
                            const char *const *fields, int count,
                            int n_fields) {
  ObjTuple *names = tuple_new(vm, (size_t)count);
  if (!names) return false;
  gc_push_root(vm, OBJ_VAL(names));
  bool ok = true;
  for (int i = 0; ok && i < count; i++) {
    ObjStr *name = str_intern_cstr(vm, fields[i]);
    ok = name != NULL;
    if (ok) names->items[i] = OBJ_VAL(name);
    ok = ok && container_getter(vm, cls, fields[i], field_getters[i]);
  }
  ok = ok && set_class_attr(vm, cls, "__match_args__", OBJ_VAL(names)) &&
       set_class_attr(vm, cls, "n_sequence_fields", INT_VAL(count)) &&
       set_class_attr(vm, cls, "n_fields", INT_VAL(n_fields)) &&
       set_class_attr(vm, cls, "n_unnamed_fields", INT_VAL(0));
  gc_pop_roots(vm, 1);
  return ok;
}

ObjClass *structseq_new_class(EddyVM *vm, const char *module, const char *name,
                              const char *const *fields, int count,
                              int n_fields) {
  ASSERT(count <= STRUCTSEQ_MAX_FIELDS, "too many struct sequence fields");
  ObjClass *cls = vm_new_builtin_class(vm, name, vm->types.tuple, OBJ_TUPLE);
  if (!cls) return NULL;
  gc_push_root(vm, OBJ_VAL(cls));
  ObjStr *module_name = str_intern_cstr(vm, module);
  bool ok = module_name != NULL;
  if (ok) {
    cls->module = OBJ_VAL(module_name);
    cls->ops = &structseq_ops;
    cls->construct = seq_construct;
    cls->allows_subclass = false;
    ok = set_class_attr(vm, cls, "__module__", cls->module) &&
         describe_fields(vm, cls, fields, count, n_fields);
  }
  gc_pop_roots(vm, 1);
  return ok ? cls : NULL;
}
