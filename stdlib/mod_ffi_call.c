/* mod_ffi_call.c: Library and Function objects and synchronous calls
 * (see mod_ffi.h).
 *
 * ffi.open wraps dlopen; lib.func looks a symbol up and prepares its
 * libffi call interface once, so a call only converts the arguments into
 * a block of memory (one aligned slot per argument), calls ffi_call and
 * converts the result. A "string" argument points into the str itself,
 * which stays alive on the caller's stack for the whole call.
 */
#include <dlfcn.h>
#include <string.h>

#include "stdlib/mod_ffi.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_int.h"
#include "vm/obj_str.h"

#define SLOT_ALIGN 16

/* ---- libraries ---------------------------------------------------------------- */

static void library_mark(EddyVM *vm, Obj *obj) {
  gc_mark_value(vm, ((FfiLibrary *)obj)->name);
}

static void library_release(Obj *obj) {
  FfiLibrary *lib = (FfiLibrary *)obj;
  if (lib->handle) dlclose(lib->handle);
  lib->handle = NULL;
}

static const NativeDataKind library_kind = {"Library", sizeof(FfiLibrary),
                                            library_mark, library_release,
                                            NULL, NULL};

bool ffi_open(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
              Value *result) {
  if (!native_no_kwargs(vm, "open", kwnames) ||
      !native_check_count(vm, "open", nargs, 1, 1))
    return false;
  if (!IS_STR(args[0]) && !IS_NONE(args[0]))
    return vm_raise(vm, vm->exc.TypeError,
                    "ffi.open() path must be str or None, not %s",
                    vm_type_name(vm, args[0]));
  const char *path = IS_STR(args[0]) ? AS_STR(args[0])->chars : NULL;
  FfiLibrary *lib = (FfiLibrary *)gc_new_object(
      vm, sizeof(FfiLibrary), OBJ_NATIVE_DATA, FFI(vm)->library_class);
  if (!lib) return false;
  lib->base.kind = &library_kind;
  lib->name = args[0];
  lib->handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!lib->handle) {
    const char *err = dlerror();
    return vm_raise(vm, vm->exc.OSError, "%s", err ? err : "dlopen failed");
  }
  *result = OBJ_VAL(lib);
  return true;
}

static bool library_repr(EddyVM *vm, Value v, ByteBuf *out) {
  Value name = ((FfiLibrary *)AS_OBJ(v))->name;
  bool ok = IS_STR(name)
                ? buf_printf(out, "<ffi.Library '%s'>", AS_STR(name)->chars)
                : buf_puts(out, "<ffi.Library of the process>");
  return ok ? true : vm_raise_memory(vm);
}

static const TypeOps library_ops = {.repr = library_repr};

/* ---- functions ---------------------------------------------------------------- */

static void function_mark(EddyVM *vm, Obj *obj) {
  FfiFunction *f = (FfiFunction *)obj;
  gc_mark_value(vm, f->lib);
  gc_mark_value(vm, f->name);
  gc_mark_value(vm, f->sig.specs);
}

static void function_release(Obj *obj) {
  ffi_sig_free(&((FfiFunction *)obj)->sig);
}

static const NativeDataKind function_kind = {"Function",
                                             sizeof(FfiFunction),
                                             function_mark, function_release,
                                             NULL, NULL};

/* Reads the nfixed= keyword of lib.func ([v], UNDEF or None: not
 * variadic) into [*out] (-1 when not variadic). */
static bool nfixed_arg(EddyVM *vm, Value v, int *out) {
  int64_t n = -1;
  if (!IS_UNDEF(v) && !IS_NONE(v)) {
    if (!int_to_int64(vm, v, &n)) return false;
    if (n < 0 || n > 64)
      return vm_raise(vm, vm->exc.ValueError,
                      "nfixed must be between 0 and 64, not %lld",
                      (long long)n);
  }
  *out = (int)n;
  return true;
}

/* lib.func(name, restype, argtypes=[], nfixed=None) */
static bool m_func(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                   Value *result) {
  static const char *const names[] = {"self", "name", "restype", "argtypes",
                                      "nfixed"};
  Value a[5];
  int nfixed = -1;
  if (!ffi_check_self(vm, args, nargs, &library_kind, "func") ||
      !native_parse_args(vm, "func", args, nargs, kw, names, 5, 3, 1, a) ||
      !nfixed_arg(vm, a[4], &nfixed))
    return false;
  if (!IS_STR(a[1]))
    return vm_raise(vm, vm->exc.TypeError, "func() name must be str, not %s",
                    vm_type_name(vm, a[1]));
  FfiLibrary *lib = (FfiLibrary *)AS_OBJ(a[0]);
  dlerror();
  void *sym = dlsym(lib->handle, AS_STR(a[1])->chars);
  if (!sym) {
    const char *err = dlerror();
    return vm_raise(vm, vm->exc.AttributeError, "%s",
                    err ? err : "symbol is NULL");
  }
  FfiFunction *f = (FfiFunction *)gc_new_object(
      vm, sizeof(FfiFunction), OBJ_NATIVE_DATA, FFI(vm)->function_class);
  if (!f) return false;
  f->base.kind = &function_kind;
  f->lib = a[0];
  f->name = a[1];
  f->sig.specs = UNDEF_VAL;
  *(void **)&f->fn = sym;
  gc_push_root(vm, OBJ_VAL(f));
  char what[96];
  snprintf(what, sizeof what, "%s()", AS_STR(a[1])->chars);
  bool ok = ffi_sig_init(vm, &f->sig, a[2], IS_UNDEF(a[3]) ? NONE_VAL : a[3],
                         nfixed, what);
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(f);
  return ok;
}

