/* repl.h: the interactive prompt of `eddy`.
 *
 * `eddy` with no arguments on a terminal reads entries with GNU readline
 * and runs each one as CPython's REPL does: an entry is one simple
 * statement, or a compound statement that ends at a blank line, or
 * anything with a bracket, a triple-quoted string or a backslash still
 * open. Entries are compiled in COMPILE_INTERACTIVE mode, so expression
 * statements print repr(value) and keep it in builtins._; a syntax error
 * or an uncaught exception is printed and the session goes on with its
 * state. Entries are kept in a history file (~/.eddy_history, or
 * EDDY_HISTFILE; empty turns it off), a multi-line entry as one entry.
 * Tab completes keywords, builtins, globals and attributes after a dot.
 *
 * Lines are read with readline's callback interface while the REPL waits
 * with poll() on standard input, on the interrupt pipe (vm/interrupt.h),
 * so Ctrl-C at the prompt drops the line being typed, and on the VM's
 * session loop (vm/async.h), which runs while the user types. Entries
 * may await at the top level, as under `python3 -m asyncio`.
 */
#ifndef EDDY_REPL_H
#define EDDY_REPL_H

#include "vm/vm.h"

/* repl_run's status when a SystemExit (exit(), quit(), sys.exit()) ended
 * the session: the exception is left on vm->task for the caller. */
#define REPL_SYSTEM_EXIT (-3)

/* Runs the interactive session in [main_module] (registered as __main__)
 * until end of input or SystemExit; returns 0 at end of input, else
 * REPL_SYSTEM_EXIT. */
int repl_run(EddyVM *vm, ObjModule *main_module);

#endif
