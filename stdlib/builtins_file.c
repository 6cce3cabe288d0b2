/* builtins_file.c: the file objects open() returns (_io.TextIOWrapper).
 *
 * A file object (ObjFile, object.h) wraps a stdio stream. It reads and
 * writes UTF-8 text; sizes given to read() and readline() count
 * characters, not bytes, so reads with a size pull in one whole UTF-8
 * sequence at a time. Text read is checked as the strict UTF-8 decoder
 * would, raising UnicodeDecodeError for malformed bytes. Newlines pass
 * through untranslated (Eddy runs where the line ending is '\n').
 *
 * A stream opened for both reading and writing ('r+', 'w+', 'a+') is
 * repositioned between the two kinds of operation, as C requires.
 * Writes to a file object wrapping the process's stdout or stderr (the
 * sys module's) go through the VM's output hooks, like print().
 *
 * Where CPython raises io.UnsupportedOperation ("not readable", "not
 * writable"), which Eddy does not define, OSError is raised with the same
 * message (io.UnsupportedOperation derives from OSError).
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

/* protocol.h first: container.h uses its CompareOp */
#include "vm/protocol.h"

#include "stdlib/builtins_internal.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/native.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/text_repr.h"

/* ---- stream access ----------------------------------------------------- */

/* Raises CPython's error for an operation on a closed file; [period]
 * because CPython's messages differ by a full stop between methods. */
static bool closed_error(EddyVM *vm, bool period) {
  return vm_raise(vm, vm->exc.ValueError, "I/O operation on closed file%s",
                  period ? "." : "");
}

/* Checks that [file] is open. */
static bool check_open(EddyVM *vm, ObjFile *file) {
  return file->fp ? true : closed_error(vm, true);
}

/* Checks that [file] is open for reading, and readies an update stream
 * for a read after a write. */
static bool check_readable(EddyVM *vm, ObjFile *file) {
  if (!check_open(vm, file)) return false;
  if (!file->readable) return vm_raise(vm, vm->exc.OSError, "not readable");
  if (file->writable) fflush(file->fp);
  return true;
}

bool builtins_file_check_writable(EddyVM *vm, ObjFile *file) {
  if (!check_open(vm, file)) return false;
  if (!file->writable) return vm_raise(vm, vm->exc.OSError, "not writable");
  return true;
}

/* Raises the OSError for the failed stream operation of [file]. */
static bool stream_error(EddyVM *vm, ObjFile *file) {
  int err = errno ? errno : EIO;
  clearerr(file->fp);
  return builtins_raise_errno(vm, err, NULL);
}

bool builtins_file_write(EddyVM *vm, ObjFile *file, const char *text,
                         size_t len) {
  if (file->fp == stdout || file->fp == stderr) {
    VMWriteFn fn = file->fp == stdout ? vm->write_out : vm->write_err;
    fn(vm, text, len);
    return true;
  }
  if (file->readable) fseek(file->fp, 0, SEEK_CUR); /* read -> write */
  errno = 0;
  if (len > 0 && fwrite(text, 1, len, file->fp) != len) {
    return stream_error(vm, file);
  }
  return true;
}

bool builtins_file_flush(EddyVM *vm, ObjFile *file) {
  if (!check_open(vm, file)) return false;
  errno = 0;
  if (fflush(file->fp) != 0) return stream_error(vm, file);
  return true;
}

bool builtins_file_close(ObjFile *file) {
  if (!file->fp) return true;
  FILE *fp = file->fp;
  file->fp = NULL;
  if (!file->owned) return fflush(fp) == 0;
  return fclose(fp) == 0;
}

/* Reads one character (a whole UTF-8 sequence, or a lone malformed
 * byte) from [fp] onto [out]: 1 when read, 0 at the end, -1 out of
 * memory. */
static int read_char(FILE *fp, ByteBuf *out) {
  int c = getc(fp);
  if (c == EOF) return 0;
  int more = c < 0xC0 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF8 ? 3 : 0;
  if (!buf_putc(out, (char)c)) return -1;
  while (more-- > 0) {
    int d = getc(fp);
    if (d == EOF) break;
    if ((d & 0xC0) != 0x80) {
      ungetc(d, fp);
      break;
    }
    if (!buf_putc(out, (char)d)) return -1;
  }
  return 1;
}

