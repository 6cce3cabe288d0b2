/* eddy.h: embedding Eddy in a C or C++ program.
 *
 * This is the only public header; vm/api.c implements all of it. A host
 * creates a VM with eddy_new (optionally configured by an EddyConfig),
 * runs code with eddy_run_string or eddy_run_file, exchanges values with
 * scripts through numbered slots, registers C functions (also async ones
 * that complete later, from any thread), drives the VM's event loop from
 * its own main loop, and frees the VM with eddy_free.
 *
 * Each VM is independent (there is no global state): any number may live
 * in one process, each used by one thread at a time. The only functions
 * that may be called from another thread are eddy_future_resolve* and
 * eddy_future_reject.
 *
 * Values: a VM has a stack of slots, like Wren's. Slots hold script
 * values and are GC roots, so nothing the host holds can be collected
 * under it; C code only ever sees slot numbers, copies of scalars and
 * strings that stay valid while their value is in a slot. A native
 * function sees its own frame of slots (slot 0 for its result, slots
 * 1..argc for its arguments); the host, outside any native, has its own.
 * A value kept beyond that goes into an EddyHandle.
 *
 * Errors: functions returning bool return false after raising a Python
 * exception in the VM. Inside a native function the exception is pending
 * and the native should return false to hand it to the script. Outside
 * (called by the host directly) it is taken at once: eddy_error_type,
 * eddy_error_message and eddy_error_traceback describe it, and the VM
 * stays usable.
 *
 * Link with libeddy (pkg-config: eddy).
 */
#ifndef EDDY_H
#define EDDY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define EDDY_API __attribute__((visibility("default")))
#else
#define EDDY_API
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

/* ---- configuration and lifecycle -------------------------------------- */

/* A realloc-style allocator: resizes [ptr] (NULL: a new block) from
 * [old_size] to [new_size] bytes and returns the block, or NULL when it
 * cannot (the old block is then untouched); [new_size] 0 frees [ptr] and
 * returns NULL. [user] is EddyConfig.alloc_user. */
typedef void *(*EddyAllocFn)(void *ptr, size_t old_size, size_t new_size,
                             void *user);

/* Receives [len] bytes of [text] that the script wrote to stdout or
 * stderr; [user] is EddyConfig.write_user. */
typedef void (*EddyWriteFn)(EddyVM *vm, const char *text, size_t len,
                            void *user);

/* Asked now and then while a script runs (every 1024 calls and backward
 * jumps); returning true stops the script with RuntimeError("interrupted
 * by the host"). */
typedef bool (*EddyInterruptFn)(EddyVM *vm, void *user);

/* Optional built-in modules a sandboxing host may leave out. */
#define EDDY_EXCLUDE_FFI 1u  /* import ffi */
#define EDDY_EXCLUDE_OS 2u   /* import os (and os.path) */
#define EDDY_EXCLUDE_OPEN 4u /* the open() built-in */

/* How eddy_new sets up a VM. A zeroed struct gives the defaults. */
typedef struct EddyConfig {
  EddyAllocFn alloc;         /* allocator for the object heap (object
                                blocks, list and dict tables); NULL: the
                                C library's */
  void *alloc_user;          /* handed to [alloc] */
  EddyWriteFn write_out;     /* the script's stdout; NULL: the process's */
  EddyWriteFn write_err;     /* its stderr; NULL: the process's */
  void *write_user;          /* handed to both write hooks */
  const char *const *module_paths; /* NULL-terminated directories searched
                                by import (sys.path); NULL: the default */
  unsigned exclude;          /* EDDY_EXCLUDE_* bits */
  size_t memory_limit;       /* most bytes the object heap may hold; an
                                allocation beyond raises MemoryError in the
                                script; 0: no limit */
  uint64_t instruction_budget; /* calls plus backward jumps a script may
                                make per entry from the host (a run, a
                                call, a loop step); beyond it raises
                                RuntimeError("instruction budget
                                exhausted"); 0: no limit */
  EddyInterruptFn interrupt; /* asked now and then whether to stop, or NULL */
  void *interrupt_user;      /* handed to [interrupt] */
  void *user_data;           /* the host's pointer, see eddy_user_data */
} EddyConfig;

