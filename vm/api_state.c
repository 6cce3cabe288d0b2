/* api_state.c: the embedding API's per-VM state (vm/api.h): slot
 * frames, the roots it adds to the collector, the host's write hooks and
 * the instruction budget the dispatch loop consults. */
#include "vm/api.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/buffer.h"
#include "vm/gc.h"

/* Calls between two questions to the host's interrupt callback. */
#define INTERRUPT_INTERVAL 1024u
/* Slots allocated at first. */
#define SLOTS_INIT 16

/* Marks every live slot, handle and pending host future of [vm]. */
static void api_mark(EddyVM *vm) {
  ApiState *api = API(vm);
  for (int i = 0; i < api->base + api->count; i++)
    gc_mark_value(vm, api->slots[i]);
  for (struct EddyHandle *h = api->handles; h; h = h->next)
    gc_mark_value(vm, h->value);
  for (struct EddyFuture *f = api->futures; f; f = f->next)
    gc_mark_value(vm, f->future);
}

/* stdout through the host's hook. */
static void hook_out(EddyVM *vm, const char *text, size_t len) {
  API(vm)->write_out(vm, text, len, API(vm)->write_user);
}

/* stderr through the host's hook. */
static void hook_err(EddyVM *vm, const char *text, size_t len) {
  API(vm)->write_err(vm, text, len, API(vm)->write_user);
}

/* The VM's tick (vm->tick): spends the budget and asks the interrupt
 * callback every INTERRUPT_INTERVAL ticks. */
static bool api_tick(EddyVM *vm) {
  ApiState *api = API(vm);
  if (api->budget) {
    if (api->ticks_left == 0)
      return vm_raise(vm, vm->exc.RuntimeError,
                      "instruction budget exhausted");
    api->ticks_left--;
  }
  if (api->interrupt && ++api->tick_phase >= INTERRUPT_INTERVAL) {
    api->tick_phase = 0;
    if (api->interrupt(vm, api->interrupt_user))
      return vm_raise(vm, vm->exc.RuntimeError, "interrupted by the host");
  }
  return true;
}

bool api_state_init(EddyVM *vm, const EddyConfig *config) {
  ApiState *api = calloc(1, sizeof *api);
  if (!api) return false;
  buf_init(&api->error_type);
  buf_init(&api->error_message);
  api->write_out = config->write_out;
  api->write_err = config->write_err;
  api->write_user = config->write_user;
  api->budget = config->instruction_budget;
  api->ticks_left = api->budget;
  api->interrupt = config->interrupt;
  api->interrupt_user = config->interrupt_user;
  api->user_data = config->user_data;
  vm->api = api;
  vm->host_mark = api_mark;
  vm->host_release = api_state_free;
  if (api->write_out) vm->write_out = hook_out;
  if (api->write_err) vm->write_err = hook_err;
  if (api->budget || api->interrupt) vm->tick = api_tick;
  return true;
}

ApiState *api_state_default(EddyVM *vm) {
  EddyConfig defaults;
  memset(&defaults, 0, sizeof defaults);
  if (!api_state_init(vm, &defaults)) {
    fputs("eddy: fatal: out of memory for the embedding API\n", stderr);
    abort();
  }
  return vm->api;
}

void api_state_free(EddyVM *vm) {
  ApiState *api = API(vm);
  if (!api) return;
  while (api->handles) {
    struct EddyHandle *next = api->handles->next;
    free(api->handles);
    api->handles = next;
  }
  while (api->futures) {
    struct EddyFuture *next = api->futures->next;
    free(api->futures->text);
    free(api->futures);
    api->futures = next;
  }
  buf_free(&api->error_type);
  buf_free(&api->error_message);
  free(api->slots);
  free(api);
  vm->api = NULL;
  vm->host_mark = NULL;
  vm->host_release = NULL;
}

/* Makes room for [needed] slots in all; false when memory runs out. */
static bool reserve(ApiState *api, int needed) {
  if (needed <= api->slot_cap) return true;
  int cap = api->slot_cap ? api->slot_cap : SLOTS_INIT;
  while (cap < needed) cap *= 2;
  Value *grown = realloc(api->slots, sizeof(Value) * (size_t)cap);
  if (!grown) return false;
  api->slots = grown;
  api->slot_cap = cap;
  return true;
}

Value *api_slot(EddyVM *vm, int slot) {
  ApiState *api = API(vm);
  if (slot < 0 || slot >= api->count) {
    vm_raise(vm, vm->exc.SystemError, "slot %d out of range (%d slots)",
             slot, api->count);
    return NULL;
  }
  return &api->slots[api->base + slot];
}

bool api_ensure(EddyVM *vm, int count) {
  ApiState *api = API(vm);
  if (count <= api->count) return true;
  if (count > (1 << 24) || !reserve(api, api->base + count))
    return vm_raise_memory(vm);
  for (int i = api->count; i < count; i++)
    api->slots[api->base + i] = NONE_VAL;
  api->count = count;
  return true;
}

bool api_push_frame(EddyVM *vm, int count, int saved[2]) {
  ApiState *api = API(vm);
  int top = api->base + api->count;
  if (!reserve(api, top + count)) return vm_raise_memory(vm);
  saved[0] = api->base;
  saved[1] = api->count;
  api->base = top;
  api->count = count;
  for (int i = 0; i < count; i++) api->slots[top + i] = NONE_VAL;
  return true;
}

void api_pop_frame(EddyVM *vm, const int saved[2]) {
  API(vm)->base = saved[0];
  API(vm)->count = saved[1];
}

void api_enter(EddyVM *vm) {
  ApiState *api = API(vm);
  if (api->native_depth > 0) return;
  api->ticks_left = api->budget;
  api->tick_phase = 0;
}
