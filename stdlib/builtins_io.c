/* builtins_io.c: print, input and open.
 *
 * print writes through the VM's output hooks (vm->write_out and
 * vm->write_err), so a host that captures a script's output sees all of
 * it; a file= argument that is a file object opened by open() is written
 * directly, and any other object through its write method, piece by
 * piece as CPython does (item, separator, item, ..., end).
 *
 * open() supports text mode: 'r', 'w', 'a', 'x', each optionally with
 * '+', as UTF-8. Its arguments are validated in CPython's order and with
 * its messages; binary mode is refused with a clear error. The file
 * objects themselves are in builtins_file.c.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "stdlib/builtins_internal.h"
#include "vm/exception.h"
#include "vm/interrupt.h"
#include "vm/native.h"
#include "vm/obj_str.h"
#include "vm/protocol.h"
#include "vm/text_repr.h"
#include "vm/unicode.h"

/* ---- errors shared with builtins_file.c ------------------------------- */

/* The OSError subclass CPython raises for the errno value [err]. */
static ObjClass *errno_class(EddyVM *vm, int err) {
  switch (err) {
  case ENOENT: return vm->exc.FileNotFoundError;
  case EEXIST: return vm->exc.FileExistsError;
  case EISDIR: return vm->exc.IsADirectoryError;
  case ENOTDIR: return vm->exc.NotADirectoryError;
  case EACCES:
  case EPERM: return vm->exc.PermissionError;
  case EINTR: return vm->exc.InterruptedError;
  case EAGAIN: return vm->exc.BlockingIOError;
  case EPIPE: return vm->exc.BrokenPipeError;
  default: return vm->exc.OSError;
  }
}

bool builtins_raise_errno(EddyVM *vm, int err, ObjStr *path) {
  ObjClass *cls = errno_class(vm, err);
  if (!path) return vm_raise(vm, cls, "[Errno %d] %s", err, strerror(err));
  ByteBuf name;
  buf_init(&name);
  if (!text_repr_str(&name, path->chars, path->length)) {
    buf_free(&name);
    return vm_raise_memory(vm);
  }
  vm_raise(vm, cls, "[Errno %d] %s: %s", err, strerror(err), name.data);
  buf_free(&name);
  return false;
}

/* Raises CPython's UnicodeDecodeError for the malformed UTF-8 sequence
 * starting at byte [i] of the [len] bytes at [data]: a bad first byte, a
 * bad continuation byte, or a sequence the end of the data cuts short
 * (which CPython reports as a range of bytes). */
static bool decode_error(EddyVM *vm, const char *data, size_t len, size_t i) {
  unsigned char b = (unsigned char)data[i];
  const char *why = "invalid start byte";
  size_t j = 1;
  if (b >= 0xC2 && b <= 0xF4) {
    size_t need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    while (j <= need && i + j < len && (data[i + j] & 0xC0) == 0x80) j++;
    bool cut = j <= need && i + j >= len;
    why = cut ? "unexpected end of data" : "invalid continuation byte";
    if (!cut) j = 1;
  }
  const char *prefix = "'utf-8' codec can't decode";
  if (j > 1) {
    return vm_raise(vm, vm->exc.UnicodeDecodeError,
                    "%s bytes in position %zu-%zu: %s", prefix, i, i + j - 1,
                    why);
  }
  return vm_raise(vm, vm->exc.UnicodeDecodeError,
                  "%s byte 0x%02x in position %zu: %s", prefix, b, i, why);
}

bool builtins_decode_check(EddyVM *vm, const char *data, size_t len) {
  if (unicode_valid_utf8(data, len)) return true;
  size_t i = 0;
  while (i < len) {
    uint32_t cp;
    size_t n = unicode_decode(data + i, len - i, &cp);
    if (cp >= 0xD800 && cp <= 0xDFFF) break;
    i += n;
  }
  if (i >= len) i = len - 1; /* not reached: some sequence is malformed */
  return decode_error(vm, data, len, i);
}