/* The version string, e.g. "0.1.0". */
EDDY_API const char *eddy_version(void);

/* Creates a VM with the built-in functions and modules, configured by
 * [config] (NULL: defaults; the struct is copied, the strings it points
 * to are copied too). NULL when memory runs out. Free it with eddy_free. */
EDDY_API EddyVM *eddy_new(const EddyConfig *config);

/* Frees [vm] and everything it owns, including handles and futures the
 * host did not release (their pointers are then invalid: resolve every
 * future before freeing its VM). NULL is ignored. */
EDDY_API void eddy_free(EddyVM *vm);

/* EddyConfig.user_data of [vm]. */
EDDY_API void *eddy_user_data(EddyVM *vm);

/* ---- running code ----------------------------------------------------- */

/* Compiles and runs [source] as the module __main__, reporting errors
 * under the file name [name]. Returns EDDY_OK, or an error status with
 * the error described by eddy_error_*; the VM stays usable. */
EDDY_API EddyStatus eddy_run_string(EddyVM *vm, const char *source,
                                    const char *name);

/* Reads and runs the file at [path] as eddy_run_string does. */
EDDY_API EddyStatus eddy_run_file(EddyVM *vm, const char *path);

/* As eddy_run_string, but with the VM's own event loop marked running, as
 * at an interactive prompt: asyncio.create_task and get_running_loop work
 * at the top level, and the tasks made run when the host drives the loop
 * (eddy_loop_step, eddy_run_until_complete). asyncio.run() cannot be used
 * in such code; plain eddy_run_string runs it. */
EDDY_API EddyStatus eddy_run_in_loop(EddyVM *vm, const char *source,
                                     const char *name);

/* The last error's exception class name ("ValueError", "SyntaxError"),
 * or "" after success. Owned by the VM, valid until the next error. */
EDDY_API const char *eddy_error_type(EddyVM *vm);

/* The last error's message, str() of the exception ("bad value"), or "". */
EDDY_API const char *eddy_error_message(EddyVM *vm);

/* The last error as CPython would print it (traceback or syntax error
 * report, ending in a newline), or "". */
EDDY_API const char *eddy_error_traceback(EddyVM *vm);

/* ---- slots ------------------------------------------------------------ */

/* What a slot holds. */
typedef enum {
  EDDY_TYPE_NONE,
  EDDY_TYPE_BOOL,
  EDDY_TYPE_INT,
  EDDY_TYPE_FLOAT,
  EDDY_TYPE_STRING,
  EDDY_TYPE_LIST,
  EDDY_TYPE_DICT,
  EDDY_TYPE_TUPLE,
  EDDY_TYPE_OTHER /* anything else: functions, modules, instances, ... */
} EddyType;

/* Makes the current frame at least [count] slots long (new slots hold
 * None). False after raising MemoryError. */
EDDY_API bool eddy_ensure_slots(EddyVM *vm, int count);

/* The number of slots of the current frame. */
EDDY_API int eddy_slot_count(EddyVM *vm);

/* The type of the value in [slot]; EDDY_TYPE_NONE for a slot out of
 * range. */
EDDY_API EddyType eddy_slot_type(EddyVM *vm, int slot);

/* Setters: store a new value in [slot] (which must exist: see
 * eddy_ensure_slots). False after raising (SystemError for a bad slot,
 * MemoryError, ValueError for a string that is not UTF-8). */
EDDY_API bool eddy_set_none(EddyVM *vm, int slot);
EDDY_API bool eddy_set_bool(EddyVM *vm, int slot, bool value);
EDDY_API bool eddy_set_int(EddyVM *vm, int slot, long long value);
EDDY_API bool eddy_set_float(EddyVM *vm, int slot, double value);
/* [len] bytes of UTF-8 at [text] (copied). */
EDDY_API bool eddy_set_string(EddyVM *vm, int slot, const char *text,
                              size_t len);
EDDY_API bool eddy_set_new_list(EddyVM *vm, int slot);
EDDY_API bool eddy_set_new_dict(EddyVM *vm, int slot);
/* A tuple of the [count] values in slots [first]..[first]+count-1. */
EDDY_API bool eddy_set_new_tuple(EddyVM *vm, int slot, int first, int count);
/* Copies the value of slot [from] to slot [to]. */
EDDY_API bool eddy_copy_slot(EddyVM *vm, int to, int from);

