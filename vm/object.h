/* object.h: the heap objects behind VAL_OBJ values.
 *
 * Every heap object starts with an Obj header: its layout tag (ObjType),
 * its Python class (ObjClass*, what `type(x)` returns), the GC mark bit and
 * the link in the VM's list of all objects. The structs of the built-in
 * layouts are defined here, in one place, as Wren's wren_value.h does; the
 * functions of each type live in its own obj_<type>.c with an obj_<type>.h.
 *
 * Layout and class are distinct on purpose: a user class deriving from
 * Exception makes objects of the OBJ_EXCEPTION layout whose class is the
 * user's class. A class records the layout its instances get
 * ([instance_layout]), inherited from its built-in base.
 *
 * Built-in behaviour that the interpreter needs on hot paths (repr, hash,
 * equality, iteration, ...) is reached through a TypeOps table of C
 * functions per layout, immutable and shared by every VM. Methods that
 * scripts call by name (`s.upper()`) are ObjNative functions stored in the
 * class's dict, like any other attribute.
 *
 * Strings are immutable UTF-8 with their length in bytes and in code
 * points; an all-ASCII string indexes in O(1). Hashes are cached.
 */
#ifndef EDDY_OBJECT_H
#define EDDY_OBJECT_H

#include <gmp.h>

#include "vm/buffer.h"
#include "vm/value.h"

typedef struct EddyVM EddyVM;
typedef struct ObjClass ObjClass;
typedef struct ObjStr ObjStr;
typedef struct ObjTuple ObjTuple;
typedef struct ObjDict ObjDict;

/* The memory layouts of heap objects. */
typedef enum {
  OBJ_STR,          /* str */
  OBJ_BYTES,        /* bytes */
  OBJ_BIGINT,       /* int that does not fit in int64 */
  OBJ_TUPLE,        /* tuple */
  OBJ_LIST,         /* list */
  OBJ_DICT,         /* dict */
  OBJ_SET,          /* set and frozenset */
  OBJ_RANGE,        /* range */
  OBJ_SLICE,        /* slice */
  OBJ_CODE,         /* compiled code of a function or module */
  OBJ_FUNCTION,     /* a function: code + globals + defaults + cells */
  OBJ_CELL,         /* a variable shared between scopes */
  OBJ_NATIVE,       /* a function written in C (builtin_function_or_method) */
  OBJ_BOUND_METHOD, /* a function bound to its self */
  OBJ_CLASS,        /* a class (type) */
  OBJ_INSTANCE,     /* an instance of a user class */
  OBJ_EXCEPTION,    /* an instance of BaseException or a subclass */
  OBJ_MODULE,       /* a module */
  OBJ_ITERATOR,     /* a built-in iterator (list_iterator, map, zip, ...) */
  OBJ_FRAME_HOLDER, /* a generator/coroutine: a suspended stack of frames */
  OBJ_FILE,         /* a file opened by open() */
  OBJ_PROPERTY,     /* property, staticmethod, classmethod wrappers */
  OBJ_TRACEBACK,    /* one traceback entry: file, line, function */
  OBJ_NATIVE_DATA,  /* an opaque C payload (futures, handles, ...) */
  OBJ_TYPE_COUNT
} ObjType;

struct Obj {
  ObjType type;  /* the layout of the rest of the object */
  bool marked;   /* reached in the current GC mark phase */
  bool has_side_dict; /* has attributes in vm->side_dicts (side_dict.h) */
  uint8_t size_class; /* its block's class in vm->pool (pool.h), 0 for
                         a block from malloc */
  ObjClass *cls; /* the object's Python class */
  Obj *next;     /* next object in the VM's list of all objects */
};

/* ---- str / bytes ------------------------------------------------------ */

struct ObjStr {
  Obj obj;
  size_t length;  /* bytes of UTF-8 in [chars], excluding the NUL */
  size_t cp_len;  /* code points (== length when the string is ASCII) */
  int64_t hash;   /* cached hash, -1 until computed */
  bool interned;  /* lives in the VM's intern table */
  char chars[];   /* UTF-8 text, NUL-terminated */
};

typedef struct ObjBytes {
  Obj obj;
  size_t length;  /* number of bytes */
  int64_t hash;   /* cached hash, -1 until computed */
  char data[];    /* the bytes, followed by a NUL for convenience */
} ObjBytes;

/* ---- numbers ---------------------------------------------------------- */

