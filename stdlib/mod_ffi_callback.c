/* mod_ffi_callback.c: script functions called from C (see mod_ffi.h).
 *
 * ffi.callback(restype, argtypes, fn) makes a libffi closure: a C function
 * pointer whose calls land in [dispatch], which converts the C arguments,
 * calls [fn] through vm_call and converts its result back. The VM runs on
 * one thread, so a call arriving from any other thread (a worker of the
 * async pool, a thread the C library made) is refused: it is reported on
 * stderr and returns zero. An exception raised by [fn] cannot propagate
 * through the C frames in between, so it is reported as CPython reports
 * an unraisable exception ("Exception ignored on calling ffi callback
 * ...") and the callback returns zero.
 *
 * The closure lives as long as the Callback object: a script must keep it
 * while C may call it (that, like every pointer, is its responsibility).
 */
#include <string.h>
#include <unistd.h>

#include "stdlib/mod_ffi.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/protocol.h"

static void callback_mark(EddyVM *vm, Obj *obj) {
  FfiCallback *cb = (FfiCallback *)obj;
  gc_mark_value(vm, cb->fn);
  gc_mark_value(vm, cb->sig.specs);
}

static void callback_release(Obj *obj) {
  FfiCallback *cb = (FfiCallback *)obj;
  if (cb->closure) ffi_closure_free(cb->closure);
  cb->closure = NULL;
  ffi_sig_free(&cb->sig);
}

static const NativeDataKind callback_kind = {"Callback",
                                             sizeof(FfiCallback),
                                             callback_mark, callback_release,
                                             NULL, NULL};

void *ffi_callback_code(EddyVM *vm, Value v) {
  (void)vm;
  if (!IS_NATIVE_DATA(v) || AS_NATIVE_DATA(v)->kind != &callback_kind)
    return NULL;
  return ((FfiCallback *)AS_OBJ(v))->code;
}

/* Writes [msg] straight to file descriptor 2: used where the VM may not
 * be touched (another thread). */
static void raw_stderr(const char *msg) {
  ssize_t ignored = write(2, msg, strlen(msg));
  (void)ignored;
}

/* Reports the exception pending on the VM as unraisable and clears it. */
static void report_unraisable(EddyVM *vm, FfiCallback *cb) {
  Value exc = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  gc_push_root(vm, exc);
  ByteBuf head;
  buf_init(&head);
  bool ok = buf_puts(&head, "Exception ignored on calling ffi callback ");
  if (ok && value_repr(vm, cb->fn, &head) && buf_puts(&head, ":\n"))
    vm->write_err(vm, head.data, head.len);
  vm->task->exception = UNDEF_VAL;
  buf_free(&head);
  exception_print(vm, exc);
  gc_pop_roots(vm, 1);
}

/* Converts the C arguments, calls the script function and stores its
 * result in [ret]; false after raising. */
static bool run_callback(EddyVM *vm, FfiCallback *cb, void *ret, void **cargs) {
  int n = cb->sig.nargs;
  Value args[n > 0 ? n : 1];
  for (int i = 0; i < n; i++) args[i] = NONE_VAL;
  int pushed = 0;
  bool ok = true;
  for (int i = 0; ok && i < n; i++) {
    ok = ffi_from_c(vm, &cb->sig.args[i], cargs[i], &args[i]);
    if (ok) {
      gc_push_root(vm, args[i]);
      pushed++;
    }
  }
  Value result = NONE_VAL;
  ok = ok && vm_call(vm, cb->fn, args, n, NULL, &result);
  gc_pop_roots(vm, pushed);
  if (!ok || cb->sig.ret.kind == FFI_K_VOID) return ok;
  gc_push_root(vm, result);
  uint8_t tmp[cb->sig.ret.size];
  ok = ffi_to_c(vm, &cb->sig.ret, result, tmp, "callback result");
  gc_pop_roots(vm, 1);
  if (ok) ffi_to_ret(&cb->sig.ret, tmp, ret);
  return ok;
}

/* The closure's entry point: [data] is the Callback. */
static void dispatch(ffi_cif *cif, void *ret, void **cargs, void *data) {
  FfiCallback *cb = data;
  size_t rsize = cif->rtype->size < sizeof(ffi_arg) ? sizeof(ffi_arg)
                                                    : cif->rtype->size;
  memset(ret, 0, rsize);
  if (!pthread_equal(pthread_self(), cb->thread)) {
    raw_stderr("ffi: a callback was called from a thread other than the "
               "interpreter's; it returns 0 without running\n");
    return;
  }
  EddyVM *vm = cb->vm;
  Value saved = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  gc_push_root(vm, OBJ_VAL(cb));
  gc_push_root(vm, saved);
  if (!run_callback(vm, cb, ret, cargs)) {
    report_unraisable(vm, cb);
    memset(ret, 0, rsize);
  }
  gc_pop_roots(vm, 2);
  vm->task->exception = saved;
}

/* Whether [v] can be called (as callable() decides). */
static bool is_callable(EddyVM *vm, Value v) {
  if (IS_FUNCTION(v) || IS_NATIVE(v) || IS_BOUND_METHOD(v) || IS_CLASS(v))
    return true;
  return !IS_UNDEF(class_lookup(vm_class_of(vm, v), vm->str.call));
}

bool ffi_callback_make(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  if (!native_no_kwargs(vm, "callback", kwnames) ||
      !native_check_count(vm, "callback", nargs, 3, 3))
    return false;
  if (!is_callable(vm, args[2]))
    return vm_raise(vm, vm->exc.TypeError,
                    "ffi.callback() fn must be callable, not %s",
                    vm_type_name(vm, args[2]));
  FfiCallback *cb = (FfiCallback *)gc_new_object(
      vm, sizeof(FfiCallback), OBJ_NATIVE_DATA, FFI(vm)->callback_class);
  if (!cb) return false;
  cb->base.kind = &callback_kind;
  cb->vm = vm;
  cb->fn = args[2];
  cb->sig.specs = UNDEF_VAL;
  cb->thread = pthread_self();
  gc_push_root(vm, OBJ_VAL(cb));
  bool ok = ffi_sig_init(vm, &cb->sig, args[0], args[1], -1, "callback()");
  if (ok) {
    cb->closure = ffi_closure_alloc(sizeof(ffi_closure), &cb->code);
    ok = cb->closure &&
         ffi_prep_closure_loc(cb->closure, &cb->sig.cif, dispatch, cb,
                              cb->code) == FFI_OK;
    if (!ok) vm_raise(vm, vm->exc.MemoryError, "cannot allocate a closure");
  }
  gc_pop_roots(vm, 1);
  *result = OBJ_VAL(cb);
  return ok;
}

static bool callback_repr(EddyVM *vm, Value v, ByteBuf *out) {
  FfiCallback *cb = (FfiCallback *)AS_OBJ(v);
  if (!buf_printf(out, "<ffi.Callback %p calling ", cb->code))
    return vm_raise_memory(vm);
  if (!value_repr(vm, cb->fn, out)) return false;
  return buf_putc(out, '>') ? true : vm_raise_memory(vm);
}

static const TypeOps callback_ops = {.repr = callback_repr};

bool ffi_callback_install(EddyVM *vm) {
  FFI(vm)->callback_class->ops = &callback_ops;
  return true;
}
