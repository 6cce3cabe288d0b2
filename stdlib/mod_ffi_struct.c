/* mod_ffi_struct.c: struct classes with C layout (see mod_ffi.h).
 *
 * ffi.struct([("x", "double"), ("y", "double")], "Point") makes a class
 * deriving from ffi.Struct (itself a Buffer). libffi computes the layout
 * (ffi_get_struct_offsets), so offsets, padding and the by-value calling
 * convention agree with the C compiler's. The layout is an object kept in
 * the class's dict under "__ffi_layout__"; each field is a property whose
 * getter and setter are natives bound to the field's index, reading and
 * writing the instance's memory with the usual conversions. A nested
 * struct field reads as a view into the outer instance.
 */
#include <string.h>

#include "stdlib/mod_ffi.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"
#include "vm/vm_types.h"

/* ---- the layout object ------------------------------------------------------ */

static void layout_mark(EddyVM *vm, Obj *obj) {
  FfiLayout *l = (FfiLayout *)obj;
  gc_mark_value(vm, l->cls);
  gc_mark_value(vm, l->names);
  gc_mark_value(vm, l->specs);
}

static void layout_release(Obj *obj) {
  FfiLayout *l = (FfiLayout *)obj;
  free(l->fields);
  free(l->offsets);
  free(l->elements);
}

static const NativeDataKind layout_kind = {"Layout", sizeof(FfiLayout),
                                           layout_mark, layout_release, NULL,
                                           NULL};

FfiLayout *ffi_struct_layout(EddyVM *vm, Value cls) {
  if (!IS_CLASS(cls) || !AS_CLASS(cls)->dict || !vm->ffi) return NULL;
  Value l = dict_get_str(AS_CLASS(cls)->dict, FFI(vm)->layout_key);
  if (!IS_NATIVE_DATA(l) || AS_NATIVE_DATA(l)->kind != &layout_kind)
    return NULL;
  return (FfiLayout *)AS_OBJ(l);
}

/* The layout of the struct instance [v]; TypeError when it is none. */
static bool instance_layout(EddyVM *vm, Value v, FfiLayout **out) {
  *out = IS_OBJ(v) && ffi_is_buffer(vm, v)
             ? ffi_struct_layout(vm, OBJ_VAL(AS_OBJ(v)->cls))
             : NULL;
  if (*out) return true;
  return vm_raise(vm, vm->exc.TypeError, "expected a struct instance, not %s",
                  vm_type_name(vm, v));
}

/* Reads one (name, type) pair [item] of the field list into field [i]
 * of [l]. */
static bool read_field(EddyVM *vm, FfiLayout *l, int i, Value item) {
  if (!IS_TUPLE(item) || AS_TUPLE(item)->length != 2 ||
      !IS_STR(AS_TUPLE(item)->items[0]))
    return vm_raise(vm, vm->exc.TypeError,
                    "ffi.struct() fields must be (name, type) pairs, not %s",
                    vm_type_name(vm, item));
  AS_TUPLE(l->names)->items[i] = AS_TUPLE(item)->items[0];
  AS_TUPLE(l->specs)->items[i] = AS_TUPLE(item)->items[1];
  if (!ffi_type_resolve(vm, AS_TUPLE(item)->items[1], false, &l->fields[i]))
    return false;
  for (int j = 0; j < i; j++)
    if (str_equal(AS_STR(AS_TUPLE(l->names)->items[j]),
                  AS_STR(AS_TUPLE(item)->items[0])))
      return vm_raise(vm, vm->exc.ValueError,
                      "ffi.struct(): duplicate field name '%s'",
                      AS_STR(AS_TUPLE(item)->items[0])->chars);
  l->elements[i] = l->fields[i].ft;
  return true;
}

/* Lets libffi lay out the fields of [l]. */
static bool compute_layout(EddyVM *vm, FfiLayout *l) {
  l->ft.type = FFI_TYPE_STRUCT;
  l->ft.elements = l->elements;
  if (ffi_get_struct_offsets(FFI_DEFAULT_ABI, &l->ft, l->offsets) != FFI_OK)
    return vm_raise(vm, vm->exc.ValueError,
                    "ffi.struct(): libffi cannot lay out these fields");
  l->size = l->ft.size;
  l->align = l->ft.alignment;
  return true;
}

/* Allocates the arrays of a layout of [n] fields into [l]. */
static bool layout_arrays(EddyVM *vm, FfiLayout *l, int n) {
  l->count = n;
  l->fields = calloc((size_t)n, sizeof *l->fields);
  l->offsets = calloc((size_t)n, sizeof *l->offsets);
  l->elements = calloc((size_t)n + 1, sizeof *l->elements);
  if (!l->fields || !l->offsets || !l->elements) return vm_raise_memory(vm);
  ObjTuple *names = tuple_new(vm, (size_t)n);
  if (!names) return false;
  l->names = OBJ_VAL(names);
  ObjTuple *specs = tuple_new(vm, (size_t)n);
  if (!specs) return false;
  l->specs = OBJ_VAL(specs);
  return true;
}