/* Getters: false after raising TypeError when [slot] holds another type
 * (OverflowError for an int beyond long long). */
/* The truth value of the slot's value, as bool() says. */
EDDY_API bool eddy_get_bool(EddyVM *vm, int slot, bool *out);
EDDY_API bool eddy_get_int(EddyVM *vm, int slot, long long *out);
/* An int or a float, as a double. */
EDDY_API bool eddy_get_float(EddyVM *vm, int slot, double *out);
/* The UTF-8 bytes of a str and their number in [*len] (when not NULL),
 * NUL-terminated; valid while the str stays in a slot or handle. NULL
 * after raising. */
EDDY_API const char *eddy_get_string(EddyVM *vm, int slot, size_t *len);

/* ---- containers, attributes, globals, calls --------------------------- */

/* len() of the value in [slot]. */
EDDY_API bool eddy_len(EddyVM *vm, int slot, long long *out);
/* list.append: appends slot [value] to the list in slot [list]. */
EDDY_API bool eddy_list_append(EddyVM *vm, int list, int value);
/* container[key] into slot [dest] (lists, tuples, dicts, anything with
 * __getitem__). */
EDDY_API bool eddy_get_item(EddyVM *vm, int container, int key, int dest);
/* container[key] = value. */
EDDY_API bool eddy_set_item(EddyVM *vm, int container, int key, int value);
/* sequence[index] into slot [dest]; a negative index counts from the end. */
EDDY_API bool eddy_get_index(EddyVM *vm, int sequence, long long index,
                             int dest);

/* The attribute [name] of the value in slot [obj] into slot [dest]. */
EDDY_API bool eddy_get_attr(EddyVM *vm, int obj, const char *name, int dest);
/* Sets the attribute [name] of the value in slot [obj] to slot [value]. */
EDDY_API bool eddy_set_attr(EddyVM *vm, int obj, const char *name, int value);

/* The global [name] of the module [module] (NULL: __main__) into slot
 * [dest], looked up as the module's code would (then the built-ins);
 * NameError when there is none. */
EDDY_API bool eddy_get_global(EddyVM *vm, const char *module,
                              const char *name, int dest);
/* Sets the global [name] of [module] (NULL: __main__) to slot [value]. */
EDDY_API bool eddy_set_global(EddyVM *vm, const char *module,
                              const char *name, int value);
/* import [name] (dotted names give the submodule) into slot [dest]. */
EDDY_API bool eddy_import(EddyVM *vm, const char *name, int dest);

/* Calls the value in slot [callable] with the [nargs] values in slots
 * [first]..[first]+nargs-1, storing the result in slot [dest]. */
EDDY_API bool eddy_call(EddyVM *vm, int callable, int first, int nargs,
                        int dest);
/* Calls the method [name] of the value in slot [obj] the same way. */
EDDY_API bool eddy_call_method(EddyVM *vm, int obj, const char *name,
                               int first, int nargs, int dest);

/* ---- handles ---------------------------------------------------------- */

/* A value the host keeps across calls; the collector treats it as a root
 * until released. */
typedef struct EddyHandle EddyHandle;

/* A handle to the value in [slot]; NULL after raising. */
EDDY_API EddyHandle *eddy_handle_new(EddyVM *vm, int slot);
/* Stores the value of [handle] in [slot]. */
EDDY_API bool eddy_set_handle(EddyVM *vm, int slot, EddyHandle *handle);
/* Releases [handle] (NULL is ignored); the pointer is then invalid. */
EDDY_API void eddy_handle_release(EddyVM *vm, EddyHandle *handle);

/* ---- native functions and modules ------------------------------------- */

/* A function written in C. It is called with its arguments in slots
 * 1..[argc] and None in slot 0, which holds its result when it returns
 * true; it returns false after raising (eddy_raise, or any failing eddy_*
 * call). Keyword arguments are refused with TypeError. [user] is the
 * pointer given when it was defined. */
typedef bool (*EddyNativeFn)(EddyVM *vm, int argc, void *user);

/* Creates an empty module [name] that scripts can import (import game),
 * replacing any module of that name. */
