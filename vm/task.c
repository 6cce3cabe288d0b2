/* task.c: growth of task stacks, frames and blocks. */
#include "vm/task.h"

#include <string.h>

#include "vm/vm.h"

/* A new task's stack starts at exactly what its first request needs
 * (gen_create asks for the whole first frame), and doubles from there,
 * from MIN_VALUES at least: a suspended coroutine costs little more than
 * its own frame. Likewise it starts with one call frame. */
#define MIN_VALUES 16
#define INITIAL_FRAMES 1

Task *task_new(void) {
  Task *task = calloc(1, sizeof(Task));
  if (!task) return NULL;
  task->exception = UNDEF_VAL;
  task->handled = NONE_VAL;
  return task;
}

size_t task_owned_size(const Task *task) {
  if (!task) return 0;
  return sizeof(Task) + task->cap * sizeof(Value) +
         (size_t)task->frame_cap * sizeof(CallFrame) +
         (size_t)task->block_cap * sizeof(Block);
}

void task_free(Task *task) {
  if (!task) return;
  free(task->values);
  free(task->frames);
  free(task->blocks);
  free(task);
}

bool task_ensure_stack(EddyVM *vm, Task *task, size_t extra) {
  size_t need = task->sp + extra;
#ifndef EDDY_STRESS_GC
  if (need <= task->cap) return true;
#else
  if (need <= task->cap && extra == 0) return true;
#endif
  size_t cap = need;
  if (need <= task->cap) {
    cap = task->cap; /* stress: moved, not grown, or it doubles per call */
  } else if (task->cap) {
    cap = task->cap * 2 < MIN_VALUES ? MIN_VALUES : task->cap * 2;
    while (cap < need) cap *= 2;
  }
  /* A fresh block every time (not realloc), so that under stress every
   * growth moves the stack and stale pointers show up at once. */
  Value *values = malloc(cap * sizeof(Value));
  if (!values) return vm_raise_memory(vm);
  if (task->sp) memcpy(values, task->values, task->sp * sizeof(Value));
  for (size_t i = task->sp; i < cap; i++) values[i] = UNDEF_VAL;
  free(task->values);
  task->values = values;
  vm->bytes_allocated += (cap - task->cap) * sizeof(Value);
  task->cap = cap;
  return true;
}

CallFrame *task_push_frame(EddyVM *vm, Task *task, size_t base, size_t ret) {
  if (task->frame_count == task->frame_cap) {
    int cap = task->frame_cap ? task->frame_cap * 2 : INITIAL_FRAMES;
    CallFrame *frames = realloc(task->frames, (size_t)cap * sizeof(CallFrame));
    if (!frames) {
      vm_raise_memory(vm);
      return NULL;
    }
    task->frames = frames;
    vm->bytes_allocated += (size_t)(cap - task->frame_cap) * sizeof(CallFrame);
    task->frame_cap = cap;
  }
  CallFrame *frame = &task->frames[task->frame_count++];
  memset(frame, 0, sizeof *frame);
  frame->base = base;
  frame->ret = ret;
  frame->block_base = task->block_count;
  return frame;
}

bool task_push_block(EddyVM *vm, Task *task, BlockKind kind, uint32_t target,
                     size_t depth) {
  if (task->block_count == task->block_cap) {
    int cap = task->block_cap ? task->block_cap * 2 : 4;
    Block *blocks = realloc(task->blocks, (size_t)cap * sizeof(Block));
    if (!blocks) return vm_raise_memory(vm);
    task->blocks = blocks;
    task->block_cap = cap;
  }
  task->blocks[task->block_count++] = (Block){kind, target, depth};
  return true;
}
