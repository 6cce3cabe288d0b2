/* vm.h: the EddyVM struct and the interpreter's core entry points.
 *
 * All mutable state of an interpreter hangs off one EddyVM: the heap and
 * GC bookkeeping, the interned strings, the built-in classes, the module
 * table, the tasks. There are no mutable globals anywhere, so a host may
 * run several VMs in one process (one thread per VM at a time).
 *
 * Built-in classes and exception classes are listed once, in X-macros,
 * and expanded into fields of [types] and [exc] and into the code that
 * creates them at startup (vm_types.c).
 *
 * Errors: a function that can fail returns false (or NULL) after raising
 * with vm_raise*, which leaves the exception on the current task. Nothing
 * longjmps. The dispatch loop then unwinds to the nearest handler.
 */
#ifndef EDDY_VM_H
#define EDDY_VM_H

#include <signal.h>

#include "vm/object.h"
#include "vm/pool.h"
#include "vm/side_dict.h"
#include "vm/task.h"

/* X(field, Python name, layout) for the built-in classes. */
#define BUILTIN_CLASS_LIST(X)                                                  \
  X(object, "object", OBJ_INSTANCE)                                            \
  X(type, "type", OBJ_CLASS)                                                   \
  X(none_type, "NoneType", OBJ_INSTANCE)                                       \
  X(bool_, "bool", OBJ_INSTANCE)                                               \
  X(int_, "int", OBJ_BIGINT)                                                   \
  X(float_, "float", OBJ_INSTANCE)                                             \
  X(str, "str", OBJ_STR)                                                       \
  X(bytes, "bytes", OBJ_BYTES)                                                 \
  X(tuple, "tuple", OBJ_TUPLE)                                                 \
  X(list, "list", OBJ_LIST)                                                    \
  X(dict, "dict", OBJ_DICT)                                                    \
  X(set, "set", OBJ_SET)                                                       \
  X(frozenset, "frozenset", OBJ_SET)                                           \
  X(range, "range", OBJ_RANGE)                                                 \
  X(slice, "slice", OBJ_SLICE)                                                 \
  X(function, "function", OBJ_FUNCTION)                                        \
  X(builtin_function, "builtin_function_or_method", OBJ_NATIVE)                \
  X(method, "method", OBJ_BOUND_METHOD)                                        \
  X(module, "module", OBJ_MODULE)                                              \
  X(code, "code", OBJ_CODE)                                                    \
  X(cell, "cell", OBJ_CELL)                                                    \
  X(ellipsis, "ellipsis", OBJ_INSTANCE)                                        \
  X(not_implemented_type, "NotImplementedType", OBJ_INSTANCE)                  \
  X(traceback, "traceback", OBJ_TRACEBACK)                                     \
  X(generator, "generator", OBJ_FRAME_HOLDER)                                  \
  X(coroutine, "coroutine", OBJ_FRAME_HOLDER)                                  \
  X(async_generator, "async_generator", OBJ_FRAME_HOLDER)                      \
  X(property, "property", OBJ_PROPERTY)                                        \
  X(staticmethod, "staticmethod", OBJ_PROPERTY)                                \
  X(classmethod, "classmethod", OBJ_PROPERTY)                                  \
  X(super_, "super", OBJ_BOUND_METHOD)                                         \
  X(file, "TextIOWrapper", OBJ_FILE)                                          \
  X(list_iterator, "list_iterator", OBJ_ITERATOR)                              \
  X(list_reverseiterator, "list_reverseiterator", OBJ_ITERATOR)                \
  X(tuple_iterator, "tuple_iterator", OBJ_ITERATOR)                            \
  X(range_iterator, "range_iterator", OBJ_ITERATOR)                            \
  X(set_iterator, "set_iterator", OBJ_ITERATOR)                                \
  X(dict_keyiterator, "dict_keyiterator", OBJ_ITERATOR)                        \
  X(dict_valueiterator, "dict_valueiterator", OBJ_ITERATOR)                    \
  X(dict_itemiterator, "dict_itemiterator", OBJ_ITERATOR)                      \
  X(dict_reversekeyiterator, "dict_reversekeyiterator", OBJ_ITERATOR)          \
  X(dict_reversevalueiterator, "dict_reversevalueiterator", OBJ_ITERATOR)      \
  X(dict_reverseitemiterator, "dict_reverseitemiterator", OBJ_ITERATOR)        \
  X(dict_keys, "dict_keys", OBJ_ITERATOR)                                      \
  X(dict_values, "dict_values", OBJ_ITERATOR)                                  \
  X(dict_items, "dict_items", OBJ_ITERATOR)                                    \
  X(seq_iterator, "iterator", OBJ_ITERATOR)                                    \
  X(callable_iterator, "callable_iterator", OBJ_ITERATOR)                      \
  X(enumerate, "enumerate", OBJ_ITERATOR)                                      \
  X(zip, "zip", OBJ_ITERATOR)                                                  \
  X(map, "map", OBJ_ITERATOR)                                                  \
  X(filter, "filter", OBJ_ITERATOR)                                            \
  X(reversed, "reversed", OBJ_ITERATOR)                                        \
  X(str_ascii_iterator, "str_ascii_iterator", OBJ_ITERATOR)                    \
  X(str_iterator, "str_iterator", OBJ_ITERATOR)                                \
  X(bytes_iterator, "bytes_iterator", OBJ_ITERATOR)                            \
  X(coroutine_wrapper, "coroutine_wrapper", OBJ_ITERATOR)                      \
  X(async_generator_asend, "async_generator_asend", OBJ_ITERATOR)              \
  X(async_generator_athrow, "async_generator_athrow", OBJ_ITERATOR)            \
  X(anext_awaitable, "anext_awaitable", OBJ_ITERATOR)

