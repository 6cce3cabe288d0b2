/* api.c: the implementation of include/eddy.h, and the only file that
 * implements it. It translates between the host's view (status codes,
 * strings) and the VM's (tasks, exceptions, diagnostics). */
#include "include/eddy.h"

#include <string.h>

#include "vm/buffer.h"
#include "vm/exception.h"
#include "vm/import.h"
#include "vm/obj_dict.h"
#include "vm/vm.h"
#include "vm/vm_exec.h"

#define EDDY_API __attribute__((visibility("default")))

EDDY_API const char *eddy_version(void) { return EDDY_VERSION; }

EDDY_API EddyVM *eddy_new(void) { return vm_new(); }

EDDY_API void eddy_free(EddyVM *vm) {
  vm_free(vm);
}

/* A write_err hook that keeps the text for eddy_error_message. */
static void capture_write(EddyVM *vm, const char *text, size_t len) {
  if (!buf_append(&vm->last_error, text, len)) buf_clear(&vm->last_error);
}

/* Writes the pending exception's report into vm->last_error. */
static void capture_exception(EddyVM *vm) {
  Value exc = vm->task->exception;
  vm->task->exception = UNDEF_VAL;
  VMWriteFn saved = vm->write_err;
  vm->write_err = capture_write;
  exception_print(vm, exc);
  vm->write_err = saved;
}

/* The __main__ module, made on first use. */
static ObjModule *main_module(EddyVM *vm) {
  ObjStr *name = vm->str.main;
  Value existing = dict_get_str(vm->modules, name);
  if (IS_MODULE(existing)) return AS_MODULE(existing);
  ObjModule *module = import_new_module(vm, "__main__");
  if (!module || !import_register(vm, "__main__", module)) return NULL;
  return module;
}

EDDY_API EddyStatus eddy_run_string(EddyVM *vm, const char *source,
                                    const char *name) {
  buf_clear(&vm->last_error);
  ObjModule *module = main_module(vm);
  if (!module) {
    capture_exception(vm);
    return EDDY_RUNTIME_ERROR;
  }
  SyntaxDiag diag = {0};
  int status = vm_exec_source(vm, source, strlen(source), name, module, &diag);
  if (status == 1) {
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (mem) {
      diag_print(&diag, name, source, mem);
      fclose(mem);
      if (!buf_append(&vm->last_error, text, len)) buf_clear(&vm->last_error);
      free(text);
    }
    return EDDY_SYNTAX_ERROR;
  }
  if (status == 2) {
    capture_exception(vm);
    return EDDY_RUNTIME_ERROR;
  }
  return EDDY_OK;
}

EDDY_API EddyStatus eddy_run_file(EddyVM *vm, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    buf_clear(&vm->last_error);
    if (!buf_printf(&vm->last_error, "can't open file '%s'\n", path))
      buf_clear(&vm->last_error);
    return EDDY_RUNTIME_ERROR;
  }
  ByteBuf src;
  buf_init(&src);
  char chunk[65536];
  size_t n;
  bool ok = true;
  while (ok && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
    ok = buf_append(&src, chunk, n);
  fclose(f);
  ok = ok && buf_append(&src, "", 0);
  EddyStatus status =
      ok ? eddy_run_string(vm, src.data, path) : EDDY_RUNTIME_ERROR;
  buf_free(&src);
  return status;
}

EDDY_API const char *eddy_error_message(EddyVM *vm) {
  return vm->last_error.data ? vm->last_error.data : "";
}
