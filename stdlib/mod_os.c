/* mod_os.c: the os module (os.path is in mod_os_path.c; see mod_os.h).
 *
 * Failing system calls raise the OSError subclass of their errno with
 * the path in the message, as CPython does: FileNotFoundError "[Errno 2]
 * No such file or directory: 'x'", and for rename "... 'a' -> 'b'".
 *
 * os.environ is a plain dict made from the environment when os is first
 * imported (CPython's is an os._Environ mapping); getenv reads it, so
 * assignments to os.environ are seen by getenv, but they are not passed
 * to the process environment. Variables whose text is not UTF-8 are left
 * out.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stdlib/mod_common.h"
#include "stdlib/mod_os.h"
#include "stdlib/modules.h"
#include "vm/container.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/native.h"
#include "vm/obj_bytes.h"
#include "vm/obj_dict.h"
#include "vm/obj_int.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/unicode.h"

/* ---- path arguments --------------------------------------------------------
 */

/* Raises the refusal of bytes paths. Always false. */
static bool no_bytes_paths(EddyVM *vm) {
  return vm_raise(vm, vm->exc.TypeError,
                  "bytes paths are not supported by Eddy");
}

/* [*out] = the result of [v].__fspath__() when [v]'s class has one
 * ([*found] set); the result must be a str. */
static bool call_fspath(EddyVM *vm, Value v, Value *out, bool *found) {
  Value method;
  if (!mod_special_method(vm, v, "__fspath__", &method)) return false;
  *found = !IS_UNDEF(method);
  if (!*found) return true;
  if (!vm_call(vm, method, &v, 1, NULL, out)) return false;
  if (IS_STR(*out)) return true;
  if (IS_BYTES(*out)) return no_bytes_paths(vm);
  return vm_raise(vm, vm->exc.TypeError,
                  "expected %s.__fspath__() to return str or bytes, not %s",
                  vm_type_name(vm, v), vm_type_name(vm, *out));
}

bool os_fspath(EddyVM *vm, Value v, Value *out) {
  if (IS_STR(v)) {
    *out = v;
    return true;
  }
  if (IS_BYTES(v)) return no_bytes_paths(vm);
  bool found = false;
  if (!call_fspath(vm, v, out, &found)) return false;
  if (found) return true;
  return vm_raise(vm, vm->exc.TypeError,
                  "expected str, bytes or os.PathLike object, not %s",
                  vm_type_name(vm, v));
}

/* The kinds of argument [kinds] accepts, as CPython's message lists
 * them. */
static const char *kinds_text(PathKinds kinds) {
  switch (kinds) {
  case PATH_FD: return "string, bytes, os.PathLike or integer";
  case PATH_FD_NONE: return "string, bytes, os.PathLike, integer or None";
  default: return "string, bytes or os.PathLike";
  }
}

bool os_path_arg(EddyVM *vm, Value v, const char *fname, const char *param,
                 PathKinds kinds, Value *out) {
  bool found = IS_STR(v);
  *out = v;
  if (IS_BYTES(v)) return no_bytes_paths(vm);
  if (IS_NONE(v) && kinds == PATH_FD_NONE) return mod_new_str(vm, ".", 1, out);
  if (IS_ANY_INT(v) && kinds != PATH_STR) return mod_to_index(vm, v, out);
  if (!found && !call_fspath(vm, v, out, &found)) return false;
  if (!found) {
    return vm_raise(vm, vm->exc.TypeError, "%s: %s should be %s, not %s", fname,
                    param, kinds_text(kinds), vm_type_name(vm, v));
  }
  ObjStr *s = AS_STR(*out);
  if (strlen(s->chars) != s->length) {
    return vm_raise(vm, vm->exc.ValueError, "embedded null byte");
  }
  return true;
}

/* Reads the one path argument of the os function [fname] (parameter
 * named "path", which may also be passed by keyword). */
static bool path_param(EddyVM *vm, const char *fname, Value *args, int nargs,
                       ObjTuple *kwnames, int required, PathKinds kinds,
                       Value *original, Value *path) {
  static const char *const names[] = {"path"};
  Value v[1];
  if (!native_parse_args(vm, fname, args, nargs, kwnames, names, 1, required, 0,
                         v)) {
    return false;
  }
  *original = IS_UNDEF(v[0]) ? NONE_VAL : v[0];
  return os_path_arg(vm, *original, fname, "path", kinds, path);
}

/* The C text of a converted path (a str). */
static const char *path_text(Value path) { return AS_STR(path)->chars; }