typedef struct ObjBigInt {
  Obj obj;
  mpz_t value; /* never fits in int64: such values are VAL_INT */
} ObjBigInt;

/* ---- containers ------------------------------------------------------- */

struct ObjTuple {
  Obj obj;
  int64_t hash;  /* cached hash, -1 until computed */
  size_t length; /* number of items */
  Value items[]; /* the items */
};

typedef struct ObjList {
  Obj obj;
  Value *items;  /* [length] items, malloc'd */
  size_t length; /* items in use */
  size_t cap;    /* items allocated */
} ObjList;

/* One key/value pair of a dict, in insertion order. A deleted entry has
 * an UNDEF key and stays until the table is compacted. */
typedef struct DictEntry {
  Value key;     /* UNDEF for a deleted entry */
  Value value;   /* the mapped value */
  int64_t hash;  /* the key's hash */
} DictEntry;

struct ObjDict {
  Obj obj;
  DictEntry *entries; /* [used] entries in insertion order, malloc'd */
  size_t used;        /* entries filled, deleted ones included */
  size_t count;       /* live entries: len(d) */
  size_t entry_cap;   /* entries allocated */
  int32_t *index;     /* open-addressed table of entry numbers; -1 empty,
                         -2 deleted */
  size_t index_cap;   /* slots in [index], a power of two */
  uint64_t version;   /* bumped on every change, so iterators detect
                         "dictionary changed size during iteration" */
  uint64_t keys_version; /* bumped when a key is added or removed or the
                         entries move: an entry's index stays valid while
                         it holds (LOAD_GLOBAL's cache) */
  uint64_t *epoch;    /* for a class's dict: the VM's class epoch, bumped
                         with [version] so cached class lookups see the
                         change (dict_touch); NULL for other dicts */
};

/* Records a change of [dict]: its version, and the class epoch when it
 * is a class's dict. */
static inline void dict_touch(ObjDict *dict) {
  dict->version++;
  if (dict->epoch) ++*dict->epoch;
}

/* Records a change of [dict]'s keys or of where its entries sit. */
static inline void dict_touch_keys(ObjDict *dict) {
  dict->keys_version++;
  dict_touch(dict);
}

typedef struct ObjSet {
  Obj obj;
  ObjDict *table; /* keys are the elements; values are unused (None) */
  bool frozen;    /* frozenset */
  int64_t hash;   /* frozenset's cached hash, -1 until computed */
  size_t finger;  /* slot where set.pop() resumes its scan */
} ObjSet;

typedef struct ObjRange {
  Obj obj;
  Value start; /* each an int (small or big) */
  Value stop;
  Value step;  /* never zero */
} ObjRange;

typedef struct ObjSlice {
  Obj obj;
  Value start; /* None when omitted */
  Value stop;
  Value step;
} ObjSlice;

/* ---- code and functions ----------------------------------------------- */

/* Flags of a code object. */
enum {
  CODE_VARARGS = 1 << 0,   /* has *args */
  CODE_VARKEYWORDS = 1 << 1, /* has **kwargs */
  CODE_GENERATOR = 1 << 2, /* contains yield */
  CODE_COROUTINE = 1 << 3, /* async def */
  CODE_ASYNC_GENERATOR = 1 << 4, /* async def with yield */
  CODE_MODULE = 1 << 5,    /* the body of a module */
  CODE_CLASS_BODY = 1 << 6, /* the body of a class statement */
  CODE_HAS_DOCSTRING = 1 << 7, /* consts[0] is the docstring */
};

/* Where a LOAD_GLOBAL of one name last found it: an entry of the
 * globals or of the builtins, valid while neither dict has gained or
 * lost keys since (their keys_version), so a store to the global does
 * not invalidate it. The collector forgets every entry (a freed dict's
 * address may come back). */
typedef struct GlobalCacheEntry {
  const ObjDict *globals;  /* the globals searched, or NULL: empty */
  uint64_t globals_keys;   /* their keys_version then */
  uint64_t builtins_keys;  /* the builtins' keys_version then */
  uint32_t index;          /* the entry holding the name */
  bool in_builtins;        /* found in the builtins, not the globals */
} GlobalCacheEntry;

