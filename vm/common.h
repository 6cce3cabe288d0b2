/* common.h: definitions every part of Eddy shares.
 *
 * Eddy is built in layers (lexer -> parser -> compiler -> vm) and each layer
 * includes this header for the few things they all need: invariant checks
 * that are live in debug builds and compiled out in release builds, the
 * marker for functions whose failure status must not be ignored, and the
 * version string. Nothing here holds state: all mutable state of a running
 * interpreter hangs off the EddyVM struct, so that a host may run several
 * VMs in one process.
 */
#ifndef EDDY_COMMON_H
#define EDDY_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define EDDY_VERSION "0.1.0"
/* The Python version whose semantics Eddy follows. */
#define EDDY_PYTHON_VERSION "3.11"

/* Marks a function that returns a failure status the caller must check. */
#define MUST_CHECK __attribute__((warn_unused_result))

#ifdef EDDY_DEBUG
/* Aborts with [msg] when [cond] does not hold; only in debug builds. */
#define ASSERT(cond, msg)                                                      \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: assertion failed in %s(): %s\n", __FILE__,       \
              __LINE__, __func__, msg);                                        \
      abort();                                                                 \
    }                                                                          \
  } while (0)
/* Marks code that control flow can never reach. */
#define UNREACHABLE()                                                          \
  do {                                                                         \
    fprintf(stderr, "%s:%d: unreachable code reached in %s()\n", __FILE__,     \
            __LINE__, __func__);                                               \
    abort();                                                                   \
  } while (0)
#else
#define ASSERT(cond, msg)                                                      \
  do {                                                                         \
  } while (0)
#define UNREACHABLE() __builtin_unreachable()
#endif

#endif
