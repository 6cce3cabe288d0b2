/* mod_common.c: helpers shared by the built-in modules (see mod_common.h). */
#include "stdlib/mod_common.h"

#include <string.h>

#include "vm/arith.h"
#include "vm/boxed.h"
#include "vm/buffer.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"

/* ---- filling a module ------------------------------------------------- */

bool mod_define_functions(EddyVM *vm, ObjModule *module,
                          const ModuleFunction *defs, size_t count) {
  for (size_t i = 0; i < count; i++) {
    if (!native_define(vm, module->dict, defs[i].name, defs[i].fn, false)) {
      return false;
    }
  }
  return true;
}

bool mod_set_value(EddyVM *vm, ObjModule *module, const char *name,
                   Value value) {
  gc_push_root(vm, value);
  ObjStr *key = str_intern_cstr(vm, name);
  bool ok = key && dict_set_str(vm, module->dict, key, value);
  gc_pop_roots(vm, 1);
  return ok;
}

Value mod_attr(EddyVM *vm, const char *module, const char *name) {
  ObjStr *key = str_intern_cstr(vm, module);
  Value m = key ? dict_get_str(vm->modules, key) : UNDEF_VAL;
  if (!IS_MODULE(m)) return UNDEF_VAL;
  key = str_intern_cstr(vm, name);
  return key ? dict_get_str(AS_MODULE(m)->dict, key) : UNDEF_VAL;
}

bool mod_new_str(EddyVM *vm, const char *text, size_t len, Value *out) {
  ObjStr *str = str_new(vm, text, len);
  if (!str) return false;
  *out = OBJ_VAL(str);
  return true;
}

bool mod_set_str(EddyVM *vm, ObjModule *module, const char *name,
                 const char *text) {
  Value str;
  return mod_new_str(vm, text, strlen(text), &str) &&
         mod_set_value(vm, module, name, str);
}

/* ---- conversions ------------------------------------------------------- */

bool mod_special_method(EddyVM *vm, Value v, const char *name, Value *method) {
  *method = UNDEF_VAL;
  if (!IS_OBJ(v)) return true;
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return false;
  *method = class_lookup(vm_class_of(vm, v), key);
  return true;
}

/* Calls the special method [name] of [v] when its class has one:
 * [*found] says whether it did, [*out] gets the result. */
static bool call_special(EddyVM *vm, Value v, const char *name, Value *out,
                         bool *found) {
  Value method;
  if (!mod_special_method(vm, v, name, &method)) return false;
  *found = !IS_UNDEF(method);
  if (!*found) return true;
  return vm_call(vm, method, &v, 1, NULL, out);
}

bool mod_to_index(EddyVM *vm, Value v, Value *out) {
  v = value_unbox(v);
  if (IS_BOOL(v)) {
    *out = INT_VAL(AS_BOOL(v));
    return true;
  }
  if (IS_ANY_INT(v)) {
    *out = v;
    return true;
  }
  bool found = false;
  if (!call_special(vm, v, "__index__", out, &found)) return false;
  if (!found) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object cannot be interpreted as an integer",
                    vm_type_name(vm, v));
  }
  if (IS_BOOL(*out)) *out = INT_VAL(AS_BOOL(*out));
  if (IS_ANY_INT(*out)) return true;
  return vm_raise(vm, vm->exc.TypeError, "__index__ returned non-int (type %s)",
                  vm_type_name(vm, *out));
}

bool mod_to_double(EddyVM *vm, Value v, double *out) {
  v = value_unbox(v);
  if (IS_FLOAT(v)) {
    *out = AS_FLOAT(v);
    return true;
  }
  if (IS_ANY_INT(v)) return number_to_double(vm, v, out);
  Value result;
  bool found = false;
  if (!call_special(vm, v, "__float__", &result, &found)) return false;
  if (found) {
    if (IS_FLOAT(result)) {
      *out = AS_FLOAT(result);
      return true;
    }
    return vm_raise(vm, vm->exc.TypeError,
                    "%s.__float__ returned non-float (type %s)",
                    vm_type_name(vm, v), vm_type_name(vm, result));
  }
  Value method;
  if (!mod_special_method(vm, v, "__index__", &method)) return false;
  if (IS_UNDEF(method)) {
    return vm_raise(vm, vm->exc.TypeError, "must be real number, not %s",
                    vm_type_name(vm, v));
  }
  return mod_to_index(vm, v, &result) && number_to_double(vm, result, out);
}