/* Raises the OSError of the failed call on [filename]. Always false. */
static bool os_error(EddyVM *vm, Value filename) {
  return mod_raise_os_error(vm, errno, filename, UNDEF_VAL);
}

/* ---- stat, shared with os.path ---------------------------------------------
 */

/* Runs stat (or lstat) on the converted [path] (a str or a descriptor). */
static int stat_path(Value path, bool follow, struct stat *st) {
  if (IS_ANY_INT(path)) {
    int64_t fd = IS_INT(path) ? AS_INT(path) : -1;
    if (fd < INT_MIN || fd > INT_MAX) {
      errno = EBADF;
      return -1;
    }
    return fstat((int)fd, st);
  }
  return follow ? stat(path_text(path), st) : lstat(path_text(path), st);
}

bool os_stat_quiet(EddyVM *vm, Value path, bool follow, struct stat *st,
                   bool *found) {
  Value p;
  *found = false;
  if (!os_path_arg(vm, path, follow ? "stat" : "lstat", "path",
                   follow ? PATH_FD : PATH_STR, &p)) {
    return container_catch(vm, vm->exc.ValueError);
  }
  *found = stat_path(p, follow, st) == 0;
  return true;
}

bool os_stat_loud(EddyVM *vm, Value path, struct stat *st) {
  Value p;
  if (!os_path_arg(vm, path, "stat", "path", PATH_FD, &p)) return false;
  if (stat_path(p, true, st) != 0) return os_error(vm, path);
  return true;
}

/* ---- directories and files -------------------------------------------------
 */

bool os_getcwd_str(EddyVM *vm, Value *out) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return os_error(vm, UNDEF_VAL);
  return mod_new_str(vm, buf, strlen(buf), out);
}

/* getcwd() */
static bool os_getcwd(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  (void)args;
  return native_no_kwargs(vm, "posix.getcwd", kwnames) &&
         native_check_count(vm, "posix.getcwd", nargs, 0, 0) &&
         os_getcwd_str(vm, result);
}

/* Opens the directory [path] (a str, or a descriptor that is
 * duplicated so closing the stream leaves it open). */
static DIR *open_dir(Value path) {
  if (!IS_ANY_INT(path)) return opendir(path_text(path));
  int fd = dup(IS_INT(path) ? (int)AS_INT(path) : -1);
  if (fd < 0) return NULL;
  DIR *dir = fdopendir(fd);
  if (!dir)
    close(fd);
  else
    rewinddir(dir);
  return dir;
}

/* Appends every entry of [dir] but "." and ".." to [list], in the
 * directory's order. */
static bool read_entries(EddyVM *vm, DIR *dir, ObjList *list) {
  struct dirent *entry;
  while ((entry = readdir(dir)) != NULL) {
    const char *name = entry->d_name;
    if (!strcmp(name, ".") || !strcmp(name, "..")) continue;
    size_t len = strlen(name);
    if (!unicode_valid_utf8(name, len)) continue;
    Value str;
    if (!mod_new_str(vm, name, len, &str)) return false;
    gc_push_root(vm, str);
    bool ok = list_append(vm, list, str);
    gc_pop_roots(vm, 1);
    if (!ok) return false;
  }
  return true;
}

/* listdir(path=None): the names in the directory, in its order. */
static bool os_listdir(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  Value original, path;
  if (!path_param(vm, "listdir", args, nargs, kwnames, 0, PATH_FD_NONE,
                  &original, &path)) {
    return false;
  }
  gc_push_root(vm, path);
  DIR *dir = open_dir(path);
  ObjList *list = dir ? list_new(vm, 0) : NULL;
  bool ok = list != NULL;
  if (!dir) {
    Value shown = IS_NONE(original) ? path : original;
    ok = os_error(vm, IS_ANY_INT(path) ? UNDEF_VAL : shown);
  }
  if (list) {
    gc_push_root(vm, OBJ_VAL(list));
    ok = read_entries(vm, dir, list);
    gc_pop_roots(vm, 1);
  }
  if (dir) closedir(dir);
  gc_pop_roots(vm, 1);
  if (ok) *result = OBJ_VAL(list);
  return ok;
}