/* ---- print ------------------------------------------------------------- */

/* Where print() sends its text. */
typedef struct Sink {
  ObjFile *file; /* a file object written directly, or NULL */
  Value write;   /* the write method of any other file= object, or UNDEF;
                    lives on the temporary-root stack while print runs */
  bool to_err;   /* without file or write: vm->write_err, else write_out */
  ByteBuf buf;   /* text gathered for the file or the VM stream */
} Sink;

/* Hands the text gathered in [sink] to its destination. */
static bool sink_flush(EddyVM *vm, Sink *sink) {
  bool ok = true;
  if (sink->file) {
    ok = builtins_file_write(vm, sink->file, sink->buf.data, sink->buf.len);
  } else if (sink->buf.len > 0) {
    VMWriteFn fn = sink->to_err ? vm->write_err : vm->write_out;
    fn(vm, sink->buf.data, sink->buf.len);
  }
  buf_clear(&sink->buf);
  return ok;
}

/* Writes the [len] bytes of UTF-8 at [text] to [sink]. */
static bool sink_write(EddyVM *vm, Sink *sink, const char *text, size_t len) {
  if (IS_UNDEF(sink->write)) {
    return buf_append(&sink->buf, text, len) || vm_raise_memory(vm);
  }
  ObjStr *str = str_new(vm, text, len);
  if (!str) return false;
  Value arg = OBJ_VAL(str), ignored;
  gc_push_root(vm, arg);
  bool ok = vm_call(vm, sink->write, &arg, 1, NULL, &ignored);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Writes str([v]) to [sink]. */
static bool sink_put(EddyVM *vm, Sink *sink, Value v) {
  if (IS_STR(v))
    return sink_write(vm, sink, AS_STR(v)->chars, AS_STR(v)->length);
  if (IS_UNDEF(sink->write)) return value_str(vm, v, &sink->buf);
  Value text;
  if (!value_str_obj(vm, v, &text)) return false;
  gc_push_root(vm, text);
  bool ok = sink_put(vm, sink, text);
  gc_pop_roots(vm, 1);
  return ok;
}

/* The keyword arguments of print(), UNDEF when not given. */
typedef struct PrintArgs {
  Value sep;   /* separator: None or a str */
  Value end;   /* terminator: None or a str */
  Value file;  /* destination: None or an object with write() */
  Value flush; /* flush afterwards when true */
} PrintArgs;

/* Reads print()'s keyword arguments into [pa] and checks sep and end. */
static bool print_keywords(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, PrintArgs *pa) {
  pa->sep = pa->end = pa->file = pa->flush = UNDEF_VAL;
  for (size_t i = 0; kwnames && i < kwnames->length; i++) {
    ObjStr *key = AS_STR(kwnames->items[i]);
    Value v = args[nargs + (int)i];
    if (str_equal_cstr(key, "sep"))
      pa->sep = v;
    else if (str_equal_cstr(key, "end"))
      pa->end = v;
    else if (str_equal_cstr(key, "file"))
      pa->file = v;
    else if (str_equal_cstr(key, "flush"))
      pa->flush = v;
    else
      return builtins_bad_keyword(vm, key, "print");
  }
  const char *names[2] = {"sep", "end"};
  Value *vals[2] = {&pa->sep, &pa->end};
  for (int i = 0; i < 2; i++) {
    Value v = *vals[i];
    if (IS_NONE(v))
      *vals[i] = UNDEF_VAL;
    else if (!IS_UNDEF(v) && !IS_STR(v)) {
      return vm_raise(vm, vm->exc.TypeError,
                      "%s must be None or a string, not %s", names[i],
                      vm_type_name(vm, v));
    }
  }
  return true;
}

/* Points [sink] at the file= argument [file]: the VM's stdout for None,
 * a file object directly, anything else through its write method. */
static bool sink_open(EddyVM *vm, Sink *sink, Value file) {
  sink->file = NULL;
  sink->write = UNDEF_VAL;
  sink->to_err = false;
  buf_init(&sink->buf);
  if (IS_UNDEF(file) || IS_NONE(file)) return true;
  if (IS_FILE(file)) {
    ObjFile *f = AS_FILE(file);
    if (!builtins_file_check_writable(vm, f)) return false;
    sink->file = f;
    return true;
  }
  ObjStr *name = str_intern_cstr(vm, "write");
  if (!name) return false;
  return value_getattr(vm, file, name, &sink->write);
}

/* Flushes the destination of print(..., flush=True). */
static bool print_flush(EddyVM *vm, Sink *sink, Value file) {
  if (sink->file) return builtins_file_flush(vm, sink->file);
  if (IS_UNDEF(sink->write)) {
    fflush(sink->to_err ? stderr : stdout);
    return true;
  }
  ObjStr *name = str_intern_cstr(vm, "flush");
  Value method, ignored;
  if (!name || !value_getattr(vm, file, name, &method)) return false;
  gc_push_root(vm, method);
  bool ok = vm_call(vm, method, NULL, 0, NULL, &ignored);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Writes the items, separators and end of a print() call to [sink]. */
static bool print_items(EddyVM *vm, Sink *sink, Value *args, int nargs,
                        const PrintArgs *pa) {
  for (int i = 0; i < nargs; i++) {
    if (i > 0) {
      bool ok = IS_UNDEF(pa->sep) ? sink_write(vm, sink, " ", 1)
                                  : sink_put(vm, sink, pa->sep);
      if (!ok) return false;
    }
    if (!sink_put(vm, sink, args[i])) return false;
  }
  return IS_UNDEF(pa->end) ? sink_write(vm, sink, "\n", 1)
                           : sink_put(vm, sink, pa->end);
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
static bool builtin_print(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  PrintArgs pa;
  Sink sink;
  if (!print_keywords(vm, args, nargs, kwnames, &pa)) return false;
  if (!sink_open(vm, &sink, pa.file)) return false;
  gc_push_root(vm, sink.write);
  bool ok = print_items(vm, &sink, args, nargs, &pa);
  ok = sink_flush(vm, &sink) && ok; /* what was printed before an error
                                       still appears, as in CPython */
  bool flush = false;
  if (ok && !IS_UNDEF(pa.flush)) ok = value_truthy(vm, pa.flush, &flush);
  if (ok && flush) ok = print_flush(vm, &sink, pa.file);
  gc_pop_roots(vm, 1);
  buf_free(&sink.buf);
  if (ok) *result = NONE_VAL;
  return ok;
}

/* ---- input ------------------------------------------------------------- */

/* input(prompt='', /): writes the prompt, reads a line from stdin and
 * returns it without its line ending. */
static bool builtin_input(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  if (!native_no_kwargs(vm, "input", kwnames) ||
      !native_check_count(vm, "input", nargs, 0, 1)) {
    return false;
  }
  ByteBuf buf;
  buf_init(&buf);
  if (nargs == 1) {
    if (!value_str(vm, args[0], &buf)) {
      buf_free(&buf);
      return false;
    }
    vm->write_out(vm, buf.data, buf.len);
    buf_clear(&buf);
  }
  fflush(stdout);
  bool ok = builtins_read_line(stdin, -1, &buf);
  if (vm_interrupt_pending(vm)) { /* Ctrl-C ended the read */
    clearerr(stdin);
    buf_free(&buf);
    if (!vm_take_interrupt(vm)) return false;
    *result = NONE_VAL;
    return vm_raise_value(vm, OBJ_VAL(vm->exc.KeyboardInterrupt));
  }
  if (ok && buf.len == 0) {
    buf_free(&buf);
    return vm_raise(vm, vm->exc.EOFError, "EOF when reading a line");
  }
  if (ok && buf.data[buf.len - 1] == '\n') buf.len--;
  if (ok && buf.len > 0 && buf.data[buf.len - 1] == '\r') buf.len--;
  if (ok && !builtins_decode_check(vm, buf.data, buf.len)) {
    buf_free(&buf);
    return false;
  }
  return builtins_str_result(vm, &buf, ok, result);
}

/* ---- open ---------------------------------------------------------------- */

/* What a mode string asks for. */
typedef struct OpenMode {
  bool creating, reading, writing, appending, updating, text, binary;
} OpenMode;

/* Sets the flag of [mode] that the mode character [c] names; false for a
 * character that is not a mode or appears twice. */
static bool mode_flag(OpenMode *mode, char c) {
  bool *flag;
  switch (c) {
  case 'x': flag = &mode->creating; break;
  case 'r': flag = &mode->reading; break;
  case 'w': flag = &mode->writing; break;
  case 'a': flag = &mode->appending; break;
  case '+': flag = &mode->updating; break;
  case 't': flag = &mode->text; break;
  case 'b': flag = &mode->binary; break;
  default: return false;
  }
  if (*flag) return false;
  *flag = true;
  return true;
}

/* Parses the mode string [str] as io.open does, with its messages. */
static bool parse_mode(EddyVM *vm, ObjStr *str, OpenMode *mode) {
  memset(mode, 0, sizeof *mode);
  bool valid = strlen(str->chars) == str->length;
  for (size_t i = 0; valid && i < str->length; i++) {
    valid = mode_flag(mode, str->chars[i]);
  }
  if (!valid) {
    ByteBuf repr;
    buf_init(&repr);
    bool ok = text_repr_str(&repr, str->chars, str->length);
    if (ok) vm_raise(vm, vm->exc.ValueError, "invalid mode: %s", repr.data);
    buf_free(&repr);
    return ok ? false : vm_raise_memory(vm);
  }
  if (mode->text && mode->binary) {
    return vm_raise(vm, vm->exc.ValueError,
                    "can't have text and binary mode at once");
  }
  int kinds = mode->creating + mode->reading + mode->writing + mode->appending;
  if (kinds > 1) {
    return vm_raise(vm, vm->exc.ValueError,
                    "must have exactly one of create/read/write/append mode");
  }
  return true;
}

/* The arguments of open(), in its parameter order. */
enum {
  OPEN_FILE,
  OPEN_MODE,
  OPEN_BUFFERING,
  OPEN_ENCODING,
  OPEN_ERRORS,
  OPEN_NEWLINE,
  OPEN_CLOSEFD,
  OPEN_OPENER,
  OPEN_NARGS
};

/* Checks that open()'s argument [i] named [name] is a str or None. */
static bool str_or_none(EddyVM *vm, Value *a, int i, const char *name) {
  if (IS_UNDEF(a[i]) || IS_NONE(a[i]) || IS_STR(a[i])) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "open() argument '%s' must be str or None, not %s", name,
                  vm_type_name(vm, a[i]));
}

/* Checks the types of open()'s arguments other than file and mode. */
static bool check_open_types(EddyVM *vm, Value *a) {
  if (!IS_UNDEF(a[OPEN_BUFFERING]) && !IS_ANY_INT(a[OPEN_BUFFERING])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'%s' object cannot be interpreted as an integer",
                    vm_type_name(vm, a[OPEN_BUFFERING]));
  }
  return str_or_none(vm, a, OPEN_ENCODING, "encoding") &&
         str_or_none(vm, a, OPEN_ERRORS, "errors") &&
         str_or_none(vm, a, OPEN_NEWLINE, "newline");
}

/* Checks the newline= argument: None, '', '\n', '\r' or '\r\n'. Newlines
 * are never translated: Eddy reads and writes '\n' as it is. */
static bool check_newline(EddyVM *vm, Value v) {
  if (!IS_STR(v)) return true;
  const char *s = AS_STR(v)->chars;
  if (AS_STR(v)->length == strlen(s) &&
      (!*s || !strcmp(s, "\n") || !strcmp(s, "\r") || !strcmp(s, "\r\n"))) {
    return true;
  }
  ByteBuf repr;
  buf_init(&repr);
  bool ok = text_repr_str(&repr, s, AS_STR(v)->length);
  if (ok)
    vm_raise(vm, vm->exc.ValueError, "illegal newline value: %s", repr.data);
  buf_free(&repr);
  return ok ? false : vm_raise_memory(vm);
}

/* Checks the combinations of mode and arguments that io.open refuses. */
static bool check_open_combination(EddyVM *vm, const OpenMode *mode, Value *a) {
  bool given[3] = {!IS_UNDEF(a[OPEN_ENCODING]) && !IS_NONE(a[OPEN_ENCODING]),
                   !IS_UNDEF(a[OPEN_ERRORS]) && !IS_NONE(a[OPEN_ERRORS]),
                   !IS_UNDEF(a[OPEN_NEWLINE]) && !IS_NONE(a[OPEN_NEWLINE])};
  const char *what[3] = {"an encoding", "an errors", "a newline"};
  for (int i = 0; mode->binary && i < 3; i++) {
    if (given[i]) {
      return vm_raise(vm, vm->exc.ValueError,
                      "binary mode doesn't take %s argument", what[i]);
    }
  }
  if (!mode->creating && !mode->reading && !mode->writing && !mode->appending) {
    return vm_raise(vm, vm->exc.ValueError,
                    "Must have exactly one of create/read/write/append mode "
                    "and at most one plus");
  }
  if (mode->binary) {
    return vm_raise(vm, vm->exc.ValueError,
                    "binary mode files are not supported by Eddy");
  }
  return check_newline(vm, a[OPEN_NEWLINE]);
}

/* Checks the file argument: a str path without NUL characters. */
static bool check_path(EddyVM *vm, Value file) {
  if (IS_ANY_INT(file)) {
    return vm_raise(vm, vm->exc.ValueError,
                    "open() of a file descriptor is not supported by Eddy");
  }
  if (!IS_STR(file)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "expected str, bytes or os.PathLike object, not %s",
                    vm_type_name(vm, file));
  }
  if (strlen(AS_STR(file)->chars) != AS_STR(file)->length) {
    return vm_raise(vm, vm->exc.ValueError, "embedded null character");
  }
  return true;
}