/* ---- errors ------------------------------------------------------------- */

bool mod_raise_os_error(EddyVM *vm, int err, Value filename, Value filename2) {
  const char *text = strerror(err);
  gc_push_root(vm, filename);
  gc_push_root(vm, filename2);
  ObjStr *message = str_from_cstr(vm, text);
  Value args[5] = {INT_VAL(err), message ? OBJ_VAL(message) : NONE_VAL,
                   filename, NONE_VAL, filename2};
  int nargs = IS_UNDEF(filename) ? 2 : IS_UNDEF(filename2) ? 3 : 5;
  gc_push_root(vm, args[1]);
  Value exc;
  bool ok =
      message && vm_call(vm, OBJ_VAL(vm->exc.OSError), args, nargs, NULL, &exc);
  gc_pop_roots(vm, 3);
  return ok ? vm_raise_value(vm, exc) : false;
}

bool mod_arith(EddyVM *vm, int op, Value a, Value b, Value *out) {
  return vm_binary_op(vm, (BinOpKind)op, a, b, out);
}

/* ---- Python-style argument binding ------------------------------------ */

/* The index of the parameter named [key] in [sig], or -1. */
static int param_index(const PySignature *sig, ObjStr *key) {
  for (int i = 0; i < sig->count; i++) {
    if (str_equal_cstr(key, sig->params[i])) return i;
  }
  return -1;
}

/* "takes 3 positional arguments but 4 were given" and its variants. */
static bool too_many(EddyVM *vm, const PySignature *sig, int given) {
  const char *were = given == 1 ? "was" : "were";
  if (sig->required < sig->positional) {
    return vm_raise(vm, vm->exc.TypeError,
                    "%s() takes from %d to %d positional arguments but %d %s "
                    "given",
                    sig->name, sig->required, sig->positional, given, were);
  }
  return vm_raise(vm, vm->exc.TypeError,
                  "%s() takes %d positional argument%s but %d %s given",
                  sig->name, sig->positional, sig->positional == 1 ? "" : "s",
                  given, were);
}

/* "missing 2 required positional arguments: 'a' and 'b'": names every
 * required parameter left without a value. */
static bool missing(EddyVM *vm, const PySignature *sig, const Value *out) {
  int names[64], count = 0;
  for (int i = 0; i < sig->required && count < 64; i++) {
    if (IS_UNDEF(out[i])) names[count++] = i;
  }
  ByteBuf list;
  buf_init(&list);
  bool ok = true;
  for (int k = 0; ok && k < count; k++) {
    const char *sep = k == 0           ? ""
                      : k == count - 1 ? (count > 2 ? ", and " : " and ")
                                       : ", ";
    ok = buf_printf(&list, "%s'%s'", sep, sig->params[names[k]]);
  }
  if (!ok) {
    buf_free(&list);
    return vm_raise_memory(vm);
  }
  vm_raise(vm, vm->exc.TypeError,
           "%s() missing %d required positional argument%s: %s", sig->name,
           count, count == 1 ? "" : "s", list.data);
  buf_free(&list);
  return false;
}

bool mod_bind_args(EddyVM *vm, const PySignature *sig, Value *args, int nargs,
                   ObjTuple *kwnames, Value *out) {
  if (nargs > sig->positional) return too_many(vm, sig, nargs);
  for (int i = 0; i < sig->count; i++) out[i] = i < nargs ? args[i] : UNDEF_VAL;
  size_t nkw = kwnames ? kwnames->length : 0;
  for (size_t k = 0; k < nkw; k++) {
    ObjStr *key = AS_STR(kwnames->items[k]);
    int i = param_index(sig, key);
    if (i < 0) {
      return vm_raise(vm, vm->exc.TypeError,
                      "%s() got an unexpected keyword argument '%s'", sig->name,
                      key->chars);
    }
    if (!IS_UNDEF(out[i])) {
      return vm_raise(vm, vm->exc.TypeError,
                      "%s() got multiple values for argument '%s'", sig->name,
                      key->chars);
    }
    out[i] = args[nargs + (int)k];
  }
  for (int i = 0; i < sig->required; i++) {
    if (IS_UNDEF(out[i])) return missing(vm, sig, out);
  }
  return true;
}
