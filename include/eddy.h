/* eddy.h: embedding Eddy in a C program.
 *
 * This is the only public header. A host creates a VM with eddy_new, runs
 * code with eddy_run_string or eddy_run_file, reads what went wrong with
 * eddy_error_message, and frees the VM with eddy_free. Each VM is
 * independent (there is no global state), and is used by one thread at a
 * time. Link with libeddy and its dependencies (pkg-config: eddy).
 */
#ifndef EDDY_H
#define EDDY_H

#ifdef __cplusplus
extern "C" {
#endif

#define EDDY_VERSION_MAJOR 0
#define EDDY_VERSION_MINOR 1
#define EDDY_VERSION_PATCH 0

/* An interpreter instance. */
typedef struct EddyVM EddyVM;

/* Result of running code. */
typedef enum {
  EDDY_OK = 0,           /* the code ran to the end */
  EDDY_SYNTAX_ERROR = 1, /* it did not compile */
  EDDY_RUNTIME_ERROR = 2 /* it raised an exception that was not caught */
} EddyStatus;

/* The version string, e.g. "0.1.0". */
const char *eddy_version(void);

/* Creates a VM with the built-in functions and modules; NULL when memory
 * runs out. Free it with eddy_free. */
EddyVM *eddy_new(void);

/* Frees [vm] and everything it owns. */
void eddy_free(EddyVM *vm);

/* Compiles and runs [source] as the module __main__, reporting errors
 * under the file name [name]. Output goes to the process's stdout. On an
 * error the VM stays usable and eddy_error_message describes it. */
EddyStatus eddy_run_string(EddyVM *vm, const char *source, const char *name);

/* Reads and runs the file at [path] as eddy_run_string does. */
EddyStatus eddy_run_file(EddyVM *vm, const char *path);

/* The last error as CPython would print it (traceback or syntax error
 * report), or "" when the last run succeeded. Owned by the VM, valid
 * until the next run. */
const char *eddy_error_message(EddyVM *vm);

#ifdef __cplusplus
}
#endif

#endif
