/* mod_os_path.c: os.path, CPython's posixpath (see mod_os.h).
 *
 * The pure path functions (join, split, splitext, basename, dirname,
 * normpath, isabs) follow posixpath.py step for step on the UTF-8 bytes
 * of the path: '/' and '.' are ASCII, so byte positions found by
 * searching for them are always character boundaries. The queries
 * (exists, isfile, ...) call stat and, as genericpath does, answer False
 * for a path that cannot be examined.
 *
 * These are Python functions in CPython, so their argument errors read
 * like a Python function's: "basename() takes 1 positional argument but
 * 2 were given".
 */
#include <errno.h>
#include <pwd.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stdlib/mod_common.h"
#include "stdlib/mod_os.h"
#include "vm/buffer.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"

/* ---- arguments ---------------------------------------------------------- */

/* Binds the one argument of the os.path function [name] (parameter
 * [param]) and converts it with os.fspath. */
static bool one_path(EddyVM *vm, const char *name, const char *param,
                     Value *args, int nargs, ObjTuple *kwnames, Value *path) {
  const char *params[1] = {param};
  PySignature sig = {name, params, 1, 1, 1};
  Value v[1];
  return mod_bind_args(vm, &sig, args, nargs, kwnames, v) &&
         os_fspath(vm, v[0], path);
}

/* The bytes and length of the str [v]. */
#define TEXT(v) AS_STR(v)->chars
#define LEN(v) AS_STR(v)->length

/* The offset just after the last '/' of [s] (0 when there is none). */
static size_t after_last_sep(const char *s, size_t len) {
  while (len > 0 && s[len - 1] != '/') len--;
  return len;
}

/* The head of a split at [i] (after the last '/'): trailing slashes go,
 * unless the head is nothing but slashes. */
static size_t head_length(const char *s, size_t i) {
  size_t head = i;
  while (head > 0 && s[head - 1] == '/') head--;
  return head == 0 ? i : head;
}

/* [*out] = a new str of [len] bytes at [text]. */
static bool text_result(EddyVM *vm, const char *text, size_t len, Value *out) {
  return mod_new_str(vm, text, len, out);
}

/* ---- splitting --------------------------------------------------------------
 */

/* split(p): (head, tail). */
static bool path_split(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  Value p, head, tail;
  if (!one_path(vm, "split", "p", args, nargs, kwnames, &p)) return false;
  size_t i = after_last_sep(TEXT(p), LEN(p));
  if (!text_result(vm, TEXT(p), head_length(TEXT(p), i), &head)) return false;
  gc_push_root(vm, head);
  bool ok = text_result(vm, TEXT(p) + i, LEN(p) - i, &tail) &&
            number_new_pair(vm, head, tail, result);
  gc_pop_roots(vm, 1);
  return ok;
}

/* dirname(p) */
static bool path_dirname(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  Value p;
  if (!one_path(vm, "dirname", "p", args, nargs, kwnames, &p)) return false;
  size_t i = after_last_sep(TEXT(p), LEN(p));
  return text_result(vm, TEXT(p), head_length(TEXT(p), i), result);
}

/* basename(p) */
static bool path_basename(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  Value p;
  if (!one_path(vm, "basename", "p", args, nargs, kwnames, &p)) return false;
  size_t i = after_last_sep(TEXT(p), LEN(p));
  return text_result(vm, TEXT(p) + i, LEN(p) - i, result);
}

/* The offset of the extension's dot in [s], or [len] when there is no
 * extension (leading dots of the file name do not count). */
static size_t extension_start(const char *s, size_t len) {
  size_t name = after_last_sep(s, len);
  const char *dot = NULL;
  for (size_t i = name; i < len; i++) {
    if (s[i] == '.') dot = s + i;
  }
  if (!dot) return len;
  for (const char *c = s + name; c < dot; c++) {
    if (*c != '.') return (size_t)(dot - s);
  }
  return len;
}