/* A new layout from the list of fields [fields]. */
static FfiLayout *layout_new(EddyVM *vm, Value fields) {
  Value t;
  if (!tuple_from_iterable(vm, fields, &t)) return NULL;
  size_t n = AS_TUPLE(t)->length;
  if (n == 0 || n > 1024) {
    vm_raise(vm, vm->exc.ValueError,
             "ffi.struct() needs between 1 and 1024 fields, got %zu", n);
    return NULL;
  }
  gc_push_root(vm, t);
  FfiLayout *l = (FfiLayout *)gc_new_object(vm, sizeof(FfiLayout),
                                            OBJ_NATIVE_DATA,
                                            FFI(vm)->layout_class);
  if (l) {
    l->base.kind = &layout_kind;
    l->cls = l->names = l->specs = UNDEF_VAL;
    gc_push_root(vm, OBJ_VAL(l));
    bool ok = layout_arrays(vm, l, (int)n);
    for (size_t i = 0; ok && i < n; i++)
      ok = read_field(vm, l, (int)i, AS_TUPLE(t)->items[i]);
    ok = ok && compute_layout(vm, l);
    gc_pop_roots(vm, 1);
    if (!ok) l = NULL;
  }
  gc_pop_roots(vm, 1);
  return l;
}

/* ---- fields ------------------------------------------------------------------ */

/* Field getter: args[0] is the field index, args[1] the instance. */
static bool field_get(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                      Value *result) {
  FfiLayout *l;
  if (!native_no_kwargs(vm, "field getter", kw) ||
      !native_check_count(vm, "field getter", nargs - 1, 1, 1) ||
      !instance_layout(vm, args[1], &l))
    return false;
  int i = (int)AS_INT(args[0]);
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(args[1]);
  const FfiType *t = &l->fields[i];
  if (t->kind != FFI_K_STRUCT) return ffi_from_c(vm, t, b->data + l->offsets[i], result);
  FfiBuffer *view = ffi_buffer_view(vm, AS_CLASS(t->layout->cls),
                                    b->data + l->offsets[i], t->size, args[1]);
  if (!view) return false;
  *result = OBJ_VAL(view);
  return true;
}

/* Field setter: args[0] is the field index, then the instance and the
 * value. */
static bool field_set(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                      Value *result) {
  FfiLayout *l;
  if (!native_no_kwargs(vm, "field setter", kw) ||
      !native_check_count(vm, "field setter", nargs - 1, 2, 2) ||
      !instance_layout(vm, args[1], &l))
    return false;
  int i = (int)AS_INT(args[0]);
  FfiBuffer *b = (FfiBuffer *)AS_OBJ(args[1]);
  char what[80];
  snprintf(what, sizeof what, "field '%s'",
           AS_STR(AS_TUPLE(l->names)->items[i])->chars);
  uint8_t tmp[l->fields[i].size];
  if (!ffi_to_c(vm, &l->fields[i], args[2], tmp, what)) return false;
  memcpy(b->data + l->offsets[i], tmp, l->fields[i].size);
  *result = NONE_VAL;
  return true;
}

/* A native [fn] named [name] bound to the field index [i]. */
static ObjNative *field_native(EddyVM *vm, ObjStr *name, int i, NativeFn fn) {
  ObjNative *n = native_new(vm, name->chars, fn);
  if (n) n->self = INT_VAL(i);
  return n;
}

/* Stores the property of field [i] of [l] in the dict of [cls]. */
static bool define_field(EddyVM *vm, ObjClass *cls, FfiLayout *l, int i) {
  ObjStr *name = AS_STR(AS_TUPLE(l->names)->items[i]);
  ObjNative *get = field_native(vm, name, i, field_get);
  if (!get) return false;
  gc_push_root(vm, OBJ_VAL(get));
  ObjNative *set = field_native(vm, name, i, field_set);
  if (set) gc_push_root(vm, OBJ_VAL(set));
  ObjProperty *p = set ? (ObjProperty *)gc_new_object(vm, sizeof(ObjProperty),
                                                      OBJ_PROPERTY,
                                                      vm->types.property)
                       : NULL;
  bool ok = p != NULL;
  if (ok) {
    p->fget = OBJ_VAL(get);
    p->fset = OBJ_VAL(set);
    p->fdel = NONE_VAL;
    p->doc = NONE_VAL;
    gc_push_root(vm, OBJ_VAL(p));
    ok = dict_set_str(vm, cls->dict, name, OBJ_VAL(p));
    gc_pop_roots(vm, 1);
    dict_touch(cls->dict);
  }
  gc_pop_roots(vm, set ? 2 : 1);
  return ok;
}

/* ---- instances --------------------------------------------------------------- */

/* Point(x, y) / Point(x=1.0): args[0] is the class; fields not given
 * stay zero. */