/* Checks closefd and opener, which only have their defaults with a
 * path. */
static bool check_closefd_opener(EddyVM *vm, Value *a) {
  bool closefd = true;
  if (!IS_UNDEF(a[OPEN_CLOSEFD]) &&
      !value_truthy(vm, a[OPEN_CLOSEFD], &closefd)) {
    return false;
  }
  if (!closefd) {
    return vm_raise(vm, vm->exc.ValueError,
                    "Cannot use closefd=False with file name");
  }
  if (!IS_UNDEF(a[OPEN_OPENER]) && !IS_NONE(a[OPEN_OPENER])) {
    return vm_raise(vm, vm->exc.ValueError,
                    "open() with an opener is not supported by Eddy");
  }
  return true;
}

/* Lower-cases [name] into [out] (size [cap]) with '_' read as '-', as
 * Python normalises codec names. */
static void normalize_encoding(const char *name, char *out, size_t cap) {
  size_t i = 0;
  for (; name[i] && i + 1 < cap; i++) {
    char c = name[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    out[i] = c == '_' ? '-' : c;
  }
  out[i] = '\0';
}

/* Accepts the encodings Eddy reads and writes: UTF-8 (and ASCII, its
 * subset) under their common names. */
static bool check_encoding(EddyVM *vm, Value enc) {
  if (!IS_STR(enc)) return true;
  static const char *const known[] = {"utf-8",    "utf8",    "u8",
                                      "utf",      "cp65001", "ascii",
                                      "us-ascii", "646",     "locale"};
  char norm[32];
  normalize_encoding(AS_STR(enc)->chars, norm, sizeof norm);
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
    if (!strcmp(norm, known[i])) return true;
  }
  return vm_raise(vm, vm->exc.LookupError,
                  "encoding '%s' is not supported by Eddy (only UTF-8)",
                  AS_STR(enc)->chars);
}