/* The mode argument of mkdir and makedirs (default 0o777). */
static bool mode_arg(EddyVM *vm, Value v, mode_t *mode) {
  *mode = 0777;
  if (IS_UNDEF(v)) return true;
  Value i;
  if (!mod_to_index(vm, v, &i)) return false;
  if (IS_BIGINT(i) || AS_SMALLINT(i) < INT_MIN || AS_SMALLINT(i) > INT_MAX) {
    return vm_raise(vm, vm->exc.OverflowError,
                    "Python int too large to convert to C int");
  }
  *mode = (mode_t)AS_SMALLINT(i);
  return true;
}

/* mkdir(path, mode=0o777) */
static bool os_mkdir(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  static const char *const names[] = {"path", "mode"};
  Value v[2], path;
  mode_t mode;
  if (!native_parse_args(vm, "mkdir", args, nargs, kwnames, names, 2, 1, 0,
                         v) ||
      !os_path_arg(vm, v[0], "mkdir", "path", PATH_STR, &path) ||
      !mode_arg(vm, v[1], &mode)) {
    return false;
  }
  if (mkdir(path_text(path), mode) != 0) return os_error(vm, v[0]);
  *result = NONE_VAL;
  return true;
}

/* Calls [op] on the one path argument of the os function [fname]. */
static bool path_call(EddyVM *vm, const char *fname, Value *args, int nargs,
                      ObjTuple *kwnames, int (*op)(const char *),
                      Value *result) {
  Value original, path;
  if (!path_param(vm, fname, args, nargs, kwnames, 1, PATH_STR, &original,
                  &path)) {
    return false;
  }
  if (op(path_text(path)) != 0) return os_error(vm, original);
  *result = NONE_VAL;
  return true;
}

/* remove(path) */
static bool os_remove(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return path_call(vm, "remove", args, nargs, kwnames, unlink, result);
}

/* unlink(path) */
static bool os_unlink(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  return path_call(vm, "unlink", args, nargs, kwnames, unlink, result);
}

/* rmdir(path) */
static bool os_rmdir(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                     Value *result) {
  return path_call(vm, "rmdir", args, nargs, kwnames, rmdir, result);
}

/* rename(src, dst) */
static bool os_rename(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  static const char *const names[] = {"src", "dst"};
  Value v[2], src, dst;
  if (!native_parse_args(vm, "rename", args, nargs, kwnames, names, 2, 2, 0,
                         v) ||
      !os_path_arg(vm, v[0], "rename", "src", PATH_STR, &src)) {
    return false;
  }
  gc_push_root(vm, src);
  bool ok = os_path_arg(vm, v[1], "rename", "dst", PATH_STR, &dst);
  gc_pop_roots(vm, 1);
  if (!ok) return false;
  if (rename(path_text(src), path_text(dst)) != 0) {
    return mod_raise_os_error(vm, errno, v[0], v[1]);
  }
  *result = NONE_VAL;
  return true;
}

/* ---- makedirs ---------------------------------------------------------------
 */

/* True when the directory [path] exists. */
static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The offset just after the last '/' in the [len] bytes at [path] (0
 * when there is none): where os.path.split's tail starts. */
static size_t tail_offset(const char *path, size_t len) {
  while (len > 0 && path[len - 1] != '/') len--;
  return len;
}

/* The length of the head of [path] as os.path.split computes it: up to
 * the last '/', trailing slashes removed unless it is all slashes. */
static size_t split_head(const char *path, size_t len) {
  size_t i = tail_offset(path, len);
  size_t head = i;
  while (head > 0 && path[head - 1] == '/') head--;
  return head == 0 ? i : head;
}

/* Creates the directory of the first [len] bytes of [buf] and its
 * missing parents, as CPython's os.makedirs does. On failure [*err] is
 * the errno and [*fail] the length of the path that failed. */
static bool make_dirs(char *buf, size_t len, mode_t mode, bool exist_ok,
                      int *err, size_t *fail) {
  size_t tail_start = tail_offset(buf, len), tail_end = len;
  size_t head = split_head(buf, len);
  if (tail_start == len) { /* "a/b/": the tail is "b" */
    tail_end = head;
    tail_start = tail_offset(buf, head);
    head = split_head(buf, head);
  }
  if (head > 0 && tail_start < tail_end) {
    char saved = buf[head];
    buf[head] = '\0';
    struct stat st;
    bool ok = stat(buf, &st) == 0 ||
              make_dirs(buf, head, 0777, exist_ok, err, fail) || *err == EEXIST;
    buf[head] = saved;
    if (!ok) return false;
    if (tail_end - tail_start == 1 && buf[tail_start] == '.') return true;
  }
  char saved = buf[len];
  buf[len] = '\0';
  bool ok = mkdir(buf, mode) == 0;
  *err = errno;
  *fail = len;
  if (!ok && exist_ok && is_dir(buf)) ok = true;
  buf[len] = saved;
  return ok;
}

