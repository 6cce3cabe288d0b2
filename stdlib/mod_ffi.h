/* mod_ffi.h: the ffi module, calling C libraries through libffi.
 *
 * Scripts open a shared library (ffi.open), describe a function by its C
 * signature (lib.func(name, restype, argtypes)) and call it; values are
 * converted between Eddy and C with range checks, so a wrong argument is
 * a TypeError/OverflowError/ValueError, never a crash. What a C function
 * does with the memory it is given cannot be checked: the module is
 * unsafe by nature and a host may leave it out (vm->ffi_disabled,
 * `eddy --no-ffi`).
 *
 * A C type is named by a string ("int32", "double", "pointer", ...) or by
 * a struct class made by ffi.struct; both resolve to an FfiType, which
 * carries the libffi type, the size and the alignment. The objects of
 * the module are OBJ_NATIVE_DATA objects, one kind per file:
 *
 *   mod_ffi_types.c     type names, layouts of scalars, conversions
 *   mod_ffi_call.c      Library and Function objects, synchronous calls
 *   mod_ffi_buffer.c    Buffer (owned memory), Array and Pointer
 *   mod_ffi_struct.c    struct classes: C layout, fields, by-value types
 *   mod_ffi_callback.c  C function pointers that call script functions
 *   mod_ffi_async.c     the worker pool behind Function.call_async
 *   mod_ffi.c           the module's functions and its per-VM state
 *
 * The GC does not move objects, so C code may keep the address of a
 * buffer's memory or of a str's characters as long as the object lives;
 * a Pointer made from a buffer keeps that buffer alive (its owner).
 */
#ifndef EDDY_MOD_FFI_H
#define EDDY_MOD_FFI_H

#include <ffi.h>
#include <pthread.h>

#include "vm/vm.h"

/* The kinds of C types the module converts. */
typedef enum {
  FFI_K_VOID,
  FFI_K_BOOL,
  FFI_K_INT8,
  FFI_K_UINT8,
  FFI_K_INT16,
  FFI_K_UINT16,
  FFI_K_INT32,
  FFI_K_UINT32,
  FFI_K_INT64,
  FFI_K_UINT64,
  FFI_K_FLOAT,
  FFI_K_DOUBLE,
  FFI_K_POINTER, /* void*: Pointer, Buffer, Callback or None in */
  FFI_K_STRING,  /* char*: str/bytes/None in, str (copied) out */
  FFI_K_STRUCT,  /* a struct by value, laid out by [layout] */
} FfiKind;

typedef struct FfiLayout FfiLayout;

/* A resolved C type. */
typedef struct FfiType {
  FfiKind kind;      /* what conversions apply */
  ffi_type *ft;      /* libffi's description */
  size_t size;       /* sizeof */
  size_t align;      /* alignof */
  FfiLayout *layout; /* the struct's layout for FFI_K_STRUCT, else NULL */
  const char *name;  /* the name shown in messages ("uint8", "Point") */
} FfiType;

/* The layout of a struct class: fields, offsets and libffi's type. */
struct FfiLayout {
  ObjNativeData base;
  Value cls;          /* the struct class it describes */
  Value names;        /* tuple of field names (str) */
  Value specs;        /* tuple of the field types as given */
  int count;          /* number of fields */
  FfiType *fields;    /* each field's type (malloc'd) */
  size_t *offsets;    /* each field's offset (malloc'd) */
  size_t size;        /* sizeof, padding included */
  size_t align;       /* alignof */
  ffi_type ft;        /* libffi's struct type */
  ffi_type **elements; /* its NULL-terminated element list (malloc'd) */
};

/* Memory seen by scripts: an owned buffer, a struct instance (a struct
 * class's object), an array, or a view into another one's memory. */
typedef struct FfiBuffer {
  ObjNativeData base;
  uint8_t *data;    /* the bytes */
  size_t size;      /* how many */
  bool owned;       /* [data] is freed with the object */
  Value owner;      /* the object whose memory a view shows, or UNDEF */
  Value elem;       /* an array's element type spec, or UNDEF */
  size_t count;     /* an array's element count */
} FfiBuffer;

/* A raw address, as C hands them out; [owner] keeps the memory it came
 * from alive when it was made from a buffer. */
typedef struct FfiPointer {
  ObjNativeData base;
  uint8_t *addr; /* the address; NULL for ffi.NULL */
  Value owner;   /* the object that owns the memory, or UNDEF */
} FfiPointer;