bool builtins_read_line(FILE *fp, int64_t limit, ByteBuf *out) {
  for (int64_t n = 0; limit < 0 || n < limit; n++) {
    size_t before = out->len;
    int r = read_char(fp, out);
    if (r <= 0) return r == 0;
    if (out->len == before + 1 && out->data[before] == '\n') break;
  }
  return true;
}

/* Reads up to [count] characters (all that remain when negative). */
static bool read_chars(FILE *fp, int64_t count, ByteBuf *out) {
  if (count >= 0) {
    for (int64_t i = 0; i < count; i++) {
      int r = read_char(fp, out);
      if (r <= 0) return r == 0;
    }
    return true;
  }
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
    if (!buf_append(out, chunk, n)) return false;
  }
  return true;
}

/* Turns the bytes read from [file] into a str in [*out] after checking
 * the stream and the UTF-8; frees [buf]. [ok] is false when memory ran
 * out while reading. */
static bool read_result(EddyVM *vm, ObjFile *file, ByteBuf *buf, bool ok,
                        Value *out) {
  if (ok && ferror(file->fp)) {
    buf_free(buf);
    return stream_error(vm, file);
  }
  if (ok && !builtins_decode_check(vm, buf->data, buf->len)) {
    buf_free(buf);
    return false;
  }
  return builtins_str_result(vm, buf, ok, out);
}

/* ---- arguments ------------------------------------------------------- */

/* Checks the receiver and arguments of the file method [name] taking
 * [min]..[max] arguments, and stores the receiver in [*file]. [owner]
 * is the class CPython's messages name. */
static bool method_args(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        const char *owner, const char *name, int min, int max,
                        ObjFile **file) {
  MethodSpec spec = {OBJ_FILE, owner, name, min, max, false};
  if (!container_method(vm, &spec, args, nargs, kwnames)) return false;
  *file = AS_FILE(args[0]);
  return true;
}

/* A size argument of read() and readlines(): an int, or None for -1
 * (also when absent). */
static bool size_or_none(EddyVM *vm, Value *args, int nargs, int64_t *out) {
  *out = -1;
  if (nargs < 2 || IS_NONE(args[1])) return true;
  if (IS_ANY_INT(args[1])) return container_int_arg(vm, args[1], out);
  return vm_raise(vm, vm->exc.TypeError,
                  "argument should be integer or None, not '%s'",
                  vm_type_name(vm, args[1]));
}

/* ---- reading ------------------------------------------------------------ */

/* read(size=-1, /) */
static bool file_read(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  ObjFile *file;
  int64_t size;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "read", 0, 1,
                   &file) ||
      !check_readable(vm, file) || !size_or_none(vm, args, nargs, &size)) {
    return false;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok = read_chars(file->fp, size, &buf);
  return read_result(vm, file, &buf, ok, result);
}

/* readline(size=-1, /) */
static bool file_readline(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  ObjFile *file;
  int64_t size = -1;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "readline", 0, 1,
                   &file) ||
      !check_readable(vm, file) ||
      (nargs == 2 && !container_int_arg(vm, args[1], &size))) {
    return false;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok = builtins_read_line(file->fp, size, &buf);
  return read_result(vm, file, &buf, ok, result);
}

/* Reads lines from [file] onto [list] until the end, or until their
 * length passes [hint] (when positive), as IOBase.readlines counts. */
static bool read_lines(EddyVM *vm, ObjFile *file, ObjList *list, int64_t hint) {
  int64_t total = 0;
  for (;;) {
    ByteBuf buf;
    buf_init(&buf);
    bool ok = builtins_read_line(file->fp, -1, &buf);
    if (ok && buf.len == 0 && !ferror(file->fp)) {
      buf_free(&buf);
      return true;
    }
    Value line;
    if (!read_result(vm, file, &buf, ok, &line)) return false;
    gc_push_root(vm, line);
    ok = list_append(vm, list, line);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
    int64_t length = (int64_t)AS_STR(line)->cp_len;
    if (hint > 0 && length > hint - total) return true;
    total += length;
  }
}