typedef struct ObjCode {
  Obj obj;
  uint32_t *code;      /* instructions: opcode in the low 8 bits, argument
                          in the high 24 */
  int *lines;          /* source line of each instruction */
  int count;           /* number of instructions */
  ValueArray consts;   /* constants: None, ints, floats, strs, codes, ... */
  ObjTuple *names;     /* names used by global/attribute instructions */
  ObjTuple *varnames;  /* local variable names; parameters first */
  ObjTuple *cellvars;  /* names of locals captured by inner functions */
  ObjTuple *freevars;  /* names captured from enclosing functions */
  int *cell2arg;       /* for each cellvar, the parameter it copies or -1 */
  int argcount;        /* positional parameters, posonly ones included */
  int posonlyargcount; /* positional-only parameters */
  int kwonlyargcount;  /* keyword-only parameters */
  int nlocals;         /* local slots (varnames count) */
  int stacksize;       /* maximum value stack depth above the locals */
  int flags;           /* CODE_* */
  int firstlineno;     /* line of the def (or 1 for a module) */
  ObjStr *name;        /* co_name */
  ObjStr *qualname;    /* co_qualname */
  ObjStr *filename;    /* the source file */
  GlobalCacheEntry *global_cache; /* one entry per name (calloc'd on the
                          first LOAD_GLOBAL), or NULL */
} ObjCode;

typedef struct ObjCell {
  Obj obj;
  Value value; /* UNDEF while the variable is unbound */
} ObjCell;

typedef struct ObjFunction {
  Obj obj;
  ObjCode *code;       /* what the function runs */
  ObjDict *globals;    /* the dict of the module it was defined in */
  ObjTuple *defaults;  /* defaults of the last positional params, or NULL */
  ObjDict *kwdefaults; /* defaults of keyword-only params, or NULL */
  ObjTuple *closure;   /* cells for code->freevars, or NULL */
  ObjStr *name;        /* __name__ */
  ObjStr *qualname;    /* __qualname__ */
  Value doc;           /* __doc__ */
  ObjDict *dict;       /* __dict__ for attributes set on it, or NULL */
  Value module;        /* __module__ */
} ObjFunction;

/* Signature of functions written in C. Positional arguments are
 * args[0..nargs-1]; keyword arguments follow them, their names in
 * [kwnames] (NULL when there are none). For a method, args[0] is self.
 * On success the function stores its result in [*result] and returns
 * true; on failure it raises (vm_raise) and returns false. */
typedef bool (*NativeFn)(EddyVM *vm, Value *args, int nargs,
                         ObjTuple *kwnames, Value *result);

typedef struct ObjNative {
  Obj obj;
  NativeFn fn;     /* the C function */
  ObjStr *name;    /* __name__ */
  Value self;      /* the bound object (built-in method), or UNDEF */
  Value module;    /* the module name for repr/qualname, the class of a
                     method made by native_method, or None */
  Value data;      /* extra state the function reads, or UNDEF */
  bool is_method;  /* defined in a class: repr shows "method" */
} ObjNative;

typedef struct ObjBoundMethod {
  Obj obj;
  Value self;     /* the receiver */
  Value function; /* an ObjFunction or ObjNative */
} ObjBoundMethod;

/* ---- generators and coroutines ----------------------------------------- */

/* Lifecycle of a generator or coroutine. */
typedef enum {
  GEN_CREATED,   /* made by calling the function; nothing ran yet */
  GEN_SUSPENDED, /* stopped at a yield (or an await inside it) */
  GEN_RUNNING,   /* executing now, or inlined into an awaiting frame */
  GEN_DONE,      /* returned, raised, or was closed */
} GenState;

/* Who resumed a generator, which says where its next result goes. */
typedef enum {
  RESUME_FOR_ITER, /* a FOR_ITER: the item is pushed on the resumer */
  RESUME_SEND,     /* a SEND (yield from / await): replaces the sent value */
  RESUME_C,        /* C code (next(), send(), the event loop): the result
                      is left in [transfer] and the nested run returns */
} ResumeMode;

struct Task;

/* Generators, coroutines and async generators (the OBJ_FRAME_HOLDER
 * layout). Each owns a task whose stack holds its frames while it is
 * suspended; a coroutine awaited by another coroutine instead moves its
 * frame onto the awaiter's stack and gives its task up. */
