/* import_file.h: modules written as source files.
 *
 * import_find_file looks for the module [shortname] in one directory the
 * way CPython's path finder does: a package first (a directory holding
 * __init__.eddy or __init__.py), then NAME.eddy, then NAME.py.
 * import_load_file runs such a file as the module [fullname]: the module
 * object gets __file__ (and __path__ for a package) and __package__, is
 * entered in sys.modules before its body runs (so circular imports find
 * it, partly initialised, as in CPython) and is removed again when the
 * body fails. A syntax error in the file is raised as a SyntaxError
 * carrying the file, line and caret position, so the traceback shows
 * them.
 */
#ifndef EDDY_IMPORT_FILE_H
#define EDDY_IMPORT_FILE_H

#include "lexer/diag.h"
#include "vm/buffer.h"
#include "vm/vm.h"

/* Where a module's source was found. */
typedef struct ImportFile {
  ByteBuf path;    /* the source file (NUL-terminated) */
  ByteBuf dir;     /* for a package: its directory; empty otherwise */
  bool is_package; /* found as DIR/NAME/__init__.* */
} ImportFile;

/* Looks for [shortname] in [dir]; true when found, with [*found] filled
 * (release it with import_file_free). */
bool import_find_file(const char *dir, const char *shortname,
                      ImportFile *found);

/* Frees the paths of [found]. */
void import_file_free(ImportFile *found);

/* Runs [found] as the module [fullname] (a dotted name); [*out] is the
 * module. False after raising. */
bool import_load_file(EddyVM *vm, ObjStr *fullname, const ImportFile *found,
                      Value *out) MUST_CHECK;

/* Raises the SyntaxError [diag] describes for [source] read from
 * [filename]. Always returns false. */
bool import_raise_syntax(EddyVM *vm, const SyntaxDiag *diag,
                         const char *filename, const char *source,
                         size_t length);

#endif