/* The fopen mode for [mode]. */
static const char *stdio_mode(const OpenMode *mode) {
  if (mode->creating) return mode->updating ? "w+x" : "wx";
  if (mode->writing) return mode->updating ? "w+" : "w";
  if (mode->appending) return mode->updating ? "a+" : "a";
  return mode->updating ? "r+" : "r";
}

/* Opens [path] for the file object [file] as [mode] says. A directory
 * opens under stdio but not in Python: IsADirectoryError. */
static bool open_stream(EddyVM *vm, ObjFile *file, const OpenMode *mode) {
  FILE *fp = fopen(file->name->chars, stdio_mode(mode));
  if (!fp) return builtins_raise_errno(vm, errno, file->name);
  struct stat st;
  if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(fp);
    return builtins_raise_errno(vm, EISDIR, file->name);
  }
  file->fp = fp;
  file->owned = true;
  file->readable = mode->reading || mode->updating;
  file->writable = !mode->reading || mode->updating;
  return true;
}

/* Makes the file object for [path] opened with the mode string [mode]. */
static bool new_file(EddyVM *vm, ObjStr *path, ObjStr *mode_str,
                     const OpenMode *mode, Value *result) {
  gc_push_root(vm, OBJ_VAL(mode_str));
  ObjFile *file =
      (ObjFile *)gc_new_object(vm, sizeof(ObjFile), OBJ_FILE, vm->types.file);
  gc_pop_roots(vm, 1);
  if (!file) return false;
  file->name = path;
  file->mode = mode_str;
  gc_push_root(vm, OBJ_VAL(file));
  bool ok = open_stream(vm, file, mode);
  gc_pop_roots(vm, 1);
  if (ok) *result = OBJ_VAL(file);
  return ok;
}