typedef struct ObjGenerator {
  Obj obj;
  struct Task *task;      /* its own stack, NULL once inlined or done */
  ObjFunction *function;  /* the generator function */
  ObjStr *name;           /* __name__ */
  ObjStr *qualname;       /* __qualname__ */
  GenState state;         /* lifecycle */
  ResumeMode mode;        /* how the running resume delivers results */
  Value transfer;         /* value passed to a C resumer */
  bool returned;          /* the C resume ended with a return */
  bool async_yield;       /* an async generator's last suspension was its
                             own `yield` (not an await passing through) */
  bool running_async;     /* an async generator's asend/athrow is under way */
  bool closed;            /* an async generator's aclose() has begun */
  bool hooked;            /* the first-iteration hook has been called */
  int created_line;       /* line that created it (never-awaited warning) */
  ObjStr *created_file;   /* file of that line */
} ObjGenerator;

/* ---- objects with a C payload ------------------------------------------- */

/* What the collector needs to know about an OBJ_NATIVE_DATA kind. The
 * descriptors are static const tables, shared by every VM. */
typedef struct NativeDataKind {
  const char *name;                        /* for debugging */
  size_t size;                             /* bytes of the whole object */
  void (*mark)(EddyVM *vm, Obj *obj);      /* marks the values it holds */
  void (*release)(Obj *obj);               /* frees memory it owns, or NULL */
  /* True when the unreachable [obj] has something to report before it
   * goes ("Task exception was never retrieved"); NULL for never. */
  bool (*wants_finalizer)(Obj *obj);
  /* Reports it; runs later, at a point where script code may run. */
  void (*finalize)(EddyVM *vm, Obj *obj);
} NativeDataKind;

/* The header of every object of the OBJ_NATIVE_DATA layout (futures,
 * tasks, event loops, handles): the concrete struct embeds it first. */
typedef struct ObjNativeData {
  Obj obj;
  const NativeDataKind *kind; /* size, marking and release of the rest */
} ObjNativeData;

/* ---- classes, instances, modules -------------------------------------- */

/* C-level behaviour of a layout; any entry may be NULL. Each returns false
 * when it raised. */
typedef struct TypeOps {
  /* appends repr(v) to [out] */
  bool (*repr)(EddyVM *vm, Value v, ByteBuf *out);
  /* appends str(v) to [out], when it differs from repr */
  bool (*str)(EddyVM *vm, Value v, ByteBuf *out);
  /* hash(v); NULL means unhashable */
  bool (*hash)(EddyVM *vm, Value v, int64_t *out);
  /* a == b where a has this layout; sets [*out] */
  bool (*eq)(EddyVM *vm, Value a, Value b, bool *out);
  /* iter(v) */
  bool (*iter)(EddyVM *vm, Value v, Value *out);
  /* len(v) */
  bool (*len)(EddyVM *vm, Value v, int64_t *out);
  /* v[key] */
  bool (*getitem)(EddyVM *vm, Value v, Value key, Value *out);
  /* v[key] = value */
  bool (*setitem)(EddyVM *vm, Value v, Value key, Value value);
  /* del v[key] */
  bool (*delitem)(EddyVM *vm, Value v, Value key);
  /* key in v; sets [*out] */
  bool (*contains)(EddyVM *vm, Value v, Value key, bool *out);
  /* bool(v) */
  bool (*truth)(EddyVM *vm, Value v, bool *out);
  /* a op b for a binary operator (an AST BinOpKind) where a or b has
   * this layout; [inplace] for `a op= b`. Sets [*handled] false (without
   * raising) when the operands are not ones it implements. */
  bool (*binary)(EddyVM *vm, int op, Value a, Value b, bool inplace,
                 Value *out, bool *handled);
} TypeOps;

/* One remembered result of class_lookup (protocol_attr.c): valid while
 * no class dict has changed since, that is while the VM's class epoch
 * is still [stamp]. The collector empties every class's entries. Only
 * classes that are looked up get a cache. */
typedef struct ClassCacheEntry {
  ObjStr *name; /* the attribute name looked up (by identity), or NULL */
  uint64_t stamp; /* the class epoch then */
  Value value;  /* what the lookup found (UNDEF: nothing) */
} ClassCacheEntry;

#define CLASS_CACHE_SIZE 32 /* entries per class: 16 pairs */