/* X(name, base) for the built-in exception classes, bases first.
 * ExceptionGroup also derives from Exception, its second base
 * (exception_group_install sets its bases and MRO). */
#define EXCEPTION_LIST(X)                                                      \
  X(BaseException, BaseException)                                              \
  X(GeneratorExit, BaseException)                                              \
  X(KeyboardInterrupt, BaseException)                                          \
  X(SystemExit, BaseException)                                                 \
  X(Exception, BaseException)                                                  \
  X(BaseExceptionGroup, BaseException)                                         \
  X(ExceptionGroup, BaseExceptionGroup)                                        \
  X(ArithmeticError, Exception)                                                \
  X(FloatingPointError, ArithmeticError)                                       \
  X(OverflowError, ArithmeticError)                                            \
  X(ZeroDivisionError, ArithmeticError)                                        \
  X(AssertionError, Exception)                                                 \
  X(AttributeError, Exception)                                                 \
  X(BufferError, Exception)                                                    \
  X(EOFError, Exception)                                                       \
  X(ImportError, Exception)                                                    \
  X(ModuleNotFoundError, ImportError)                                          \
  X(LookupError, Exception)                                                    \
  X(IndexError, LookupError)                                                   \
  X(KeyError, LookupError)                                                     \
  X(MemoryError, Exception)                                                    \
  X(NameError, Exception)                                                      \
  X(UnboundLocalError, NameError)                                              \
  X(OSError, Exception)                                                        \
  X(BlockingIOError, OSError)                                                  \
  X(ChildProcessError, OSError)                                                \
  X(ConnectionError, OSError)                                                  \
  X(BrokenPipeError, ConnectionError)                                          \
  X(ConnectionAbortedError, ConnectionError)                                   \
  X(ConnectionRefusedError, ConnectionError)                                   \
  X(ConnectionResetError, ConnectionError)                                     \
  X(FileExistsError, OSError)                                                  \
  X(FileNotFoundError, OSError)                                                \
  X(InterruptedError, OSError)                                                 \
  X(IsADirectoryError, OSError)                                                \
  X(NotADirectoryError, OSError)                                               \
  X(PermissionError, OSError)                                                  \
  X(ProcessLookupError, OSError)                                               \
  X(TimeoutError, OSError)                                                     \
  X(ReferenceError, Exception)                                                 \
  X(RuntimeError, Exception)                                                   \
  X(NotImplementedError, RuntimeError)                                         \
  X(RecursionError, RuntimeError)                                              \
  X(StopAsyncIteration, Exception)                                             \
  X(StopIteration, Exception)                                                  \
  X(SyntaxError, Exception)                                                    \
  X(IndentationError, SyntaxError)                                             \
  X(TabError, IndentationError)                                                \
  X(SystemError, Exception)                                                    \
  X(TypeError, Exception)                                                      \
  X(ValueError, Exception)                                                     \
  X(UnicodeError, ValueError)                                                  \
  X(UnicodeDecodeError, UnicodeError)                                          \
  X(UnicodeEncodeError, UnicodeError)                                          \
  X(Warning, Exception)                                                        \
  X(DeprecationWarning, Warning)                                               \
  X(RuntimeWarning, Warning)                                                   \
  X(UserWarning, Warning)

/* The classes every VM creates at startup. */
typedef struct BuiltinClasses {
#define BUILTIN_CLASS_FIELD(field, name, layout) ObjClass *field;
  BUILTIN_CLASS_LIST(BUILTIN_CLASS_FIELD)
#undef BUILTIN_CLASS_FIELD
} BuiltinClasses;