/* makedirs(name, mode=0o777, exist_ok=False) */
static bool os_makedirs(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  static const char *const params[] = {"name", "mode", "exist_ok"};
  static const PySignature sig = {"makedirs", params, 3, 3, 1};
  Value v[3], path;
  mode_t mode;
  bool exist_ok = false;
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v) ||
      !os_path_arg(vm, v[0], "mkdir", "path", PATH_STR, &path) ||
      !mode_arg(vm, v[1], &mode) ||
      (!IS_UNDEF(v[2]) && !value_truthy(vm, v[2], &exist_ok))) {
    return false;
  }
  ObjStr *s = AS_STR(path);
  char *buf = malloc(s->length + 1);
  if (!buf) return vm_raise_memory(vm);
  memcpy(buf, s->chars, s->length + 1);
  int err = 0;
  size_t fail = 0;
  bool ok = make_dirs(buf, s->length, mode, exist_ok, &err, &fail);
  Value name = v[0];
  bool named = ok || fail >= s->length || mod_new_str(vm, buf, fail, &name);
  free(buf);
  if (ok) {
    *result = NONE_VAL;
    return true;
  }
  return named && mod_raise_os_error(vm, err, name, UNDEF_VAL);
}

/* ---- process and system -----------------------------------------------------
 */

/* getpid() */
static bool os_getpid(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "posix.getpid", kwnames) ||
      !native_check_count(vm, "posix.getpid", nargs, 0, 0)) {
    return false;
  }
  *result = INT_VAL(getpid());
  return true;
}

/* getppid() */
static bool os_getppid(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "posix.getppid", kwnames) ||
      !native_check_count(vm, "posix.getppid", nargs, 0, 0)) {
    return false;
  }
  *result = INT_VAL(getppid());
  return true;
}

/* cpu_count(): the number of online processors, or None. */
static bool os_cpu_count(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                         Value *result) {
  (void)args;
  if (!native_no_kwargs(vm, "cpu_count", kwnames) ||
      !native_check_count(vm, "cpu_count", nargs, 0, 0)) {
    return false;
  }
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  *result = n >= 1 ? INT_VAL(n) : NONE_VAL;
  return true;
}

/* strerror(code, /) */
static bool os_strerror(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                        Value *result) {
  Value code;
  if (!native_no_kwargs(vm, "posix.strerror", kwnames) ||
      !native_check_count(vm, "posix.strerror", nargs, 1, 1) ||
      !mod_to_index(vm, args[0], &code)) {
    return false;
  }
  int n = IS_INT(code) && AS_INT(code) >= INT_MIN && AS_INT(code) <= INT_MAX
              ? (int)AS_INT(code)
              : -1;
  const char *text = strerror(n);
  return mod_new_str(vm, text, strlen(text), result);
}