static bool struct_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                             Value *result) {
  FfiLayout *l = ffi_struct_layout(vm, args[0]);
  if (!l)
    return vm_raise(vm, vm->exc.TypeError,
                    "cannot instantiate ffi.Struct itself: use ffi.struct()");
  const char **names = calloc((size_t)l->count, sizeof *names);
  Value *vals = calloc((size_t)l->count, sizeof *vals);
  bool ok = names && vals;
  if (!ok) vm_raise_memory(vm);
  for (int i = 0; ok && i < l->count; i++)
    names[i] = AS_STR(AS_TUPLE(l->names)->items[i])->chars;
  ok = ok && native_parse_args(vm, AS_CLASS(args[0])->name->chars, args + 1,
                               nargs - 1, kw, names, l->count, 0, 0, vals);
  FfiBuffer *b = ok ? ffi_buffer_new(vm, AS_CLASS(args[0]), l->size) : NULL;
  if (b) gc_push_root(vm, OBJ_VAL(b));
  for (int i = 0; b && ok && i < l->count; i++) {
    if (IS_UNDEF(vals[i])) continue;
    Value fargs[3] = {INT_VAL(i), OBJ_VAL(b), vals[i]}, ignored;
    ok = field_set(vm, fargs, 3, NULL, &ignored);
  }
  if (b) gc_pop_roots(vm, 1);
  free(names);
  free(vals);
  if (!ok || !b) return false;
  *result = OBJ_VAL(b);
  return true;
}

/* repr: Point(x=1.0, y=2.0) */
static bool struct_repr(EddyVM *vm, Value v, ByteBuf *out) {
  FfiLayout *l;
  if (!instance_layout(vm, v, &l)) return false;
  if (!buf_printf(out, "%s(", AS_OBJ(v)->cls->name->chars))
    return vm_raise_memory(vm);
  for (int i = 0; i < l->count; i++) {
    Value fargs[2] = {INT_VAL(i), v}, field;
    if (!buf_printf(out, "%s%s=", i ? ", " : "",
                    AS_STR(AS_TUPLE(l->names)->items[i])->chars))
      return vm_raise_memory(vm);
    if (!field_get(vm, fargs, 2, NULL, &field)) return false;
    gc_push_root(vm, field);
    bool ok = value_repr(vm, field, out);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  return buf_putc(out, ')') ? true : vm_raise_memory(vm);
}

/* A new struct class for [l] named [name]. */
static ObjClass *struct_class_new(EddyVM *vm, FfiLayout *l, const char *name) {
  gc_push_root(vm, OBJ_VAL(l));
  ObjClass *cls = vm_new_builtin_class(vm, name, FFI(vm)->struct_class,
                                       OBJ_NATIVE_DATA);
  if (!cls) {
    gc_pop_roots(vm, 1);
    return NULL;
  }
  l->cls = OBJ_VAL(cls); /* the rooted layout now keeps the class */
  cls->construct = struct_construct;
  cls->ops = FFI(vm)->struct_class->ops;
  bool ok = dict_set_str(vm, cls->dict, FFI(vm)->layout_key, OBJ_VAL(l));
  for (int i = 0; ok && i < l->count; i++) ok = define_field(vm, cls, l, i);
  gc_pop_roots(vm, 1);
  return ok ? cls : NULL;
}

bool ffi_struct_make(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  static const char *const names[] = {"fields", "name"};
  Value a[2];
  if (!native_parse_args(vm, "struct", args, nargs, kwnames, names, 2, 1, 0,
                         a))
    return false;
  const char *name = "struct";
  if (!IS_UNDEF(a[1])) {
    if (!IS_STR(a[1]))
      return vm_raise(vm, vm->exc.TypeError,
                      "ffi.struct() name must be str, not %s",
                      vm_type_name(vm, a[1]));
    name = AS_STR(a[1])->chars;
  }
  FfiLayout *l = layout_new(vm, a[0]);
  if (!l) return false;
  ObjClass *cls = struct_class_new(vm, l, name);
  if (!cls) return false;
  *result = OBJ_VAL(cls);
  return true;
}

/* inst.values(): the field values in order, as a list. */
static bool m_fields(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                     Value *result) {
  FfiLayout *l;
  if (nargs < 1 || !instance_layout(vm, args[0], &l) ||
      !native_no_kwargs(vm, "values", kw) ||
      !native_check_count(vm, "values", nargs - 1, 0, 0))
    return false;
  ObjList *list = list_new(vm, (size_t)l->count);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  bool ok = true;
  for (int i = 0; ok && i < l->count; i++) {
    Value fargs[2] = {INT_VAL(i), args[0]}, field;
    ok = field_get(vm, fargs, 2, NULL, &field) && list_append(vm, list, field);
  }
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(list);
  return ok;
}

static const TypeOps struct_ops = {
    .repr = struct_repr, .len = ffi_buffer_len, .iter = ffi_buffer_iter};

bool ffi_struct_install(EddyVM *vm) {
  FFI(vm)->struct_class->ops = &struct_ops;
  FFI(vm)->struct_class->construct = struct_construct;
  return native_method(vm, FFI(vm)->struct_class, "values", m_fields);
}