typedef struct ExceptionClasses {
#define EXCEPTION_FIELD(name, base) ObjClass *name;
  EXCEPTION_LIST(EXCEPTION_FIELD)
#undef EXCEPTION_FIELD
} ExceptionClasses;

/* Strings the interpreter looks up often, interned once. */
#define COMMON_STRING_LIST(X)                                                  \
  X(init, "__init__")                                                          \
  X(new_, "__new__")                                                           \
  X(name, "__name__")                                                          \
  X(qualname, "__qualname__")                                                  \
  X(module, "__module__")                                                      \
  X(doc, "__doc__")                                                            \
  X(dict, "__dict__")                                                          \
  X(class_, "__class__")                                                       \
  X(main, "__main__")                                                          \
  X(builtins, "builtins")                                                      \
  X(repr, "__repr__")                                                          \
  X(str, "__str__")                                                            \
  X(enter, "__enter__")                                                        \
  X(exit, "__exit__")                                                          \
  X(module_name, "<module>")                                                   \
  X(int_, "__int__")                                                           \
  X(float_, "__float__")                                                       \
  X(index, "__index__")                                                        \
  X(eq, "__eq__")                                                              \
  X(ne, "__ne__")                                                              \
  X(lt, "__lt__")                                                              \
  X(le, "__le__")                                                              \
  X(gt, "__gt__")                                                              \
  X(ge, "__ge__")                                                              \
  X(hash, "__hash__")                                                          \
  X(bool_, "__bool__")                                                         \
  X(len, "__len__")                                                            \
  X(iter, "__iter__")                                                          \
  X(next, "__next__")                                                          \
  X(getitem, "__getitem__")                                                    \
  X(setitem, "__setitem__")                                                    \
  X(delitem, "__delitem__")                                                    \
  X(contains, "__contains__")                                                  \
  X(getattr, "__getattr__")                                                    \
  X(getattribute, "__getattribute__")                                          \
  X(setattr, "__setattr__")                                                    \
  X(delattr, "__delattr__")                                                    \
  X(call, "__call__")                                                          \
  X(notes, "__notes__")                                                        \
  X(empty, "")

typedef struct CommonStrings {
#define COMMON_STRING_FIELD(field, text) ObjStr *field;
  COMMON_STRING_LIST(COMMON_STRING_FIELD)
#undef COMMON_STRING_FIELD
} CommonStrings;

/* Writes [len] bytes of [text] to one of the process's output streams;
 * the host may replace it. */
typedef void (*VMWriteFn)(EddyVM *vm, const char *text, size_t len);

/* A code point index of a str and the byte offset it starts at. The
 * collector clears it (the str may be freed). */
typedef struct StrCursor {
  const ObjStr *s; /* the str, or NULL */
  size_t index;    /* a code point index in it */
  size_t offset;   /* the byte offset of that code point */
} StrCursor;

struct EddyVM {
  /* heap */
  Obj *objects;           /* every live object, newest first */
  Pool pool;              /* the blocks of small objects */
  size_t bytes_allocated; /* bytes the heap holds now */
  size_t next_gc;         /* collect when bytes_allocated passes this */
  Obj **gray;             /* gray stack of the mark phase (malloc'd) */
  int gray_count;         /* entries in use */
  int gray_cap;           /* entries allocated */
  bool gray_overflow;     /* the gray stack failed to grow during this
                             collection: the heap must be rescanned */
  Value *temp_roots;      /* values held in C locals (gc_push_root) */
  int temp_root_count;    /* entries in use */
  int temp_root_cap;      /* entries allocated */
  bool gc_enabled;        /* false while the heap is being set up */
  bool stress_gc;         /* collect on every allocation */
  ObjDict *interned;      /* interned strings (keys), weak */
  Value *finalizing;      /* unreachable objects kept for their finalizer
                             (gc_run_finalizers reports and drops them) */
  int finalizing_count;   /* entries in use */
  int finalizing_cap;     /* entries allocated */
  Obj **finalizable;      /* the objects that may want a finalizer when
                             unreachable (generators, coroutines, native
                             data), so a collection need not scan the heap */
  size_t finalizable_count; /* entries in use */
  size_t finalizable_cap;   /* entries allocated */
  void *aio;              /* the asyncio state (vm/async.h), or NULL */
  void *ffi;              /* the ffi module's state and worker pool
                             (stdlib/mod_ffi.h), or NULL before import */
  bool ffi_disabled;      /* `import ffi` fails (eddy --no-ffi, or a
                             host's choice) */
  SideDicts side_dicts;   /* attributes of subclassed built-in layouts */
  StrCursor str_cursor;   /* the last code point position found in a
                             non-ASCII str (obj_str.c), so walking a str
                             by index costs O(1) per step */
  uint64_t class_epoch;   /* bumped whenever any class's dict changes:
                             cached class lookups older than it are stale */