/* readlines(hint=-1, /) */
static bool file_readlines(EddyVM *vm, Value *args, int nargs,
                           ObjTuple *kwnames, Value *result) {
  ObjFile *file;
  int64_t hint;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "readlines", 0, 1,
                   &file) ||
      !check_readable(vm, file) || !size_or_none(vm, args, nargs, &hint)) {
    return false;
  }
  ObjList *list = list_new(vm, 0);
  if (!list) return false;
  gc_push_root(vm, OBJ_VAL(list));
  bool ok = read_lines(vm, file, list, hint);
  gc_pop_roots(vm, 1);
  if (ok) *result = OBJ_VAL(list);
  return ok;
}

/* ---- writing ----------------------------------------------------------- */

/* Writes the str [v] to [file], with write()'s type check. */
static bool write_str(EddyVM *vm, ObjFile *file, Value v) {
  if (!IS_STR(v)) {
    return vm_raise(vm, vm->exc.TypeError,
                    "write() argument must be str, not %s",
                    vm_type_name(vm, v));
  }
  if (!builtins_file_check_writable(vm, file)) return false;
  return builtins_file_write(vm, file, AS_STR(v)->chars, AS_STR(v)->length);
}

/* write(text, /): returns the number of characters written. */
static bool file_write(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "write", 1, 1,
                   &file) ||
      !write_str(vm, file, args[1])) {
    return false;
  }
  *result = INT_VAL((int64_t)AS_STR(args[1])->cp_len);
  return true;
}

/* Writes one item of writelines(). */
static bool write_item(EddyVM *vm, Value item, void *ctx) {
  return write_str(vm, (ObjFile *)ctx, item);
}

/* writelines(lines, /) */
static bool file_writelines(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "_IOBase", "writelines", 1, 1,
                   &file) ||
      !check_open(vm, file) || !container_each(vm, args[1], write_item, file)) {
    return false;
  }
  *result = NONE_VAL;
  return true;
}

/* flush() */
static bool file_flush(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "flush", 0, 0,
                   &file) ||
      !builtins_file_flush(vm, file)) {
    return false;
  }
  *result = NONE_VAL;
  return true;
}

/* close(): closing a closed file does nothing. */
static bool file_close(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "close", 0, 0,
                   &file)) {
    return false;
  }
  errno = 0;
  if (!builtins_file_close(file)) {
    return builtins_raise_errno(vm, errno ? errno : EIO, NULL);
  }
  *result = NONE_VAL;
  return true;
}

/* ---- position and queries ---------------------------------------------- */

/* Checks seek()'s arguments as TextIOWrapper.seek does. */
static bool check_seek(EddyVM *vm, Value *args, int nargs, int64_t *offset,
                       int64_t *whence) {
  *whence = 0;
  if (!IS_ANY_INT(args[1])) {
    return vm_raise(vm, vm->exc.TypeError,
                    "'<' not supported between instances of '%s' and 'int'",
                    vm_type_name(vm, args[1]));
  }
  if (!container_int_arg(vm, args[1], offset) ||
      (nargs == 3 && !container_int_arg(vm, args[2], whence))) {
    return false;
  }
  if (*whence < 0 || *whence > 2) {
    return vm_raise(vm, vm->exc.ValueError,
                    "invalid whence (%lld, should be 0, 1 or 2)",
                    (long long)*whence);
  }
  if (*whence != 0 && *offset != 0) {
    return vm_raise(vm, vm->exc.OSError, "can't do nonzero %s-relative seeks",
                    *whence == 1 ? "cur" : "end");
  }
  if (*offset < 0) {
    return vm_raise(vm, vm->exc.ValueError, "negative seek position %lld",
                    (long long)*offset);
  }
  return true;
}

/* seek(cookie, whence=0, /): returns the new position. */
static bool file_seek(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  ObjFile *file;
  int64_t offset, whence;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "seek", 1, 2,
                   &file) ||
      !check_open(vm, file) || !check_seek(vm, args, nargs, &offset, &whence)) {
    return false;
  }
  static const int origin[] = {SEEK_SET, SEEK_CUR, SEEK_END};
  errno = 0;
  if (fseek(file->fp, (long)offset, origin[whence]) != 0) {
    return stream_error(vm, file);
  }
  *result = INT_VAL((int64_t)ftell(file->fp));
  return true;
}

/* tell() */
static bool file_tell(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "tell", 0, 0,
                   &file) ||
      !check_open(vm, file)) {
    return false;
  }
  errno = 0;
  long pos = ftell(file->fp);
  if (pos < 0) return stream_error(vm, file);
  *result = INT_VAL((int64_t)pos);
  return true;
}