/* splitext(p): (root, ext). */
static bool path_splitext(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  Value p, root, ext;
  if (!one_path(vm, "splitext", "p", args, nargs, kwnames, &p)) return false;
  size_t dot = extension_start(TEXT(p), LEN(p));
  if (!text_result(vm, TEXT(p), dot, &root)) return false;
  gc_push_root(vm, root);
  bool ok = text_result(vm, TEXT(p) + dot, LEN(p) - dot, &ext) &&
            number_new_pair(vm, root, ext, result);
  gc_pop_roots(vm, 1);
  return ok;
}

/* isabs(s) */
static bool path_isabs(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  Value s;
  if (!one_path(vm, "isabs", "s", args, nargs, kwnames, &s)) return false;
  *result = BOOL_VAL(LEN(s) > 0 && TEXT(s)[0] == '/');
  return true;
}

/* ---- join
 * --------------------------------------------------------------------- */

/* Raises join's error for the first argument that is not a str (the
 * arguments are [args][0..nargs)), as genericpath._check_arg_types. */
static bool join_type_error(EddyVM *vm, Value *args, int nargs) {
  for (int i = 0; i < nargs; i++) {
    if (IS_STR(args[i])) continue;
    if (IS_BYTES(args[i])) {
      return vm_raise(vm, vm->exc.TypeError,
                      "bytes paths are not supported by Eddy");
    }
    return vm_raise(vm, vm->exc.TypeError,
                    "join() argument must be str, bytes, or os.PathLike "
                    "object, not '%s'",
                    vm_type_name(vm, args[i]));
  }
  return false;
}

/* Appends the component [b] to the path in [buf] as posixpath.join does. */
static bool join_component(ByteBuf *buf, Value b) {
  if (LEN(b) > 0 && TEXT(b)[0] == '/')
    buf_clear(buf);
  else if (buf->len > 0 && buf->data[buf->len - 1] != '/' &&
           !buf_putc(buf, '/')) {
    return false;
  }
  return buf_append(buf, TEXT(b), LEN(b));
}

/* Joins the components [args][1..nargs) onto [a] in [buf]. */
static bool join_all(EddyVM *vm, Value a, Value *args, int nargs,
                     ByteBuf *buf) {
  if (!buf_append(buf, TEXT(a), LEN(a))) return vm_raise_memory(vm);
  for (int i = 1; i < nargs; i++) {
    Value b;
    if (!os_fspath(vm, args[i], &b)) {
      if (!container_catch(vm, vm->exc.TypeError)) return false;
      return join_type_error(vm, args, nargs);
    }
    if (!join_component(buf, b)) return vm_raise_memory(vm);
  }
  return true;
}

/* join(a, *p) */
static bool path_join(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  if (kwnames && kwnames->length > 0) {
    return vm_raise(vm, vm->exc.TypeError,
                    "join() got an unexpected keyword argument '%s'",
                    AS_STR(kwnames->items[0])->chars);
  }
  if (nargs == 0) {
    return vm_raise(vm, vm->exc.TypeError,
                    "join() missing 1 required positional argument: 'a'");
  }
  Value a;
  if (!os_fspath(vm, args[0], &a)) return false;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = join_all(vm, a, args, nargs, &buf) &&
            text_result(vm, buf.data ? buf.data : "", buf.len, result);
  buf_free(&buf);
  return ok;
}

/* ---- normpath and abspath
 * ------------------------------------------------------ */

/* One component of a path: [len] bytes at [text]. */
typedef struct Component {
  const char *text; /* start, inside the path */
  size_t len;       /* bytes */
} Component;

/* True when [c] is "..". */
static bool is_dotdot(Component c) {
  return c.len == 2 && c.text[0] == '.' && c.text[1] == '.';
}

/* Collects the components of the [len] bytes at [s] into [out] (room
 * for [len] + 1), dropping empty ones and ".", and resolving ".." as
 * posixpath.normpath does; returns how many remain. */
static size_t normal_components(const char *s, size_t len, int slashes,
                                Component *out) {
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i < len && s[i] != '/') continue;
    Component c = {s + start, i - start};
    start = i + 1;
    if (c.len == 0 || (c.len == 1 && c.text[0] == '.')) continue;
    if (!is_dotdot(c) || (slashes == 0 && n == 0) ||
        (n > 0 && is_dotdot(out[n - 1]))) {
      out[n++] = c;
    } else if (n > 0) {
      n--;
    }
  }
  return n;
}

