/* interrupt.h: Ctrl-C.
 *
 * A signal handler can only set a flag, and only the host (the `eddy`
 * program, or an application embedding Eddy) may install one. The host
 * hands the VM a pointer to its flag and the read end of a pipe its
 * handler writes a byte to (vm_set_interrupt_source); without them Eddy
 * is never interrupted. The VM looks at the flag where a running program
 * can spin or wait: every backward jump of the dispatch loop, the event
 * loop after each wait (the pipe wakes its poller), time.sleep and
 * input() (the handler interrupts their system calls).
 *
 * Taking an interrupt clears the flag and empties the pipe. By default
 * it raises KeyboardInterrupt where the program is. While asyncio.run()
 * runs, it has installed a hook instead (vm->interrupt_hook), called in
 * the KeyboardInterrupt's place: the first Ctrl-C cancels the main task,
 * as CPython's asyncio.Runner does, and asyncio.run then raises
 * KeyboardInterrupt once the task has unwound.
 */
#ifndef EDDY_INTERRUPT_H
#define EDDY_INTERRUPT_H

#include <signal.h>

#include "vm/vm.h"

/* Makes [flag] (set by the host's SIGINT handler) and [wake_fd] (a
 * non-blocking pipe end the handler writes to, or -1) the VM's source of
 * interrupts. */
void vm_set_interrupt_source(EddyVM *vm, volatile sig_atomic_t *flag,
                             int wake_fd);

/* True when an interrupt is waiting to be taken. */
static inline bool vm_interrupt_pending(const EddyVM *vm) {
  return vm->interrupt_flag && *vm->interrupt_flag;
}

/* Takes the pending interrupt: calls the interrupt hook, or raises
 * KeyboardInterrupt. Returns false when an exception is now raised. */
bool vm_take_interrupt(EddyVM *vm) MUST_CHECK;

#endif