/* Opens the file of open()'s arguments [a] with the mode string
 * [mode_str], once the argument types are known to be right. */
static bool open_with_mode(EddyVM *vm, Value *a, ObjStr *mode_str,
                           Value *result) {
  OpenMode mode;
  if (!parse_mode(vm, mode_str, &mode) ||
      !check_open_combination(vm, &mode, a) || !check_closefd_opener(vm, a) ||
      !new_file(vm, AS_STR(a[OPEN_FILE]), mode_str, &mode, result)) {
    return false;
  }
  gc_push_root(vm, *result); /* raising allocates */
  bool ok = check_encoding(vm, a[OPEN_ENCODING]);
  if (!ok) builtins_file_close(AS_FILE(*result));
  gc_pop_roots(vm, 1);
  return ok;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
static bool builtin_open(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  static const char *const names[OPEN_NARGS] = {
      "file",   "mode",    "buffering", "encoding",
      "errors", "newline", "closefd",   "opener"};
  Value a[OPEN_NARGS];
  if (!native_parse_args(vm, "open", args, nargs, kwnames, names, OPEN_NARGS, 1,
                         0, a)) {
    return false;
  }
  if (!IS_UNDEF(a[OPEN_MODE]) && !IS_STR(a[OPEN_MODE])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "open() argument 'mode' must be str, not %s",
                    vm_type_name(vm, a[OPEN_MODE]));
  }
  if (!check_open_types(vm, a) || !check_path(vm, a[OPEN_FILE])) {
    return false;
  }
  ObjStr *mode_str =
      IS_UNDEF(a[OPEN_MODE]) ? str_intern_cstr(vm, "r") : AS_STR(a[OPEN_MODE]);
  if (!mode_str) return false;
  gc_push_root(vm, OBJ_VAL(mode_str));
  bool ok = open_with_mode(vm, a, mode_str, result);
  gc_pop_roots(vm, 1);
  return ok;
}

static const BuiltinDef io_builtins[] = {
    {"print", builtin_print},
    {"input", builtin_input},
    {"open", builtin_open},
};

bool builtins_io_install(EddyVM *vm) {
  return builtins_define_all(vm, io_builtins,
                             sizeof io_builtins / sizeof io_builtins[0]) &&
         builtins_file_install(vm);
}