/* Appends normpath of the [len] bytes at [s] to [buf]. */
static bool normalize(const char *s, size_t len, ByteBuf *buf) {
  if (len == 0) return buf_putc(buf, '.');
  int slashes = s[0] != '/'                                            ? 0
                : (len > 1 && s[1] == '/' && (len < 3 || s[2] != '/')) ? 2
                                                                       : 1;
  Component *parts = malloc(sizeof(Component) * (len + 1));
  if (!parts) return false;
  size_t n = normal_components(s, len, slashes, parts);
  bool ok = true;
  for (int i = 0; ok && i < slashes; i++) ok = buf_putc(buf, '/');
  for (size_t i = 0; ok && i < n; i++) {
    ok = (i == 0 || buf_putc(buf, '/')) &&
         buf_append(buf, parts[i].text, parts[i].len);
  }
  free(parts);
  return ok && (buf->len > 0 || buf_putc(buf, '.'));
}

/* [*out] = normpath of the str [path]. */
static bool normpath_str(EddyVM *vm, Value path, Value *out) {
  ByteBuf buf;
  buf_init(&buf);
  bool ok = normalize(TEXT(path), LEN(path), &buf);
  ok = ok ? text_result(vm, buf.data, buf.len, out) : vm_raise_memory(vm);
  buf_free(&buf);
  return ok;
}

/* normpath(path) */
static bool path_normpath(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  Value p;
  return one_path(vm, "normpath", "path", args, nargs, kwnames, &p) &&
         normpath_str(vm, p, result);
}

/* abspath(path): normpath(join(getcwd(), path)). */
static bool path_abspath(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  Value p, cwd;
  if (!one_path(vm, "abspath", "path", args, nargs, kwnames, &p)) return false;
  if (LEN(p) > 0 && TEXT(p)[0] == '/') return normpath_str(vm, p, result);
  if (!os_getcwd_str(vm, &cwd)) return false;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = buf_append(&buf, TEXT(cwd), LEN(cwd)) && join_component(&buf, p);
  ByteBuf norm;
  buf_init(&norm);
  ok = ok && normalize(buf.data, buf.len, &norm);
  ok = ok ? text_result(vm, norm.data, norm.len, result) : vm_raise_memory(vm);
  buf_free(&buf);
  buf_free(&norm);
  return ok;
}

/* expanduser(path): a leading "~" or "~user" replaced by the home
 * directory (HOME for "~"); unchanged when it cannot be found. */
static bool path_expanduser(EddyVM *vm, Value *args, int nargs,
                            ObjTuple *kwnames, Value *result) {
  Value p;
  if (!one_path(vm, "expanduser", "path", args, nargs, kwnames, &p)) {
    return false;
  }
  *result = p;
  if (LEN(p) == 0 || TEXT(p)[0] != '~') return true;
  size_t end = 1;
  while (end < LEN(p) && TEXT(p)[end] != '/') end++;
  const char *home = NULL;
  if (end == 1) {
    Value env = mod_attr(vm, "os", "environ");
    ObjStr *key = str_intern_cstr(vm, "HOME");
    Value v = IS_DICT(env) && key ? dict_get_str(AS_DICT(env), key) : UNDEF_VAL;
    home = IS_STR(v) ? TEXT(v) : NULL;
  }
  char user[256];
  if (!home && end - 1 < sizeof user) {
    snprintf(user, sizeof user, "%.*s", (int)(end - 1), TEXT(p) + 1);
    struct passwd *pw = end == 1 ? getpwuid(getuid()) : getpwnam(user);
    home = pw ? pw->pw_dir : NULL;
  }
  if (!home) return true;
  size_t hlen = strlen(home);
  while (hlen > 1 && home[hlen - 1] == '/') hlen--;
  ByteBuf buf;
  buf_init(&buf);
  bool ok = buf_append(&buf, home, hlen) &&
            buf_append(&buf, TEXT(p) + end, LEN(p) - end);
  ok = ok ? text_result(vm, buf.data, buf.len, result) : vm_raise_memory(vm);
  buf_free(&buf);
  return ok;
}

/* ---- queries
 * -------------------------------------------------------------------- */

