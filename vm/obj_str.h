/* obj_str.h: Python's str.
 *
 * A str is an immutable ObjStr (object.h): UTF-8 text with its length in
 * bytes and in code points, and a cached hash. Python indexes strings by
 * code point, so an all-ASCII string ([length] == [cp_len]) indexes and
 * slices in O(1); any other string walks its bytes to find a code point,
 * decoding with unicode_decode so that even malformed text (which Eddy
 * never makes, but a host might hand in) is counted the same way
 * everywhere and never read past its end.
 *
 * Equal strings may be different objects; str_equal compares contents.
 * Names the compiler and the VM look up often (identifiers, attribute
 * names) are interned: str_intern returns the one object holding a given
 * text, found in vm->interned, a dict used as a set. The table is weak:
 * the collector drops the strings nothing else references.
 *
 * Ordering is by code point, which for UTF-8 is byte order, so
 * str_compare is a memcmp. The hash is FNV-1a over the bytes (CPython
 * randomises its string hashes, so no program can depend on their
 * values), never -1, which marks "not yet computed".
 *
 * The methods scripts call (split, join, upper, ...) live in
 * str_methods.c and str_case.c, with the byte-level algorithms they share
 * with bytes in text_ops.c and the codecs in codec.c; formatting is in
 * format.c (format(), f-strings), str_format.c (str.format) and
 * percent_format.c (%). This file holds the core, the argument checks
 * the str and bytes methods share, and the behaviour the interpreter
 * reaches through TypeOps. Functions that take an ObjStr expect the
 * caller to keep it reachable (an argument on the task's stack, or a
 * temporary root) while they allocate.
 */
#ifndef EDDY_OBJ_STR_H
#define EDDY_OBJ_STR_H

#include "vm/vm.h"

/* ---- making strings --------------------------------------------------- */

/* A new str holding a copy of the [len] bytes of UTF-8 at [utf8]; NULL
 * after raising MemoryError. */
ObjStr *str_new(EddyVM *vm, const char *utf8, size_t len);
/* str_new of the NUL-terminated [s]. */
ObjStr *str_from_cstr(EddyVM *vm, const char *s);
/* str_new of the contents of [buf]. */
ObjStr *str_from_buf(EddyVM *vm, const ByteBuf *buf);
/* The interned str holding the [len] bytes at [utf8], made and entered
 * in the intern table when absent; NULL after raising. */
ObjStr *str_intern(EddyVM *vm, const char *utf8, size_t len);
/* str_intern of the NUL-terminated [s]. */
ObjStr *str_intern_cstr(EddyVM *vm, const char *s);
/* The one-character str of the code point [cp]. */
ObjStr *str_from_cp(EddyVM *vm, uint32_t cp);

/* Allocates a str of [len] bytes whose text the caller writes into
 * chars[] before calling str_finish; NULL after raising. Saves the copy
 * str_new would make when the text is built in place. */
ObjStr *str_alloc(EddyVM *vm, size_t len);
/* Computes the code point count of [s], made by str_alloc, and returns
 * [s]. [ascii] says the caller knows the text is ASCII. */
ObjStr *str_finish(ObjStr *s, bool ascii);

/* ---- reading strings --------------------------------------------------- */

/* hash([s]), computed once and cached. */
int64_t str_hash(ObjStr *s);
/* True when [a] and [b] hold the same text. */
bool str_equal(const ObjStr *a, const ObjStr *b);
/* True when [s] holds exactly the NUL-terminated [text]. */
bool str_equal_cstr(const ObjStr *s, const char *text);
/* <0, 0 or >0 as [a] sorts before, with or after [b] (code point order). */
int str_compare(const ObjStr *a, const ObjStr *b);
/* True when every character of [s] is ASCII. */
static inline bool str_is_ascii(const ObjStr *s) {
  return s->length == s->cp_len;
}
/* The byte offset in [s] of code point [index] (0 <= index <= cp_len). */
size_t str_byte_offset(const ObjStr *s, size_t index);
/* The code point [index] of [s] (0 <= index < cp_len). */
uint32_t str_cp_at(const ObjStr *s, size_t index);

/* [*out] = [s][index] as Python indexes it: negative counts from the end;
 * IndexError "string index out of range" outside. */
bool str_index_cp(EddyVM *vm, ObjStr *s, int64_t index,
                  Value *out) MUST_CHECK;
