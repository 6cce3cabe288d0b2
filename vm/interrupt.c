/* interrupt.c: taking Ctrl-C where the program is. */
#include "vm/interrupt.h"

#include <unistd.h>

#include "vm/exception.h"

void vm_set_interrupt_source(EddyVM *vm, volatile sig_atomic_t *flag,
                             int wake_fd) {
  vm->interrupt_flag = flag;
  vm->interrupt_fd = wake_fd;
}

/* Clears the flag and empties the wake-up pipe. */
static void acknowledge(EddyVM *vm) {
  *vm->interrupt_flag = 0;
  if (vm->interrupt_fd < 0) return;
  char drain[64];
  while (read(vm->interrupt_fd, drain, sizeof drain) > 0) continue;
}

bool vm_take_interrupt(EddyVM *vm) {
  acknowledge(vm);
  Value hook = vm->interrupt_hook;
  if (IS_UNDEF(hook) || IS_NONE(hook))
    return vm_raise_value(vm, OBJ_VAL(vm->exc.KeyboardInterrupt));
  Value ignored;
  return vm_call(vm, hook, NULL, 0, NULL, &ignored);
}