/* The queries readable(), writable(), seekable(), fileno(), isatty(). */
typedef enum { Q_READABLE, Q_WRITABLE, Q_SEEKABLE, Q_FILENO, Q_ISATTY } Query;

/* Answers the query [q] about the open file [file]. */
static Value query_answer(ObjFile *file, Query q) {
  int fd = fileno(file->fp);
  switch (q) {
  case Q_READABLE: return BOOL_VAL(file->readable);
  case Q_WRITABLE: return BOOL_VAL(file->writable);
  case Q_SEEKABLE: return BOOL_VAL(lseek(fd, 0, SEEK_CUR) >= 0);
  case Q_FILENO: return INT_VAL(fd);
  case Q_ISATTY: return BOOL_VAL(isatty(fd) == 1);
  }
  return NONE_VAL;
}

/* Runs the query method [name] ([q]); on a closed file these raise
 * CPython's message without the full stop. */
static bool query(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                  const char *name, Query q, Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", name, 0, 0,
                   &file)) {
    return false;
  }
  if (!file->fp) return closed_error(vm, false);
  *result = query_answer(file, q);
  return true;
}

/* readable() */
static bool file_readable(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  return query(vm, args, nargs, kwnames, "readable", Q_READABLE, result);
}

/* writable() */
static bool file_writable(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  return query(vm, args, nargs, kwnames, "writable", Q_WRITABLE, result);
}

/* seekable() */
static bool file_seekable(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  return query(vm, args, nargs, kwnames, "seekable", Q_SEEKABLE, result);
}

/* fileno() */
static bool file_fileno(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return query(vm, args, nargs, kwnames, "fileno", Q_FILENO, result);
}

/* isatty() */
static bool file_isatty(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return query(vm, args, nargs, kwnames, "isatty", Q_ISATTY, result);
}

/* ---- iteration and context management ------------------------------------ */

/* __iter__(): the file itself, once checked open. */
static bool file_iter_method(EddyVM *vm, Value *args, int nargs,
                             ObjTuple *kwnames, Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "__iter__", 0, 0,
                   &file) ||
      !check_open(vm, file)) {
    return false;
  }
  *result = args[0];
  return true;
}

/* __next__(): the next line; StopIteration at the end. */
static bool file_next(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "__next__", 0, 0,
                   &file) ||
      !check_readable(vm, file)) {
    return false;
  }
  ByteBuf buf;
  buf_init(&buf);
  bool ok = builtins_read_line(file->fp, -1, &buf);
  if (ok && buf.len == 0 && !ferror(file->fp)) {
    buf_free(&buf);
    return vm_raise_value(vm, OBJ_VAL(vm->exc.StopIteration));
  }
  return read_result(vm, file, &buf, ok, result);
}

/* __enter__(): the file itself. */
static bool file_enter(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "__enter__", 0, 0,
                   &file) ||
      !check_open(vm, file)) {
    return false;
  }
  *result = args[0];
  return true;
}

/* __exit__(*args): closes the file; never suppresses the exception. */
static bool file_exit(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  ObjFile *file;
  if (!method_args(vm, args, nargs, kwnames, "TextIOWrapper", "__exit__", 0, -1,
                   &file)) {
    return false;
  }
  builtins_file_close(file);
  *result = NONE_VAL;
  return true;
}

/* ---- attributes ---------------------------------------------------------- */

/* Checks the receiver of an attribute getter. */
static bool getter_self(EddyVM *vm, Value *args, int nargs, const char *name,
                        ObjFile **file) {
  MethodSpec spec = {OBJ_FILE, "TextIOWrapper", name, 0, 0, false};
  if (!container_method(vm, &spec, args, nargs, NULL)) return false;
  *file = AS_FILE(args[0]);
  return true;
}

/* The name attribute: the path as given to open(). */
static bool file_name(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  (void)kwnames;
  ObjFile *file;
  if (!getter_self(vm, args, nargs, "name", &file)) return false;
  *result = OBJ_VAL(file->name);
  return true;
}

/* The mode attribute: the mode string as given to open(). */
static bool file_mode(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  (void)kwnames;
  ObjFile *file;
  if (!getter_self(vm, args, nargs, "mode", &file)) return false;
  *result = OBJ_VAL(file->mode);
  return true;
}