struct ObjClass {
  Obj obj;
  ObjStr *name;          /* __name__ */
  ObjStr *qualname;      /* __qualname__ */
  ObjDict *dict;         /* attributes and methods */
  ObjTuple *bases;       /* __bases__ */
  ObjTuple *mro;         /* __mro__, this class first */
  ObjType instance_layout; /* layout of its instances */
  const TypeOps *ops;    /* C behaviour of that layout, or NULL */
  NativeFn construct;    /* what calling the class does, for built-in
                            classes: args[0] is the class itself, the
                            call's arguments follow; NULL for user classes */
  bool is_builtin;       /* defined by Eddy, not by a script */
  bool allows_subclass;  /* scripts may derive from it */
  bool boxes_value;      /* a script subclass of int or float: its
                            instances are ObjBoxed (vm/boxed.h) */
  Value module;          /* __module__ */
  ClassCacheEntry *cache; /* recent class_lookup results: CLASS_CACHE_SIZE
                             entries, calloc'd on the first lookup */
};

typedef struct ObjInstance {
  Obj obj;
  ObjDict *dict; /* instance attributes */
} ObjInstance;

/* An instance of a script subclass of int or float: an ObjInstance
 * (layout OBJ_INSTANCE, whose class has boxes_value set) that also
 * carries the number it stands for. */
typedef struct ObjBoxed {
  ObjInstance instance; /* attributes, as any instance */
  Value value;          /* the int or float */
} ObjBoxed;

typedef struct ObjException {
  Obj obj;
  ObjDict *dict;          /* other attributes */
  ObjTuple *args;         /* the constructor arguments */
  Value traceback;        /* list of ObjTraceback entries, or None */
  Value cause;            /* __cause__ (raise ... from), or None */
  Value context;          /* __context__, or None */
  bool suppress_context;  /* __suppress_context__ */
  Value eg_message;       /* a BaseExceptionGroup's message (str), else
                             UNDEF */
  Value eg_exceptions;    /* a BaseExceptionGroup's exceptions (tuple),
                             else UNDEF */
} ObjException;

typedef struct ObjTraceback {
  Obj obj;
  ObjStr *filename; /* source file of the frame */
  ObjStr *funcname; /* code name of the frame: "<module>", "f", ... */
  int line;         /* line executing when the exception passed */
} ObjTraceback;

typedef struct ObjModule {
  Obj obj;
  ObjStr *name;   /* __name__ */
  ObjDict *dict;  /* the module's globals */
  Value file;     /* __file__ path, or None for built-in modules */
  bool initializing; /* its body is running (an import of it is under
                        way): names it lacks may still come */
} ObjModule;

/* ---- iterators and small wrappers ------------------------------------ */

typedef struct ObjIterator ObjIterator;

/* Advances [it]: stores the next item in [*out] and returns true, sets
 * [*done] at the end (leaving [*out] untouched), or returns false after
 * raising. */
typedef bool (*IterNextFn)(EddyVM *vm, ObjIterator *it, Value *out,
                           bool *done);

/* The one layout of every built-in iterator and view: list_iterator,
 * range_iterator, dict_keyiterator, enumerate, zip, map, filter,
 * reversed, dict_keys, ... Its class says which; [next] does the work. */
struct ObjIterator {
  Obj obj;
  IterNextFn next;  /* produces the next item; NULL for a view */
  Value source;     /* the object iterated (list, dict, iterator, ...) */
  Value extra;      /* a second object: map's function, zip's tuple of
                       iterators, enumerate's counter, ... or UNDEF */
  int64_t index;    /* position, count or start */
  int64_t stop;     /* bound or step, as the kind needs */
  uint64_t version; /* the dict/set version when iteration began */
  bool exhausted;   /* once true, stays true */
};

/* property, staticmethod and classmethod objects. */
typedef struct ObjProperty {
  Obj obj;
  Value fget;  /* the wrapped function (getter for property) */
  Value fset;  /* setter, or None */
  Value fdel;  /* deleter, or None */
  Value doc;   /* __doc__ */
} ObjProperty;

/* A file opened by open(). */
typedef struct ObjFile {
  Obj obj;
  FILE *fp;       /* the stream, NULL once closed */
  ObjStr *name;   /* the path, as given */
  ObjStr *mode;   /* the mode string */
  bool readable;  /* opened for reading */
  bool writable;  /* opened for writing or appending */
  bool owned;     /* close [fp] when collected (false for std streams) */
} ObjFile;

/* ---- casts ------------------------------------------------------------ */