  /* built-ins */
  BuiltinClasses types;   /* object, int, str, list, ... */
  ExceptionClasses exc;   /* BaseException, TypeError, ... */
  CommonStrings str;      /* "__init__", "__name__", ... */
  Value none_repr;        /* "None" */
  Value not_implemented;  /* the NotImplemented singleton */
  Value ellipsis;         /* the Ellipsis singleton */
  ObjDict *builtins;      /* the builtins module's dict */
  ObjDict *modules;       /* sys.modules */
  Value asyncgen_firstiter; /* sys.set_asyncgen_hooks' firstiter, or None */
  Value asyncgen_finalizer; /* and its finalizer, or None */
  Value memory_error;     /* preallocated MemoryError instance */

  /* execution */
  Task *task;             /* the task running now */
  Task *main_task;        /* the task the main program runs on */
  Task *live_tasks;       /* every task, for the GC */
  int recursion_limit;    /* sys.getrecursionlimit() */
  int native_depth;       /* nesting of vm_call: C recursion guard */
  int protocol_depth;     /* nesting of repr/eq/hash through nested
                             containers: C recursion guard */
  ObjList *repr_stack;    /* containers being repr'd, for "[...]" */

  /* interrupts (interrupt.h) */
  volatile sig_atomic_t *interrupt_flag; /* set by the host's SIGINT
                             handler, or NULL: never interrupted */
  int interrupt_fd;       /* the pipe end that handler writes to, or -1 */
  Value interrupt_hook;   /* called instead of raising KeyboardInterrupt
                             (asyncio.run's), or UNDEF */

  /* host */
  VMWriteFn write_out;    /* stdout */
  VMWriteFn write_err;    /* stderr */
  ObjList *argv;          /* sys.argv */
  void *user_data;        /* the host's pointer */
  ByteBuf last_error;     /* the report of the host's last failed run */

  /* embedding (include/eddy.h, vm/api.c) */
  void *(*alloc)(void *ptr, size_t old_size, size_t new_size, void *user);
                          /* the host's allocator for object blocks and the
                             arrays gc_realloc makes, or NULL: the C library */
  void *alloc_user;       /* the pointer handed to [alloc] */
  size_t memory_limit;    /* most bytes the heap may hold; 0: no limit */
  bool (*tick)(EddyVM *vm); /* called at every backward jump and call when
                             set (the host's instruction budget); false
                             after raising */
  void (*host_mark)(EddyVM *vm); /* marks the values the embedding API
                             holds (slots, handles), or NULL */
  void (*host_release)(EddyVM *vm); /* frees the embedding API's state
                             (vm_free calls it first), or NULL */
  void *api;              /* the embedding API's state, or NULL */
};

/* Creates a VM with the built-in classes and modules loaded; NULL when
 * memory runs out. */
EddyVM *vm_new(void);
/* vm_new with the heap's object blocks and arrays allocated by the
 * realloc-style [alloc] (called with [user]); NULL [alloc]: the C
 * library's. */
EddyVM *vm_new_with_allocator(void *(*alloc)(void *, size_t, size_t, void *),
                              void *user);
/* Frees [vm] and every object it owns. */
void vm_free(EddyVM *vm);

/* Raises a new instance of [cls] whose message is formatted from [fmt]
 * (printf conventions). Always returns false, so natives can
 * `return vm_raise(...)`. */
bool vm_raise(EddyVM *vm, ObjClass *cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Raises the exception instance or class [exc] (a class is instantiated
 * with no arguments). Always returns false. */
bool vm_raise_value(EddyVM *vm, Value exc);
/* Raises MemoryError without allocating. Always returns false. */
bool vm_raise_memory(EddyVM *vm);

/* The class of any value: what type(v) returns. */
ObjClass *vm_class_of(EddyVM *vm, Value v);
/* The class name of [v] as a C string, for error messages. */
const char *vm_type_name(EddyVM *vm, Value v);

/* Calls [callable] with [nargs] positional arguments from [args] (and
 * keyword arguments after them named by [kwnames], or NULL) from C code,
 * running script code in a nested dispatch loop until it returns. The
 * frame it pushes is a native boundary: an `await` that would suspend
 * across it raises RuntimeError. */
bool vm_call(EddyVM *vm, Value callable, Value *args, int nargs,
             ObjTuple *kwnames, Value *result) MUST_CHECK;

#endif