/* What a query asks of the stat result. */
typedef enum { Q_EXISTS, Q_FILE, Q_DIR, Q_LINK, Q_LEXISTS } Query;

/* Answers the query [q] about the path argument of [name]. */
static bool query(EddyVM *vm, const char *name, const char *param, Value *args,
                  int nargs, ObjTuple *kwnames, Query q, Value *result) {
  const char *params[1] = {param};
  PySignature sig = {name, params, 1, 1, 1};
  Value v[1];
  struct stat st;
  bool found;
  bool follow = q != Q_LINK && q != Q_LEXISTS;
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v) ||
      !os_stat_quiet(vm, v[0], follow, &st, &found)) {
    return false;
  }
  bool answer = found;
  if (found && q == Q_FILE) answer = S_ISREG(st.st_mode);
  if (found && q == Q_DIR) answer = S_ISDIR(st.st_mode);
  if (found && q == Q_LINK) answer = S_ISLNK(st.st_mode);
  *result = BOOL_VAL(answer);
  return true;
}

/* exists(path) */
static bool path_exists(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return query(vm, "exists", "path", args, nargs, kwnames, Q_EXISTS, result);
}

/* lexists(path) */
static bool path_lexists(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  return query(vm, "lexists", "path", args, nargs, kwnames, Q_LEXISTS, result);
}

/* isfile(path) */
static bool path_isfile(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return query(vm, "isfile", "path", args, nargs, kwnames, Q_FILE, result);
}

/* isdir(s) */
static bool path_isdir(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  return query(vm, "isdir", "s", args, nargs, kwnames, Q_DIR, result);
}

/* islink(path) */
static bool path_islink(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  return query(vm, "islink", "path", args, nargs, kwnames, Q_LINK, result);
}

/* Runs os.stat on the argument of [name] (getsize, getmtime). */
static bool stat_arg(EddyVM *vm, const char *name, Value *args, int nargs,
                     ObjTuple *kwnames, struct stat *st) {
  static const char *const params[] = {"filename"};
  PySignature sig = {name, params, 1, 1, 1};
  Value v[1];
  return mod_bind_args(vm, &sig, args, nargs, kwnames, v) &&
         os_stat_loud(vm, v[0], st);
}

/* getsize(filename) */
static bool path_getsize(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  struct stat st;
  if (!stat_arg(vm, "getsize", args, nargs, kwnames, &st)) return false;
  *result = INT_VAL((int64_t)st.st_size);
  return true;
}

/* getmtime(filename): seconds, as os.stat's st_mtime float. */
static bool path_getmtime(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                          Value *result) {
  struct stat st;
  if (!stat_arg(vm, "getmtime", args, nargs, kwnames, &st)) return false;
  *result = FLOAT_VAL((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
  return true;
}

/* ---- the module
 * ------------------------------------------------------------------ */

static const ModuleFunction path_functions[] = {
    {"join", path_join},
    {"split", path_split},
    {"splitext", path_splitext},
    {"basename", path_basename},
    {"dirname", path_dirname},
    {"normpath", path_normpath},
    {"abspath", path_abspath},
    {"isabs", path_isabs},
    {"expanduser", path_expanduser},
    {"exists", path_exists},
    {"lexists", path_lexists},
    {"isfile", path_isfile},
    {"isdir", path_isdir},
    {"islink", path_islink},
    {"getsize", path_getsize},
    {"getmtime", path_getmtime},
};

bool os_path_define(EddyVM *vm, ObjModule *module) {
  return mod_define_functions(vm, module, path_functions,
                              sizeof path_functions /
                                  sizeof path_functions[0]) &&
         mod_set_str(vm, module, "sep", "/") &&
         mod_set_value(vm, module, "altsep", NONE_VAL) &&
         mod_set_str(vm, module, "curdir", ".") &&
         mod_set_str(vm, module, "pardir", "..") &&
         mod_set_str(vm, module, "extsep", ".") &&
         mod_set_str(vm, module, "pathsep", ":") &&
         mod_set_str(vm, module, "defpath", "/bin:/usr/bin") &&
         mod_set_str(vm, module, "devnull", "/dev/null");
}
