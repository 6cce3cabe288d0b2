/* vm_core.c: creating and destroying a VM, and the class of a value.
 *
 * vm_new builds a VM in a fixed order: the bare struct and its host
 * hooks, the main task (so that errors raised during startup have
 * somewhere to go), then every built-in class, string and singleton
 * (vm_types_init, which enables the collector as soon as the classes
 * exist: from then on every object is reachable from the VM's roots).
 */
#include <string.h>

#include "stdlib/mod_ffi.h"
#include "vm/async.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_list.h"
#include "vm/vm_types.h"

/* The recursion limit CPython starts with. */
#define DEFAULT_RECURSION_LIMIT 1000
/* The first collection threshold (gc.c keeps the heap at least this). */
#define INITIAL_NEXT_GC ((size_t)1 << 20)

/* Default stdout hook: the process's stdout. */
static void default_write_out(EddyVM *vm, const char *text, size_t len) {
  (void)vm;
  fwrite(text, 1, len, stdout);
}

/* Default stderr hook: flushes stdout first so that a terminal shows
 * output and errors in the order they happened. */
static void default_write_err(EddyVM *vm, const char *text, size_t len) {
  (void)vm;
  fflush(stdout);
  fwrite(text, 1, len, stderr);
}

/* Creates the task the main program runs on and makes it current. */
static bool create_main_task(EddyVM *vm) {
  Task *task = task_new();
  if (!task) return false;
  task->next_live = vm->live_tasks;
  vm->live_tasks = task;
  vm->main_task = task;
  vm->task = task;
  return true;
}

/* Releases the stacks of every task still live. */
static void free_tasks(EddyVM *vm) {
  Task *task = vm->live_tasks;
  while (task) {
    Task *next = task->next_live;
    task_free(task);
    task = next;
  }
  vm->live_tasks = vm->task = vm->main_task = NULL;
}

/* Sets every field of a fresh [vm] to its starting value. */
static void init_fields(EddyVM *vm) {
  vm->next_gc = INITIAL_NEXT_GC;
  vm->gc_enabled = false;
  vm->none_repr = UNDEF_VAL;
  vm->not_implemented = UNDEF_VAL;
  vm->ellipsis = UNDEF_VAL;
  vm->memory_error = UNDEF_VAL;
  vm->asyncgen_firstiter = NONE_VAL;
  vm->asyncgen_finalizer = NONE_VAL;
  vm->recursion_limit = DEFAULT_RECURSION_LIMIT;
  vm->interrupt_fd = -1;
  vm->interrupt_hook = UNDEF_VAL;
  vm->write_out = default_write_out;
  vm->write_err = default_write_err;
}

/* Creates the lists the VM itself holds. */
static bool create_vm_lists(EddyVM *vm) {
  vm->repr_stack = list_new(vm, 0);
  if (!vm->repr_stack) return false;
  vm->argv = list_new(vm, 0);
  return vm->argv != NULL;
}

EddyVM *vm_new(void) { return vm_new_with_allocator(NULL, NULL); }

EddyVM *vm_new_with_allocator(void *(*alloc)(void *, size_t, size_t, void *),
                              void *user) {
  EddyVM *vm = calloc(1, sizeof *vm);
  if (!vm) return NULL;
  init_fields(vm);
  vm->alloc = alloc;
  vm->alloc_user = user;
  if (!create_main_task(vm) || !vm_types_init(vm) || !create_vm_lists(vm)) {
    vm_free(vm);
    return NULL;
  }
  vm->task->exception = UNDEF_VAL;
  return vm;
}

void vm_free(EddyVM *vm) {
  if (!vm) return;
  ffi_free(vm); /* joins the workers before the heap goes */
  if (vm->host_release) vm->host_release(vm);
  free_tasks(vm);
  gc_free_all(vm);
  async_free(vm);
  free(vm->finalizing);
  buf_free(&vm->last_error);
  free(vm);
}

ObjClass *vm_class_of(EddyVM *vm, Value v) {
  switch (v.type) {
  case VAL_UNDEF:
  case VAL_NONE: return vm->types.none_type;
  case VAL_BOOL: return vm->types.bool_;
  case VAL_INT: return vm->types.int_;
  case VAL_FLOAT: return vm->types.float_;
  case VAL_OBJ: return AS_OBJ(v)->cls;
  }
  UNREACHABLE();
}

const char *vm_type_name(EddyVM *vm, Value v) {
  ObjClass *cls = vm_class_of(vm, v);
  return cls && cls->name ? cls->name->chars : "object";
}
