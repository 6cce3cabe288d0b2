/* native.c: built-in function objects and CPython-style argument checks.
 *
 * The messages below are those of CPython 3.11's argument handling, which
 * differ by how a built-in declares its parameters: METH_O functions say
 * "len() takes exactly one argument (2 given)", fixed-count positional
 * ones "divmod expected 2 arguments, got 1", and keyword-capable ones
 * "split() takes at most 2 arguments (3 given)". Each native picks the
 * check matching the CPython built-in it mirrors.
 */
#include "vm/native.h"

#include <string.h>

#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"

ObjNative *native_new(EddyVM *vm, const char *name, NativeFn fn) {
  ObjStr *str = str_intern_cstr(vm, name);
  if (!str) return NULL;
  gc_push_root(vm, OBJ_VAL(str));
  ObjNative *native = (ObjNative *)gc_new_object(
      vm, sizeof(ObjNative), OBJ_NATIVE, vm->types.builtin_function);
  gc_pop_roots(vm, 1);
  if (!native) return NULL;
  native->fn = fn;
  native->name = str;
  native->self = UNDEF_VAL;
  native->module = NONE_VAL;
  native->data = UNDEF_VAL;
  native->is_method = false;
  return native;
}

/* Stores the new [native] in [dict] under its name. */
static bool store_native(EddyVM *vm, ObjDict *dict, ObjNative *native) {
  gc_push_root(vm, OBJ_VAL(native));
  bool ok = dict_set_str(vm, dict, native->name, OBJ_VAL(native));
  gc_pop_roots(vm, 1);
  return ok;
}

bool native_define(EddyVM *vm, ObjDict *dict, const char *name, NativeFn fn,
                   bool is_method) {
  ObjNative *native = native_new(vm, name, fn);
  if (!native) return false;
  native->is_method = is_method;
  return store_native(vm, dict, native);
}

bool native_method(EddyVM *vm, ObjClass *cls, const char *name, NativeFn fn) {
  ObjNative *native = native_new(vm, name, fn);
  if (!native) return false;
  native->is_method = true;
  native->module = OBJ_VAL(cls); /* gives "list.append" and its repr */
  return store_native(vm, cls->dict, native);
}

bool native_no_kwargs(EddyVM *vm, const char *fname, ObjTuple *kwnames) {
  if (!kwnames || kwnames->length == 0) return true;
  return vm_raise(vm, vm->exc.TypeError, "%s() takes no keyword arguments",
                  fname);
}

/* "s" when [n] calls for a plural. */
static const char *plural(int n) { return n == 1 ? "" : "s"; }

bool native_check_count(EddyVM *vm, const char *fname, int nargs, int min,
                        int max) {
  if (nargs >= min && (max < 0 || nargs <= max)) return true;
  ObjClass *type_error = vm->exc.TypeError;
  if (max == 0) {
    return vm_raise(vm, type_error, "%s() takes no arguments (%d given)", fname,
                    nargs);
  }
  if (min == 1 && max == 1) {
    return vm_raise(vm, type_error,
                    "%s() takes exactly one argument (%d given)", fname, nargs);
  }
  if (min == max) {
    return vm_raise(vm, type_error, "%s expected %d argument%s, got %d", fname,
                    min, plural(min), nargs);
  }
  if (nargs < min) {
    return vm_raise(vm, type_error,
                    "%s expected at least %d argument%s, got %d", fname, min,
                    plural(min), nargs);
  }
  return vm_raise(vm, type_error, "%s expected at most %d argument%s, got %d",
                  fname, max, plural(max), nargs);
}

/* Index of the keyword parameter [key] among [names] (positional-only
 * ones excluded), or -1. */
static int find_param(ObjStr *key, const char *const *names, int n,
                      int posonly) {
  for (int i = posonly; i < n; i++) {
    if (strlen(names[i]) == key->length &&
        memcmp(names[i], key->chars, key->length) == 0) {
      return i;
    }
  }
  return -1;
}

/* Binds the keyword arguments of a call to their parameters. Unknown
 * keywords are left for reject_unknown: CPython reports a missing
 * required argument first. */
static bool bind_keywords(EddyVM *vm, const char *fname, Value *args, int nargs,
                          ObjTuple *kwnames, const char *const *names, int n,
                          int posonly, Value *out) {
  for (size_t k = 0; k < kwnames->length; k++) {
    ObjStr *key = AS_STR(kwnames->items[k]);
    int i = find_param(key, names, n, posonly);
    if (i < 0) continue;
    if (!IS_UNDEF(out[i])) {
      return vm_raise(vm, vm->exc.TypeError,
                      "argument for %s() given by name ('%s') and position "
                      "(%d)",
                      fname, names[i], i + 1);
    }
    out[i] = args[nargs + (int)k];
  }
  return true;
}

bool native_parse_args(EddyVM *vm, const char *fname, Value *args, int nargs,
                       ObjTuple *kwnames, const char *const *names, int n,
                       int required, int posonly, Value *out) {
  if (nargs > n) {
    return vm_raise(vm, vm->exc.TypeError,
                    "%s() takes %s %d argument%s (%d given)", fname,
                    required < n ? "at most" : "exactly", n, plural(n), nargs);
  }
  for (int i = 0; i < n; i++) out[i] = i < nargs ? args[i] : UNDEF_VAL;
  if (kwnames &&
      !bind_keywords(vm, fname, args, nargs, kwnames, names, n, posonly, out)) {
    return false;
  }
  for (int i = 0; i < required; i++) {
    if (IS_UNDEF(out[i])) {
      return vm_raise(vm, vm->exc.TypeError,
                      "%s() missing required argument '%s' (pos %d)", fname,
                      names[i], i + 1);
    }
  }
  for (size_t k = 0; kwnames && k < kwnames->length; k++) {
    ObjStr *key = AS_STR(kwnames->items[k]);
    if (find_param(key, names, n, posonly) < 0)
      return vm_raise(vm, vm->exc.TypeError,
                      "'%s' is an invalid keyword argument for %s()",
                      key->chars, fname);
  }
  return true;
}