/* ---- calls ------------------------------------------------------------------- */

/* The bytes an argument of [t] takes in an argument block. */
static size_t slot_size(const FfiType *t) {
  size_t n = t->size < sizeof(ffi_arg) ? sizeof(ffi_arg) : t->size;
  return (n + SLOT_ALIGN - 1) / SLOT_ALIGN * SLOT_ALIGN;
}

size_t ffi_call_block_size(const FfiSig *sig) {
  size_t n = SLOT_ALIGN;
  for (int i = 0; i < sig->nargs; i++) n += slot_size(&sig->args[i]);
  return n;
}

size_t ffi_call_ret_size(const FfiSig *sig) {
  size_t n = sig->ret.size < sizeof(ffi_arg) ? sizeof(ffi_arg) : sig->ret.size;
  return (n + SLOT_ALIGN - 1) / SLOT_ALIGN * SLOT_ALIGN;
}

bool ffi_call_prepare(EddyVM *vm, const FfiSig *sig, const char *name,
                      Value *args, int nargs, uint8_t *block,
                      void **avalues) {
  if (nargs != sig->nargs)
    return vm_raise(vm, vm->exc.TypeError,
                    "%s() takes %d argument%s (%d given)", name, sig->nargs,
                    sig->nargs == 1 ? "" : "s", nargs);
  size_t at = 0;
  for (int i = 0; i < nargs; i++) {
    char what[96];
    snprintf(what, sizeof what, "%s() argument %d", name, i + 1);
    avalues[i] = block + at;
    if (!ffi_to_c(vm, &sig->args[i], args[i], block + at, what)) return false;
    at += slot_size(&sig->args[i]);
  }
  return true;
}

/* f(*args): converts, calls, converts back. */
static bool m_call(EddyVM *vm, Value *args, int nargs, ObjTuple *kw,
                   Value *result) {
  if (!ffi_check_self(vm, args, nargs, &function_kind, "__call__"))
    return false;
  FfiFunction *f = (FfiFunction *)AS_OBJ(args[0]);
  const char *name = AS_STR(f->name)->chars;
  if (!native_no_kwargs(vm, name, kw)) return false;
  size_t bsize = ffi_call_block_size(&f->sig);
  size_t rsize = ffi_call_ret_size(&f->sig);
  uint8_t *block = aligned_alloc(SLOT_ALIGN, bsize + rsize);
  void **avalues = calloc((size_t)f->sig.nargs + 1, sizeof *avalues);
  bool ok = block && avalues;
  if (!ok) vm_raise_memory(vm);
  ok = ok && ffi_call_prepare(vm, &f->sig, name, args + 1, nargs - 1, block,
                              avalues);
  if (ok) {
    uint8_t *ret = block + bsize;
    memset(ret, 0, rsize);
    ffi_call(&f->sig.cif, f->fn, ret, avalues);
    ok = ffi_from_ret(vm, &f->sig.ret, ret, result);
  }
  free(block);
  free(avalues);
  return ok;
}

static bool function_repr(EddyVM *vm, Value v, ByteBuf *out) {
  FfiFunction *f = (FfiFunction *)AS_OBJ(v);
  bool ok = buf_printf(out, "<ffi.Function %s(", AS_STR(f->name)->chars);
  for (int i = 0; ok && i < f->sig.nargs; i++) {
    ok = buf_printf(out, "%s%s", i ? ", " : "", f->sig.args[i].name);
    if (ok && i + 1 == f->sig.nfixed) ok = buf_puts(out, ", ...");
  }
  if (ok && f->sig.nfixed == 0) ok = buf_puts(out, "...");
  ok = ok && buf_printf(out, ") -> %s>", f->sig.ret.name);
  return ok ? true : vm_raise_memory(vm);
}

static const TypeOps function_ops = {.repr = function_repr};

bool ffi_is_function(Value v) {
  return IS_NATIVE_DATA(v) && AS_NATIVE_DATA(v)->kind == &function_kind;
}

bool ffi_call_install(EddyVM *vm) {
  FfiState *st = FFI(vm);
  st->library_class->ops = &library_ops;
  st->function_class->ops = &function_ops;
  return native_method(vm, st->library_class, "func", m_func) &&
         native_method(vm, st->function_class, "__call__", m_call) &&
         native_method(vm, st->function_class, "call_async", ffi_call_async);
}