/* A shared library opened with dlopen. */
typedef struct FfiLibrary {
  ObjNativeData base;
  void *handle; /* dlopen's handle, NULL once released */
  Value name;   /* the path given, or None for the process */
} FfiLibrary;

/* A C signature prepared for libffi (a function's or a callback's). */
typedef struct FfiSig {
  ffi_cif cif;      /* the prepared call interface */
  FfiType ret;      /* the return type */
  FfiType *args;    /* the argument types (malloc'd) */
  ffi_type **atypes; /* their libffi types (malloc'd) */
  int nargs;        /* argument count */
  int nfixed;       /* fixed arguments of a variadic function, else -1 */
  Value specs;      /* tuple (restype, argtype...) as given: keeps struct
                       classes alive */
} FfiSig;

/* A C function of a library with its signature. */
typedef struct FfiFunction {
  ObjNativeData base;
  void (*fn)(void);  /* the address */
  Value lib;         /* the Library, kept open while the function lives */
  Value name;        /* the symbol name (str) */
  FfiSig sig;        /* the signature */
} FfiFunction;

/* A script function made callable from C through a libffi closure. */
typedef struct FfiCallback {
  ObjNativeData base;
  EddyVM *vm;           /* the VM that runs [fn] */
  ffi_closure *closure; /* the closure, freed with the object */
  void *code;           /* the C function pointer it gives */
  FfiSig sig;           /* the signature C calls it with */
  Value fn;             /* the script callable */
  pthread_t thread;     /* the only thread it may run on */
} FfiCallback;

/* One call under way on the worker pool (malloc'd). */
typedef struct FfiJob FfiJob;

/* Per-VM state of the module (vm->ffi): its classes and its pool. */
typedef struct FfiState {
  ObjClass *library_class;  /* Library */
  ObjClass *function_class; /* Function */
  ObjClass *buffer_class;   /* Buffer */
  ObjClass *array_class;    /* Array */
  ObjClass *struct_class;   /* Struct, the base of struct classes */
  ObjClass *pointer_class;  /* Pointer */
  ObjClass *layout_class;   /* the hidden class of layouts */
  ObjClass *callback_class; /* Callback */
  ObjStr *layout_key;       /* "__ffi_layout__", in a struct class's dict */
  Value null;               /* ffi.NULL */
  /* the worker pool (mod_ffi_async.c) */
  pthread_mutex_t lock;     /* guards everything below */
  pthread_cond_t wake;      /* signalled when [queue] grows or on stop */
  pthread_t threads[4];     /* the workers */
  int nthreads;             /* how many are running */
  bool stopping;            /* the VM is going away */
  FfiJob *queue;            /* jobs waiting for a worker, oldest first */
  FfiJob *jobs;             /* every job not yet completed on the loop */
} FfiState;

#define FFI(vm) ((FfiState *)(vm)->ffi)

/* ---- mod_ffi.c ---- */
/* Marks what vm->ffi holds (the collector's roots). */
void ffi_mark(EddyVM *vm);
/* Stops the workers and frees vm->ffi (VM shutdown, before the heap). */
void ffi_free(EddyVM *vm);

/* Checks that a method [method] got a self of [kind] in args[0]:
 * TypeError "descriptor 'read' for 'Buffer' objects doesn't apply to
 * a 'int' object" otherwise (a method called through its class). */
bool ffi_check_self(EddyVM *vm, Value *args, int nargs,
                    const NativeDataKind *kind, const char *method) MUST_CHECK;

/* ---- mod_ffi_types.c ---- */
/* Resolves the type spec [spec] (a name or a struct class) into [*out];
 * [void_ok] allows "void" (return types). TypeError/ValueError. */
bool ffi_type_resolve(EddyVM *vm, Value spec, bool void_ok,
                      FfiType *out) MUST_CHECK;
/* Stores [v] as the C type [t] at [mem]; [what] names the value in
 * messages ("cos() argument 1"). A "string" points into the str. */
bool ffi_to_c(EddyVM *vm, const FfiType *t, Value v, void *mem,
              const char *what) MUST_CHECK;
/* [*out] = the C value of type [t] at [mem] (a struct is copied into a
 * new struct instance). */
bool ffi_from_c(EddyVM *vm, const FfiType *t, const void *mem,
                Value *out) MUST_CHECK;