/* urandom(size, /): [size] bytes from the kernel's random source. */
static bool os_urandom(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                       Value *result) {
  Value size;
  if (!native_no_kwargs(vm, "posix.urandom", kwnames) ||
      !native_check_count(vm, "posix.urandom", nargs, 1, 1) ||
      !mod_to_index(vm, args[0], &size)) {
    return false;
  }
  if (int_sign(size) < 0) {
    return vm_raise(vm, vm->exc.ValueError, "negative argument not allowed");
  }
  if (IS_BIGINT(size)) return vm_raise_memory(vm);
  ObjBytes *bytes = bytes_alloc(vm, (size_t)AS_INT(size));
  if (!bytes) return false;
  size_t done = 0;
  while (done < bytes->length) {
    ssize_t n = getrandom(bytes->data + done, bytes->length - done, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return os_error(vm, UNDEF_VAL);
    done += (size_t)n;
  }
  *result = OBJ_VAL(bytes);
  return true;
}

/* getenv(key, default=None): os.environ.get(key, default). */
static bool os_getenv(EddyVM *vm, Value *args, int nargs, ObjTuple *kwnames,
                      Value *result) {
  static const char *const params[] = {"key", "default"};
  static const PySignature sig = {"getenv", params, 2, 2, 1};
  Value v[2];
  if (!mod_bind_args(vm, &sig, args, nargs, kwnames, v)) return false;
  if (!IS_STR(v[0])) {
    return vm_raise(vm, vm->exc.TypeError, "str expected, not %s",
                    vm_type_name(vm, v[0]));
  }
  *result = IS_UNDEF(v[1]) ? NONE_VAL : v[1];
  Value environ_dict = mod_attr(vm, "os", "environ");
  if (IS_DICT(environ_dict)) {
    Value found = dict_get_str(AS_DICT(environ_dict), AS_STR(v[0]));
    if (!IS_UNDEF(found)) *result = found;
    return true;
  }
  const char *text = getenv(AS_STR(v[0])->chars);
  if (!text) return true;
  return mod_new_str(vm, text, strlen(text), result);
}

/* ---- the module
 * ---------------------------------------------------------------- */

/* Adds the variable "NAME=value" [entry] to [dict] when it is UTF-8. */
static bool add_variable(EddyVM *vm, ObjDict *dict, const char *entry) {
  const char *eq = strchr(entry, '=');
  if (!eq || eq == entry || !unicode_valid_utf8(entry, strlen(entry))) {
    return true;
  }
  Value key, value;
  if (!mod_new_str(vm, entry, (size_t)(eq - entry), &key)) return false;
  gc_push_root(vm, key);
  bool ok = mod_new_str(vm, eq + 1, strlen(eq + 1), &value) &&
            dict_set(vm, dict, key, value);
  gc_pop_roots(vm, 1);
  return ok;
}

/* Defines os.environ from the process environment. */
static bool define_environ(EddyVM *vm, ObjModule *module) {
  extern char **environ;
  ObjDict *dict = dict_new(vm);
  if (!dict) return false;
  gc_push_root(vm, OBJ_VAL(dict));
  bool ok = true;
  for (char **e = environ; ok && e && *e; e++) ok = add_variable(vm, dict, *e);
  ok = ok && mod_set_value(vm, module, "environ", OBJ_VAL(dict));
  gc_pop_roots(vm, 1);
  return ok;
}

/* Creates os.path (the posixpath module), registered as "os.path" and
 * "posixpath". */
static bool define_path_module(EddyVM *vm, ObjModule *os_module) {
  ObjModule *path = import_new_module(vm, "posixpath");
  if (!path) return false;
  gc_push_root(vm, OBJ_VAL(path));
  bool ok = os_path_define(vm, path) && import_register(vm, "os.path", path) &&
            import_register(vm, "posixpath", path) &&
            mod_set_value(vm, os_module, "path", OBJ_VAL(path));
  gc_pop_roots(vm, 1);
  return ok;
}

/* Defines os's constants. */
static bool define_constants(EddyVM *vm, ObjModule *module) {
  return mod_set_str(vm, module, "name", "posix") &&
         mod_set_str(vm, module, "sep", "/") &&
         mod_set_value(vm, module, "altsep", NONE_VAL) &&
         mod_set_str(vm, module, "linesep", "\n") &&
         mod_set_str(vm, module, "curdir", ".") &&
         mod_set_str(vm, module, "pardir", "..") &&
         mod_set_str(vm, module, "extsep", ".") &&
         mod_set_str(vm, module, "pathsep", ":") &&
         mod_set_str(vm, module, "devnull", "/dev/null") &&
         mod_set_value(vm, module, "F_OK", INT_VAL(F_OK)) &&
         mod_set_value(vm, module, "R_OK", INT_VAL(R_OK)) &&
         mod_set_value(vm, module, "W_OK", INT_VAL(W_OK)) &&
         mod_set_value(vm, module, "X_OK", INT_VAL(X_OK));
}

static const ModuleFunction os_functions[] = {
    {"getcwd", os_getcwd},       {"listdir", os_listdir},
    {"mkdir", os_mkdir},         {"makedirs", os_makedirs},
    {"remove", os_remove},       {"unlink", os_unlink},
    {"rmdir", os_rmdir},         {"rename", os_rename},
    {"getpid", os_getpid},       {"getppid", os_getppid},
    {"cpu_count", os_cpu_count}, {"strerror", os_strerror},
    {"urandom", os_urandom},     {"getenv", os_getenv},
};

bool mod_os_init(EddyVM *vm, ObjModule *module) {
  return mod_define_functions(vm, module, os_functions,
                              sizeof os_functions / sizeof os_functions[0]) &&
         define_constants(vm, module) && define_environ(vm, module) &&
         define_path_module(vm, module);
}

bool mod_os_path_init(EddyVM *vm, ObjModule *module) {
  return os_path_define(vm, module);
}
