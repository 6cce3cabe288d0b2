/* import_file.c: finding and running modules written as source files. */
#include "vm/import_file.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/vm_exec.h"

/* The source suffixes, in the order they are tried. */
static const char *const SUFFIXES[] = {".eddy", ".py"};
#define N_SUFFIXES (sizeof SUFFIXES / sizeof SUFFIXES[0])

/* ---- finding -------------------------------------------------------------- */

/* True when [path] names a regular file (or a directory, for [want_dir]). */
static bool path_is(const char *path, bool want_dir) {
  struct stat st;
  if (stat(path, &st) != 0) return false;
  return want_dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
}

/* Sets [buf] to "[dir]/[name][suffix]" ("[name][suffix]" for an empty
 * [dir], the current directory). */
static bool join(ByteBuf *buf, const char *dir, const char *name,
                 const char *suffix) {
  buf_clear(buf);
  if (*dir && !buf_printf(buf, "%s/", dir)) return false;
  return buf_printf(buf, "%s%s", name, suffix);
}

/* Looks for DIR/NAME/__init__.* ; fills [found] as a package. */
static bool find_package(const char *dir, const char *name,
                         ImportFile *found) {
  if (!join(&found->dir, dir, name, "") || !path_is(found->dir.data, true))
    return false;
  for (size_t i = 0; i < N_SUFFIXES; i++) {
    if (!join(&found->path, found->dir.data, "__init__", SUFFIXES[i]))
      return false;
    if (path_is(found->path.data, false)) {
      found->is_package = true;
      return true;
    }
  }
  return false;
}

bool import_find_file(const char *dir, const char *shortname,
                      ImportFile *found) {
  buf_init(&found->path);
  buf_init(&found->dir);
  found->is_package = false;
  if (find_package(dir, shortname, found)) return true;
  buf_clear(&found->dir);
  for (size_t i = 0; i < N_SUFFIXES; i++) {
    if (join(&found->path, dir, shortname, SUFFIXES[i]) &&
        path_is(found->path.data, false))
      return true;
  }
  import_file_free(found);
  return false;
}

void import_file_free(ImportFile *found) {
  buf_free(&found->path);
  buf_free(&found->dir);
}

/* ---- syntax errors -------------------------------------------------------- */

/* The text of line [line] (1-based) of [source], with its newline. */
static const char *line_start(const char *source, size_t length, int line,
                              size_t *len) {
  const char *p = source, *end = source + length;
  for (int i = 1; i < line && p < end; i++) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    p = nl ? nl + 1 : end;
  }
  const char *nl = memchr(p, '\n', (size_t)(end - p));
  *len = (size_t)((nl ? nl + 1 : end) - p);
  return p;
}

/* The exception class a diagnostic names. */
static ObjClass *diag_class(EddyVM *vm, DiagKind kind) {
  switch (kind) {
  case DIAG_INDENTATION_ERROR: return vm->exc.IndentationError;
  case DIAG_TAB_ERROR: return vm->exc.TabError;
  default: return vm->exc.SyntaxError;
  }
}

/* Builds (filename, lineno, offset, text, end_lineno, end_offset). */
static ObjTuple *syntax_location(EddyVM *vm, const SyntaxDiag *diag,
                                 const char *filename, const char *source,
                                 size_t length) {
  ObjTuple *loc = tuple_new(vm, 6);
  if (!loc) return NULL;
  for (size_t i = 0; i < 6; i++) loc->items[i] = NONE_VAL;
  gc_push_root(vm, OBJ_VAL(loc));
  size_t len;
  const char *text = line_start(source, length, diag->line, &len);
  ObjStr *file = str_from_cstr(vm, filename);
  if (file) loc->items[0] = OBJ_VAL(file);
  ObjStr *line = file ? str_new(vm, text, len) : NULL;
  gc_pop_roots(vm, 1);
  if (!line) return NULL;
  loc->items[1] = INT_VAL(diag->line);
  loc->items[2] = diag->col ? INT_VAL(diag->col) : NONE_VAL;
  loc->items[3] = OBJ_VAL(line);
  loc->items[4] = diag->end_line ? INT_VAL(diag->end_line) : NONE_VAL;
  loc->items[5] = diag->end_col ? INT_VAL(diag->end_col) : NONE_VAL;
  return loc;
}