/* The closed attribute. */
static bool file_closed(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  (void)kwnames;
  ObjFile *file;
  if (!getter_self(vm, args, nargs, "closed", &file)) return false;
  *result = BOOL_VAL(file->fp == NULL);
  return true;
}

/* Stores a new str of the C string [text] in [*result]. */
static bool cstr_result(EddyVM *vm, const char *text, Value *result) {
  ObjStr *str = str_from_cstr(vm, text);
  if (!str) return false;
  *result = OBJ_VAL(str);
  return true;
}

/* The encoding name CPython shows for [file]: its locale's 'UTF-8' for
 * files open() made, the codec's 'utf-8' for the standard streams. */
static const char *encoding_name(const ObjFile *file) {
  return file->owned ? "UTF-8" : "utf-8";
}

/* The encoding attribute. */
static bool file_encoding(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  (void)kwnames;
  ObjFile *file;
  return getter_self(vm, args, nargs, "encoding", &file) &&
         cstr_result(vm, encoding_name(file), result);
}

/* The errors attribute: always strict. */
static bool file_errors(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  (void)kwnames;
  ObjFile *file;
  return getter_self(vm, args, nargs, "errors", &file) &&
         cstr_result(vm, "strict", result);
}

/* ---- TypeOps --------------------------------------------------------- */

/* repr(file): <_io.TextIOWrapper name='x.txt' mode='r' encoding='UTF-8'> */
static bool file_repr(EddyVM *vm, Value v, ByteBuf *out) {
  ObjFile *file = AS_FILE(v);
  bool ok = buf_puts(out, "<_io.TextIOWrapper name=") &&
            text_repr_str(out, file->name->chars, file->name->length) &&
            buf_puts(out, " mode=") &&
            text_repr_str(out, file->mode->chars, file->mode->length) &&
            buf_printf(out, " encoding='%s'>", encoding_name(file));
  return ok || vm_raise_memory(vm);
}

/* hash(file): by identity, as object.__hash__. */
static bool file_hash(EddyVM *vm, Value v, int64_t *out) {
  (void)vm;
  uintptr_t p = (uintptr_t)AS_OBJ(v);
  *out = (int64_t)((p >> 4) | (p << (8 * sizeof p - 4)));
  if (*out == -1) *out = -2;
  return true;
}

/* iter(file): the file itself. */
static bool file_iter(EddyVM *vm, Value v, Value *out) {
  if (!check_open(vm, AS_FILE(v))) return false;
  *out = v;
  return true;
}

static const TypeOps file_ops = {
    .repr = file_repr,
    .hash = file_hash,
    .iter = file_iter,
};

/* ---- installation ------------------------------------------------------ */

static const BuiltinDef file_methods[] = {
    {"read", file_read},
    {"readline", file_readline},
    {"readlines", file_readlines},
    {"write", file_write},
    {"writelines", file_writelines},
    {"flush", file_flush},
    {"close", file_close},
    {"seek", file_seek},
    {"tell", file_tell},
    {"readable", file_readable},
    {"writable", file_writable},
    {"seekable", file_seekable},
    {"fileno", file_fileno},
    {"isatty", file_isatty},
    {"__iter__", file_iter_method},
    {"__next__", file_next},
    {"__enter__", file_enter},
    {"__exit__", file_exit},
};

static const BuiltinDef file_getters[] = {
    {"name", file_name},     {"mode", file_mode},
    {"closed", file_closed}, {"encoding", file_encoding},
    {"errors", file_errors},
};

bool builtins_file_install(EddyVM *vm) {
  ObjClass *cls = vm->types.file;
  cls->ops = &file_ops;
  ObjStr *module = str_intern_cstr(vm, "_io");
  if (!module) return false;
  cls->module = OBJ_VAL(module);
  for (size_t i = 0; i < sizeof file_methods / sizeof file_methods[0]; i++) {
    if (!native_method(vm, cls, file_methods[i].name, file_methods[i].fn)) {
      return false;
    }
  }
  for (size_t i = 0; i < sizeof file_getters / sizeof file_getters[0]; i++) {
    if (!container_getter(vm, cls, file_getters[i].name, file_getters[i].fn)) {
      return false;
    }
  }
  return true;
}