#define OBJ_TYPE(v) (AS_OBJ(v)->type)
#define IS_OBJ_TYPE(v, t) (IS_OBJ(v) && OBJ_TYPE(v) == (t))
#define IS_STR(v) IS_OBJ_TYPE(v, OBJ_STR)
#define IS_BYTES(v) IS_OBJ_TYPE(v, OBJ_BYTES)
#define IS_BIGINT(v) IS_OBJ_TYPE(v, OBJ_BIGINT)
#define IS_TUPLE(v) IS_OBJ_TYPE(v, OBJ_TUPLE)
#define IS_LIST(v) IS_OBJ_TYPE(v, OBJ_LIST)
#define IS_DICT(v) IS_OBJ_TYPE(v, OBJ_DICT)
#define IS_SET(v) IS_OBJ_TYPE(v, OBJ_SET)
#define IS_RANGE(v) IS_OBJ_TYPE(v, OBJ_RANGE)
#define IS_SLICE(v) IS_OBJ_TYPE(v, OBJ_SLICE)
#define IS_CODE(v) IS_OBJ_TYPE(v, OBJ_CODE)
#define IS_FUNCTION(v) IS_OBJ_TYPE(v, OBJ_FUNCTION)
#define IS_NATIVE(v) IS_OBJ_TYPE(v, OBJ_NATIVE)
#define IS_BOUND_METHOD(v) IS_OBJ_TYPE(v, OBJ_BOUND_METHOD)
#define IS_CLASS(v) IS_OBJ_TYPE(v, OBJ_CLASS)
#define IS_INSTANCE(v) IS_OBJ_TYPE(v, OBJ_INSTANCE)
#define IS_EXCEPTION(v) IS_OBJ_TYPE(v, OBJ_EXCEPTION)
#define IS_MODULE(v) IS_OBJ_TYPE(v, OBJ_MODULE)
#define IS_ITERATOR(v) IS_OBJ_TYPE(v, OBJ_ITERATOR)
#define IS_FILE(v) IS_OBJ_TYPE(v, OBJ_FILE)
#define IS_GENERATOR(v) IS_OBJ_TYPE(v, OBJ_FRAME_HOLDER)
#define IS_NATIVE_DATA(v) IS_OBJ_TYPE(v, OBJ_NATIVE_DATA)
#define IS_PROPERTY(v) IS_OBJ_TYPE(v, OBJ_PROPERTY)

#define AS_STR(v) ((ObjStr *)AS_OBJ(v))
#define AS_BYTES(v) ((ObjBytes *)AS_OBJ(v))
#define AS_BIGINT(v) ((ObjBigInt *)AS_OBJ(v))
#define AS_TUPLE(v) ((ObjTuple *)AS_OBJ(v))
#define AS_LIST(v) ((ObjList *)AS_OBJ(v))
#define AS_DICT(v) ((ObjDict *)AS_OBJ(v))
#define AS_SET(v) ((ObjSet *)AS_OBJ(v))
#define AS_RANGE(v) ((ObjRange *)AS_OBJ(v))
#define AS_SLICE(v) ((ObjSlice *)AS_OBJ(v))
#define AS_CODE(v) ((ObjCode *)AS_OBJ(v))
#define AS_FUNCTION(v) ((ObjFunction *)AS_OBJ(v))
#define AS_CELL(v) ((ObjCell *)AS_OBJ(v))
#define AS_NATIVE(v) ((ObjNative *)AS_OBJ(v))
#define AS_BOUND_METHOD(v) ((ObjBoundMethod *)AS_OBJ(v))
#define AS_CLASS(v) ((ObjClass *)AS_OBJ(v))
#define AS_INSTANCE(v) ((ObjInstance *)AS_OBJ(v))
#define AS_EXCEPTION(v) ((ObjException *)AS_OBJ(v))
#define AS_MODULE(v) ((ObjModule *)AS_OBJ(v))
#define AS_ITERATOR(v) ((ObjIterator *)AS_OBJ(v))
#define AS_FILE(v) ((ObjFile *)AS_OBJ(v))
#define AS_GENERATOR(v) ((ObjGenerator *)AS_OBJ(v))
#define AS_NATIVE_DATA(v) ((ObjNativeData *)AS_OBJ(v))
#define AS_PROPERTY(v) ((ObjProperty *)AS_OBJ(v))

/* An int of either representation (bool counts, as in Python). */
#define IS_ANY_INT(v) (IS_SMALLINT_LIKE(v) || IS_BIGINT(v))

#endif