bool import_raise_syntax(EddyVM *vm, const SyntaxDiag *diag,
                         const char *filename, const char *source,
                         size_t length) {
  ObjTuple *args = tuple_new(vm, 2);
  if (!args) return false;
  args->items[0] = args->items[1] = NONE_VAL;
  gc_push_root(vm, OBJ_VAL(args));
  ObjStr *msg = str_from_cstr(vm, diag->message);
  if (msg) args->items[0] = OBJ_VAL(msg);
  ObjTuple *loc =
      msg ? syntax_location(vm, diag, filename, source, length) : NULL;
  if (loc) args->items[1] = OBJ_VAL(loc);
  ObjException *exc =
      loc ? exception_new(vm, diag_class(vm, diag->kind), args) : NULL;
  gc_pop_roots(vm, 1);
  if (!exc) return false;
  return vm_raise_value(vm, OBJ_VAL(exc));
}

/* ---- loading -------------------------------------------------------------- */

/* Reads the whole file [path] into [buf]; false (without raising) when
 * it cannot be read. */
static bool read_source(const char *path, ByteBuf *buf) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return false;
  char chunk[8192];
  size_t n;
  bool ok = true;
  while (ok && (n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
    ok = buf_append(buf, chunk, n);
  }
  ok = ok && !ferror(fp);
  fclose(fp);
  /* An empty file still gets a (NUL-terminated) buffer. */
  if (ok && !buf->data && buf_putc(buf, '\0')) buf->len = 0;
  return ok && buf->data;
}

/* Sets the module attribute [name] to the str [text]. */
static bool set_text(EddyVM *vm, ObjModule *module, const char *name,
                     const char *text, size_t len) {
  ObjStr *key = str_intern_cstr(vm, name);
  if (!key) return false;
  gc_push_root(vm, OBJ_VAL(key));
  ObjStr *value = str_new(vm, text, len);
  gc_pop_roots(vm, 1);
  return value && dict_set_str(vm, module->dict, key, OBJ_VAL(value));
}

/* __file__, __package__ and, for a package, __path__ of [module]. */
static bool set_file_attrs(EddyVM *vm, ObjModule *module, ObjStr *fullname,
                           const ImportFile *found) {
  ObjStr *file = str_new(vm, found->path.data, found->path.len);
  if (!file) return false;
  module->file = OBJ_VAL(file);
  ObjStr *key = str_intern_cstr(vm, "__file__");
  if (!key || !dict_set_str(vm, module->dict, key, OBJ_VAL(file))) return false;
  const char *dot = strrchr(fullname->chars, '.');
  size_t pkg_len = found->is_package ? fullname->length
                   : dot             ? (size_t)(dot - fullname->chars)
                                     : 0;
  if (!set_text(vm, module, "__package__", fullname->chars, pkg_len))
    return false;
  if (!found->is_package) return true;
  ObjList *path = list_new(vm, 0);
  if (!path) return false;
  gc_push_root(vm, OBJ_VAL(path));
  ObjStr *dir = str_new(vm, found->dir.data, found->dir.len);
  bool ok = dir && list_append(vm, path, OBJ_VAL(dir));
  key = ok ? str_intern_cstr(vm, "__path__") : NULL;
  ok = key && dict_set_str(vm, module->dict, key, OBJ_VAL(path));
  gc_pop_roots(vm, 1);
  return ok;
}

/* Runs [source] as the body of [module], registered under [fullname]. */
static bool run_body(EddyVM *vm, ObjModule *module, const char *path,
                     const ByteBuf *source) {
  SyntaxDiag diag = {0};
  module->initializing = true;
  int status =
      vm_exec_source(vm, source->data, source->len, path, module, &diag);
  module->initializing = false;
  if (status == 1)
    return import_raise_syntax(vm, &diag, path, source->data, source->len);
  return status == 0;
}

bool import_load_file(EddyVM *vm, ObjStr *fullname, const ImportFile *found,
                      Value *out) {
  ByteBuf source;
  buf_init(&source);
  if (!read_source(found->path.data, &source)) {
    buf_free(&source);
    return vm_raise(vm, vm->exc.ImportError, "cannot read '%s'",
                    found->path.data);
  }
  ObjModule *module = import_new_module(vm, fullname->chars);
  bool ok = module != NULL;
  if (ok) {
    gc_push_root(vm, OBJ_VAL(module));
    ok = set_file_attrs(vm, module, fullname, found) &&
         dict_set_str(vm, vm->modules, fullname, OBJ_VAL(module));
    if (ok && !run_body(vm, module, found->path.data, &source)) {
      dict_delete_str(vm->modules, fullname);
      ok = false;
    }
    gc_pop_roots(vm, 1);
  }
  buf_free(&source);
  /* The module's body may have replaced its sys.modules entry. */
  if (ok) *out = dict_get_str(vm->modules, fullname);
  if (ok && IS_UNDEF(*out))
    return vm_raise(vm, vm->exc.ImportError,
                    "Loaded module %s not found in sys.modules",
                    fullname->chars);
  return ok;
}