EDDY_API bool eddy_define_module(EddyVM *vm, const char *name);

/* Defines the function [name] calling [fn] with [user] in the module
 * [module] (created by eddy_define_module, or any loaded module), or as a
 * built-in visible from every module when [module] is NULL. */
EDDY_API bool eddy_define_function(EddyVM *vm, const char *module,
                                   const char *name, EddyNativeFn fn,
                                   void *user);

/* Raises the built-in exception class named [type] ("ValueError",
 * "KeyError", ...; SystemError when there is no such class) with the
 * message formatted from [fmt] (printf conventions). Always returns
 * false, so a native can `return eddy_raise(...)`. */
EDDY_API bool eddy_raise(EddyVM *vm, const char *type, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- async native functions ------------------------------------------- */

/* A future completed by the host. */
typedef struct EddyFuture EddyFuture;

/* Told (on the VM's thread) that the task awaiting [future] was
 * cancelled: the work behind it may stop. The host must still resolve or
 * reject the future (which is then ignored) to release it. */
typedef void (*EddyCancelFn)(EddyFuture *future, void *user);

/* Creates an asyncio Future on the VM's running loop (or its own loop,
 * see eddy_loop_step) and stores it in [slot], so that a native function
 * can return it for the script to await. The host completes it exactly
 * once with eddy_future_resolve* or eddy_future_reject, from any thread;
 * the pointer is invalid afterwards. [on_cancel] (or NULL) is called with
 * [user] when the awaiting task is cancelled. NULL after raising. */
EDDY_API EddyFuture *eddy_future_new(EddyVM *vm, int slot,
                                     EddyCancelFn on_cancel, void *user);

/* The pointer given to eddy_future_new. */
EDDY_API void *eddy_future_user(EddyFuture *future);

/* Completes [future] from any thread: on the VM's thread, in the loop's
 * next iteration, [make] is called as a native function with no
 * arguments (NULL: the result is None) and its slot 0 becomes the
 * result, or its exception the future's. Returns false when the future
 * was already completed or memory ran out. */
EDDY_API bool eddy_future_resolve(EddyFuture *future, EddyNativeFn make,
                                  void *user);
/* Completes [future] with an int, from any thread. */
EDDY_API bool eddy_future_resolve_int(EddyFuture *future, long long value);
/* Completes [future] with a str (the [len] bytes at [text] are copied),
 * from any thread. */
EDDY_API bool eddy_future_resolve_string(EddyFuture *future, const char *text,
                                         size_t len);
/* Fails [future] with the built-in exception [type] and [message]
 * (copied), from any thread. */
EDDY_API bool eddy_future_reject(EddyFuture *future, const char *type,
                                 const char *message);

/* ---- the event loop under the host's control -------------------------- */

/* Runs the VM's loop until the awaitable in [slot] (a coroutine, task or
 * future) completes, storing its result in [slot]; when [slot] holds
 * None, runs until the loop is idle (eddy_loop_is_idle). */
EDDY_API EddyStatus eddy_run_until_complete(EddyVM *vm, int slot);

/* One iteration of the VM's loop: runs the callbacks and task steps that
 * are ready, after waiting at most [timeout_ms] milliseconds (negative:
 * no limit) for I/O, timers or a future resolved from another thread
 * when nothing is ready. An error escaping the loop is reported as by
 * eddy_run_string. */
EDDY_API EddyStatus eddy_loop_step(EddyVM *vm, int timeout_ms);

/* Seconds until the loop next has work: 0 when something is ready, the
 * time to the next timer, or -1 when it waits only for I/O or the host. */
EDDY_API double eddy_loop_next_deadline(EddyVM *vm);

/* A file descriptor that becomes readable when the loop has work (add
 * it to the host's poll/epoll/GLib/libuv loop and call eddy_loop_step
 * when it fires), or -1. Owned by the VM. */
EDDY_API int eddy_loop_fd(EddyVM *vm);

/* True when the loop has nothing left to do: no ready callbacks, no
 * timers, no unfinished tasks and no host futures pending. */
EDDY_API bool eddy_loop_is_idle(EddyVM *vm);

#ifdef __cplusplus
}
#endif

#endif