/* Reads a libffi return value of [t] at [mem] (integers narrower than
 * ffi_arg are widened there) as ffi_from_c does. */
bool ffi_from_ret(EddyVM *vm, const FfiType *t, const void *mem,
                  Value *out) MUST_CHECK;
/* Widens the C value of [t] at [src] into the ffi_arg-sized return slot
 * [ret] of a closure. */
void ffi_to_ret(const FfiType *t, const void *src, void *ret);
/* Prepares [sig] from [restype] and the list [argtypes] ([nfixed] >= 0
 * for a variadic function); [what] names it in messages. */
bool ffi_sig_init(EddyVM *vm, FfiSig *sig, Value restype, Value argtypes,
                  int nfixed, const char *what) MUST_CHECK;
/* Frees what [sig] allocated. */
void ffi_sig_free(FfiSig *sig);

/* ---- mod_ffi_buffer.c ---- */
/* A new zeroed owned buffer of [size] bytes and class [cls]. */
FfiBuffer *ffi_buffer_new(EddyVM *vm, ObjClass *cls, size_t size);
/* A view of [size] bytes at [data] owned by [owner], of class [cls]. */
FfiBuffer *ffi_buffer_view(EddyVM *vm, ObjClass *cls, uint8_t *data,
                           size_t size, Value owner);
/* A new Pointer to [addr] keeping [owner] (or UNDEF) alive. */
bool ffi_pointer_new(EddyVM *vm, void *addr, Value owner,
                     Value *out) MUST_CHECK;
/* The address [v] stands for as a C pointer argument: a Pointer, a
 * buffer, a Callback or None; false after raising TypeError. */
bool ffi_address_of(EddyVM *vm, Value v, void **out,
                    const char *what) MUST_CHECK;
/* True when [v] is a buffer (Buffer, Array or struct instance). */
bool ffi_is_buffer(EddyVM *vm, Value v);
/* len(buf): its bytes, or an array's elements. */
bool ffi_buffer_len(EddyVM *vm, Value v, int64_t *out) MUST_CHECK;
/* iter(buf): over a bytes copy of its memory (so bytes(buf) works). */
bool ffi_buffer_iter(EddyVM *vm, Value v, Value *out) MUST_CHECK;
/* Installs Buffer, Array and Pointer. */
bool ffi_buffer_install(EddyVM *vm) MUST_CHECK;

/* ---- mod_ffi_struct.c ---- */
/* The layout of the struct class [cls], or NULL when it is none. */
FfiLayout *ffi_struct_layout(EddyVM *vm, Value cls);
/* ffi.struct(fields, name="struct") */
bool ffi_struct_make(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) MUST_CHECK;
/* Installs Struct. */
bool ffi_struct_install(EddyVM *vm) MUST_CHECK;

/* ---- mod_ffi_call.c ---- */
/* ffi.open(path) */
bool ffi_open(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
              Value *result) MUST_CHECK;
/* Converts the [nargs] values at [args] for a call of [sig] named
 * [name] into the argument block [block] (ffi_call_block_size bytes)
 * and the pointers [avalues]. */
bool ffi_call_prepare(EddyVM *vm, const FfiSig *sig, const char *name,
                      Value *args, int nargs, uint8_t *block,
                      void **avalues) MUST_CHECK;
/* Bytes of argument storage a call of [sig] needs. */
size_t ffi_call_block_size(const FfiSig *sig);
/* Bytes a call of [sig] needs for its return value. */
size_t ffi_call_ret_size(const FfiSig *sig);
/* True when [v] is a Function. */
bool ffi_is_function(Value v);
/* Installs Library and Function. */
bool ffi_call_install(EddyVM *vm) MUST_CHECK;

/* ---- mod_ffi_callback.c ---- */
/* ffi.callback(restype, argtypes, fn) */
bool ffi_callback_make(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) MUST_CHECK;
/* Installs Callback. */
bool ffi_callback_install(EddyVM *vm) MUST_CHECK;
/* The C code address of [v] when it is a Callback, else NULL. */
void *ffi_callback_code(EddyVM *vm, Value v);

/* ---- mod_ffi_async.c ---- */
/* Function.call_async(*args): a Future completed by a worker. */
bool ffi_call_async(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                    Value *result) MUST_CHECK;
/* Marks the values of the jobs under way. */
void ffi_async_mark(EddyVM *vm);
/* Stops and joins the workers, frees the jobs. */
void ffi_async_free(EddyVM *vm);

#endif