/* The str of code points [start], [start]+[step], ... of [s], [count] of
 * them (as slice_indices computes them); NULL after raising. */
ObjStr *str_slice_cp(EddyVM *vm, ObjStr *s, int64_t start, int64_t step,
                     int64_t count);
/* The str of the code points [start, stop) of [s] (clamped). */
ObjStr *str_substr(EddyVM *vm, ObjStr *s, size_t start, size_t stop);

/* ---- operators ----------------------------------------------------------- */

/* [a] + [b]; NULL after raising. */
ObjStr *str_concat(EddyVM *vm, ObjStr *a, ObjStr *b);
/* [s] * [n] (n <= 0 gives ''); MemoryError/OverflowError when the result
 * cannot exist; NULL after raising. */
ObjStr *str_repeat(EddyVM *vm, ObjStr *s, int64_t n);
/* [*out] = [fmt] % [args], printf-style formatting (percent_format.c). */
bool str_percent_format(EddyVM *vm, ObjStr *fmt, Value args,
                        Value *out) MUST_CHECK;

/* ---- helpers shared by the str and bytes methods --------------------- */

/* The hash str_hash gives a str holding the [len] bytes at [chars]. */
int64_t str_hash_chars(const char *chars, size_t len);
/* The byte offset [count] code points after the byte offset [from] of
 * [s] (at most its length). */
size_t str_advance(const ObjStr *s, size_t from, size_t count);
/* The code point index of the byte offset [offset] of [s]. */
size_t str_cp_index(const ObjStr *s, size_t offset);
/* [*out] = a new str of the contents of [buf]; false after raising. */
bool str_value_from_buf(EddyVM *vm, const ByteBuf *buf,
                        Value *out) MUST_CHECK;

/* How a method's argument-count errors are worded: CPython's methods
 * differ by how each is declared, and Eddy says what CPython says. */
typedef enum {
  ARGS_NONE,  /* "str.upper() takes no arguments (1 given)" */
  ARGS_ONE,   /* "str.join() takes exactly one argument (0 given)" */
  ARGS_POS,   /* "center expected at least 1 argument, got 0" */
  ARGS_TUPLE, /* "find() takes at least 1 argument (0 given)" */
  ARGS_KW,    /* keywords allowed: native_parse_args checks the rest */
} ArgStyle;

/* The receiver and argument rules of one str or bytes method. */
typedef struct TextMethod {
  const char *name;      /* the method's name: "split" */
  const char *type_name; /* "str" or "bytes" */
  ObjType layout;        /* the layout self must have */
  ArgStyle style;        /* how count errors are worded */
  int min;               /* fewest arguments after self */
  int max;               /* most arguments after self (-1: unbounded) */
} TextMethod;

/* Checks self, keywords and the argument count of a call of [m] ([nargs]
 * counts self), raising CPython's TypeError when they are wrong. */
bool str_method_check(EddyVM *vm, const TextMethod *m, Value *args,
                      int nargs, ObjTuple *kwnames) MUST_CHECK;

/* Reads the optional start/end argument [v] of find, count, startswith,
 * ... into [*out]: None and UNDEF leave it, ints are clamped, anything
 * else raises "slice indices must be integers or None or have an
 * __index__ method". */
bool str_slice_bound(EddyVM *vm, Value v, int64_t *out) MUST_CHECK;
/* Normalises [*start] and [*end] against a sequence of [length] items as
 * CPython's ADJUST_INDICES: negatives count from the end, both clamp to
 * [0, length] (start may stay past the end). */
void str_adjust_range(int64_t length, int64_t *start, int64_t *end);

/* [*result] = [sep].join([iterable]), as str.join. */
bool str_join_values(EddyVM *vm, ObjStr *sep, Value iterable,
                     Value *result) MUST_CHECK;

/* ---- the str class -------------------------------------------------------- */

/* What calling str does: str(), str(object), str(bytes, encoding,
 * errors). */
bool str_construct(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                   Value *result) MUST_CHECK;
/* Installs str's TypeOps, constructor and methods, and its iterator
 * class. */
bool str_install(EddyVM *vm) MUST_CHECK;

/* Installs the methods of str_methods.c (search, split, join, strip,
 * replace, ...). */
bool str_methods_install(EddyVM *vm) MUST_CHECK;
/* Installs the methods of str_case.c (case mapping, predicates,
 * padding, encode). */
bool str_case_install(EddyVM *vm) MUST_CHECK;

#endif
