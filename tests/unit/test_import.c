/* test_import.c: finding, running and caching modules (import.c,
 * import_file.c).
 *
 * Each test builds a small tree of module files and packages in a fresh
 * directory under /tmp (removed again by the suite's fini), then runs a
 * script through the VM that puts the directory first on sys.path and
 * imports from it. The script prints what it finds (module names,
 * attributes, the messages of the errors it catches), so a test is one
 * layout, one script and the output expected of it. The script can call
 * rel(path) to print a path with the directory written as "D", which
 * keeps the expected output independent of the directory's random name.
 *
 * Every expected output was printed by python3 running the same script
 * over the same tree, except where the layout uses .eddy files, which
 * CPython does not know: those follow import_file.h (a package before a
 * module, NAME.eddy before NAME.py).
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "include/eddy.h"
#include "vm/buffer.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/vm.h"

static EddyVM *vm;
static char dir[] = "/tmp/eddy-import-XXXXXX"; /* the tree of a test */
static ByteBuf captured;                       /* what a script printed */
static bool env_changed; /* a test set EDDYPATH; fini restores it */
static char *env_saved;  /* EDDYPATH before the test (malloc'd), or NULL */

/* A write hook that keeps the text in [captured]. */
static void capture(EddyVM *v, const char *text, size_t len) {
  (void)v;
  cr_assert(buf_append(&captured, text, len));
}

/* Replaces the VM with a new one, which reads EDDYPATH afresh. */
static void restart_vm(void) {
  if (vm) vm_free(vm);
  vm = vm_new();
  cr_assert_not_null(vm);
  vm->write_out = capture;
}

static void setup(void) {
  strcpy(dir, "/tmp/eddy-import-XXXXXX");
  cr_assert_not_null(mkdtemp(dir), "mkdtemp: %s", strerror(errno));
  buf_init(&captured);
  env_changed = false;
  env_saved = NULL;
  vm = NULL;
  restart_vm();
}

/* nftw callback: removes one entry, children before their directory. */
static int remove_entry(const char *path, const struct stat *st, int flag,
                        struct FTW *ftw) {
  (void)st;
  (void)flag;
  (void)ftw;
  return remove(path);
}

static void teardown(void) {
  vm_free(vm);
  buf_free(&captured);
  nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
  if (env_changed) {
    if (env_saved)
      setenv("EDDYPATH", env_saved, 1);
    else
      unsetenv("EDDYPATH");
    free(env_saved);
  }
}

TestSuite(import, .init = setup, .fini = teardown);

/* ---- helpers ------------------------------------------------------------- */

/* Writes [text] to the file [relpath] of the test's tree, making the
 * directories on the way. */
static void put(const char *relpath, const char *text) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, relpath);
  for (char *p = path + strlen(dir) + 1; (p = strchr(p, '/')); p++) {
    *p = '\0';
    cr_assert(mkdir(path, 0700) == 0 || errno == EEXIST, "mkdir %s", path);
    *p = '/';
  }
  FILE *fp = fopen(path, "w");
  cr_assert_not_null(fp, "cannot write %s", path);
  fputs(text, fp);
  fclose(fp);
}

/* Sets EDDYPATH to the directories [a] and [b] of the tree (restored by
 * fini) and restarts the VM so that sys.path is built from it. */
static void set_eddypath(const char *a, const char *b) {
  const char *old = getenv("EDDYPATH");
  env_saved = old ? strdup(old) : NULL;
  env_changed = true;
  char value[512];
  snprintf(value, sizeof value, "%s/%s:%s/%s", dir, a, dir, b);
  cr_assert(setenv("EDDYPATH", value, 1) == 0);
  restart_vm();
}

/* Runs [script] after a prelude that puts the tree first on sys.path
 * and defines D (the tree) and rel(); checks that it printed
 * [expected]. */
static void expect_output(const char *script, const char *expected) {
  ByteBuf source;
  buf_init(&source);
  cr_assert(buf_printf(&source,
                       "import sys\n"
                       "D = '%s'\n"
                       "sys.path.insert(0, D)\n"
                       "def rel(p):\n"
                       "    return p.replace(D, 'D')\n"
                       "%s",
                       dir, script));
  EddyStatus status = eddy_run_string(vm, source.data, "<test>");
  buf_free(&source);
  cr_assert_eq(status, EDDY_OK, "%s", eddy_error_traceback(vm));
  cr_assert(buf_append(&captured, "", 0));
  cr_expect_str_eq(captured.data, expected);
}

/* sys.modules[[name]], or UNDEF when it is not there. */
static Value module_entry(const char *name) {
  ObjStr *key = str_intern_cstr(vm, name);
  cr_assert_not_null(key);
  return dict_get_str(vm->modules, key);
}

/* [text] with every occurrence of the tree's path written as "D". */
static char *relative_text(const char *text) {
  ByteBuf out;
  buf_init(&out);
  size_t n = strlen(dir);
  for (const char *p = text; *p;) {
    if (!strncmp(p, dir, n)) {
      cr_assert(buf_putc(&out, 'D'));
      p += n;
    } else {
      cr_assert(buf_putc(&out, *p++));
    }
  }
  cr_assert(buf_append(&out, "", 0));
  return out.data;
}

/* ---- finding a module in one directory ----------------------------------- */

Test(import, eddy_source_before_py,
     .description = "NAME.eddy is found before NAME.py, __init__.eddy before "
                    "__init__.py, and a package before NAME.eddy") {
  put("m1.eddy", "print('m1.eddy')\n");
  put("m1.py", "print('m1.py')\n");
  put("p1/__init__.eddy", "print('p1/__init__.eddy')\n");
  put("p1/__init__.py", "print('p1/__init__.py')\n");
  put("p2/__init__.eddy", "print('p2/__init__.eddy')\n");
  put("p2.eddy", "print('p2.eddy')\n");
  expect_output("import m1\n"
                "import p1\n"
                "import p2\n"
                "print(rel(m1.__file__), rel(p1.__file__), rel(p2.__file__))\n",
                "m1.eddy\n"
                "p1/__init__.eddy\n"
                "p2/__init__.eddy\n"
                "D/m1.eddy D/p1/__init__.eddy D/p2/__init__.eddy\n");
}

Test(import, package_before_module,
     .description = "DIR/NAME/__init__.py wins over DIR/NAME.py; a directory "
                    "without __init__ is passed over for NAME.py") {
  put("pk/__init__.py", "print('package')\n");
  put("pk.py", "print('module')\n");
  put("plaindir/data.txt", "not a module\n");
  put("plaindir.py", "print('plaindir.py')\n");
  expect_output(
      "import pk\n"
      "print(rel(pk.__file__), rel(pk.__path__[0]), pk.__package__)\n"
      "import plaindir\n"
      "print(rel(plaindir.__file__), hasattr(plaindir, '__path__'))\n",
      "package\n"
      "D/pk/__init__.py D/pk pk\n"
      "plaindir.py\n"
      "D/plaindir.py False\n");
}

Test(import, empty_init_file,
     .description = "an empty __init__.py makes a package with __file__, "
                    "__path__ and __package__") {
  put("hollow/__init__.py", "");
  expect_output("import hollow\n"
                "print(hollow.__name__, hollow.__package__, "
                "rel(hollow.__file__), [rel(p) for p in hollow.__path__])\n"
                "print(sorted(k for k in vars(hollow) if k in ('__name__', "
                "'__file__', '__path__', '__package__')))\n",
                "hollow hollow D/hollow/__init__.py ['D/hollow']\n"
                "['__file__', '__name__', '__package__', '__path__']\n");
}

/* ---- search paths -------------------------------------------------------- */

Test(import, first_directory_wins,
     .description = "the first sys.path entry holding the name wins, "
                    "whether it holds a module or a package") {
  put("d1/mod.py", "where = 'd1'\n");
  put("d2/mod.py", "where = 'd2'\n");
  put("d2/pkg2/__init__.py", "where = 'd2 package'\n");
  put("d3/pkg2.py", "where = 'd3 module'\n");
  expect_output("sys.path.insert(0, D + '/d3')\n"
                "sys.path.insert(0, D + '/d2')\n"
                "sys.path.insert(0, D + '/d1')\n"
                "import mod, pkg2\n"
                "print(mod.where, pkg2.where)\n",
                "d1 d2 package\n");
}

Test(import, eddypath_entries,
     .description = "EDDYPATH's directories follow the script's on sys.path, "
                    "in order (as PYTHONPATH's do)") {
  put("e1/envmod.py", "where = 'e1'\n");
  put("e2/envmod.py", "where = 'e2'\n");
  put("e2/envonly.py", "where = 'e2 only'\n");
  set_eddypath("e1", "e2");
  expect_output("import envmod, envonly\n"
                "print(envmod.where, envonly.where)\n"
                "print([rel(p) for p in sys.path if p.startswith(D)])\n",
                "e1 e2 only\n"
                "['D', 'D/e1', 'D/e2']\n");
}

Test(import, package_path_extended,
     .description = "a package's __path__ can grow; `from pkg import *` "
                    "imports the submodules its __all__ names") {
  put("xp/__init__.py", "__path__.append(__path__[0] + '-more')\n"
                        "__all__ = ['inner', 'extra', 'V']\n"
                        "V = 5\n");
  put("xp/inner.py", "I = 'inner'\n");
  put("xp-more/extra.py", "E = 'extra'\n");
  expect_output(
      "from xp import *\n"
      "print(inner.I, extra.E, V, extra.__name__, rel(extra.__file__))\n"
      "import xp.extra\n"
      "print(xp.extra is extra, sys.modules['xp.inner'] is inner)\n",
      "inner extra 5 xp.extra D/xp-more/extra.py\n"
      "True True\n");
}

/* ---- caching ------------------------------------------------------------- */

Test(import, module_runs_once,
     .description = "a module runs once and is cached in sys.modules; after "
                    "its entry is deleted it runs again") {
  put("once.py", "print('running', __name__)\nvalue = 42\n");
  expect_output("import once\n"
                "import once\n"
                "import once as again\n"
                "from once import value\n"
                "print(again is once, value, sys.modules['once'] is once)\n"
                "del sys.modules['once']\n"
                "import once as fresh\n"
                "print(fresh is once, fresh.value)\n",
                "running once\n"
                "True 42 True\n"
                "running once\n"
                "False 42\n");
  Value entry = module_entry("once");
  cr_assert(IS_MODULE(entry));
  cr_expect_not(AS_MODULE(entry)->initializing);
  cr_assert(IS_STR(AS_MODULE(entry)->file));
  char *file = relative_text(AS_STR(AS_MODULE(entry)->file)->chars);
  cr_expect_str_eq(file, "D/once.py");
  free(file);
}

Test(import, module_replaces_own_entry,
     .description = "a module that puts another object in sys.modules under "
                    "its name is imported as that object") {
  put("swap.py", "import sys\n"
                 "class Stand:\n"
                 "    value = 'stand-in'\n"
                 "sys.modules[__name__] = Stand()\n");
  expect_output("import swap\n"
                "print(type(swap).__name__, swap.value)\n"
                "from swap import value\n"
                "print(value, sys.modules['swap'] is swap)\n",
                "Stand stand-in\n"
                "stand-in True\n");
  cr_expect_not(IS_MODULE(module_entry("swap")));
}

/* ---- dotted names -------------------------------------------------------- */

Test(import, submodule_bound_on_package,
     .description = "importing pkg.sub sets pkg.sub; importing pkg alone "
                    "does not") {
  put("pkg/__init__.py", "print('pkg init')\n");
  put("pkg/sub.py", "print('sub', __name__, __package__)\n");
  expect_output(
      "import pkg\n"
      "print(hasattr(pkg, 'sub'))\n"
      "import pkg.sub\n"
      "print(pkg.sub is sys.modules['pkg.sub'], pkg.sub.__name__)\n"
      "print(sorted(k for k in sys.modules if k.startswith('pkg')))\n",
      "pkg init\n"
      "False\n"
      "sub pkg.sub pkg\n"
      "True pkg.sub\n"
      "['pkg', 'pkg.sub']\n");
}

Test(import, dotted_import_binds_top_package,
     .description = "`import a.b.c` runs a, a.b, a.b.c and binds a; `from "
                    "a.b import c` and `import a.b.c as cc` bind the "
                    "submodule") {
  put("a/__init__.py", "print('a')\n");
  put("a/b/__init__.py", "print('a.b')\n");
  put("a/b/c.py", "print('a.b.c')\nX = 'x'\n");
  expect_output("import a.b.c\n"
                "print('a' in globals(), 'b' in globals(), 'c' in globals(), "
                "a.b.c.X)\n"
                "import a.b.c as cc\n"
                "print(cc is sys.modules['a.b.c'])\n"
                "from a.b import c\n"
                "print(c is a.b.c, c.__name__)\n",
                "a\n"
                "a.b\n"
                "a.b.c\n"
                "True False False x\n"
                "True\n"
                "True a.b.c\n");
}

Test(import, from_package_imports_submodule,
     .description = "`from pkg import sub` imports a submodule that is not "
                    "yet an attribute; a missing name is an ImportError") {
  put("fp/__init__.py", "V = 'v'\n");
  put("fp/one.py", "print('one runs')\n");
  put("fp/two.py", "print('two runs')\n");
  expect_output(
      "print(hasattr(sys.modules.get('fp'), 'one'))\n"
      "from fp import one, V, two\n"
      "print(one.__name__, V, two.__name__, 'fp.one' in sys.modules)\n"
      "import fp\n"
      "print(fp.one is one, fp.two is two)\n"
      "try:\n"
      "    from fp import three\n"
      "except ImportError as e:\n"
      "    print(type(e).__name__, rel(str(e)))\n",
      "False\n"
      "one runs\n"
      "two runs\n"
      "fp.one v fp.two True\n"
      "True True\n"
      "ImportError cannot import name 'three' from 'fp' (D/fp/__init__.py)\n");
}

/* ---- relative imports ---------------------------------------------------- */

Test(import, relative_one_dot,
     .description = "`from . import x` and `from .x import y` resolve in the "
                    "package; a plain `import x` inside it stays absolute") {
  put("rp/__init__.py", "from . import helper\nfrom .helper import NAME\n");
  put("rp/helper.py", "NAME = 'helper'\n");
  put("rp/user.py", "from .helper import NAME as N\n"
                    "from . import helper\n"
                    "print(__package__, N, helper.__name__)\n"
                    "import helper\n"
                    "print(helper.NAME)\n");
  put("rp/err1.py", "from . import nosuch\n");
  put("rp/err2.py", "from .nosuch import x\n");
  put("helper.py", "NAME = 'top-level helper'\n");
  expect_output("import rp\n"
                "print(rp.NAME, rp.helper.__name__)\n"
                "import rp.user\n"
                "try:\n"
                "    import rp.err1\n"
                "except ImportError as e:\n"
                "    print(type(e).__name__, rel(str(e)))\n"
                "try:\n"
                "    import rp.err2\n"
                "except ImportError as e:\n"
                "    print(type(e).__name__, e, e.name)\n",
                "helper rp.helper\n"
                "rp helper rp.helper\n"
                "top-level helper\n"
                "ImportError cannot import name 'nosuch' from 'rp' "
                "(D/rp/__init__.py)\n"
                "ModuleNotFoundError No module named 'rp.nosuch' rp.nosuch\n");
}

Test(import, relative_two_dots,
     .description = "`from .. import x` and `from ..x import y` reach the "
                    "parent package of a subpackage") {
  put("top/__init__.py", "T = 'top'\n");
  put("top/util.py", "U = 'util'\n");
  put("top/inner/__init__.py", "from .. import T\n");
  put("top/inner/leaf.py",
      "from ..util import U\n"
      "from .. import util\n"
      "from . import sibling\n"
      "print(__name__, __package__, U, util.__name__, sibling.S)\n");
  put("top/inner/sibling.py", "S = 'sibling'\n");
  expect_output("import top.inner.leaf\n"
                "print(top.inner.T, top.inner.sibling.S)\n",
                "top.inner.leaf top.inner util top.util sibling\n"
                "top sibling\n");
}

Test(import, relative_beyond_top_level,
     .description = "more dots than enclosing packages raise ImportError "
                    "and leave no module behind") {
  put("rb/__init__.py", "");
  put("rb/deep.py", "from ... import other\n");
  put("rb/pkginit/__init__.py", "from ... import x\n");
  expect_output(
      "try:\n"
      "    import rb.deep\n"
      "except ImportError as e:\n"
      "    print(type(e).__name__, e)\n"
      "try:\n"
      "    import rb.pkginit\n"
      "except ImportError as e:\n"
      "    print(type(e).__name__, e)\n"
      "print('rb.deep' in sys.modules, 'rb.pkginit' in sys.modules)\n",
      "ImportError attempted relative import beyond top-level package\n"
      "ImportError attempted relative import beyond top-level package\n"
      "False False\n");
}

Test(import, relative_without_parent,
     .description = "relative imports in __main__ or in a top-level module "
                    "have no known parent package") {
  put("plain.py", "from . import sibling\n");
  put("plain2.py", "from .x import y\n");
  expect_output("try:\n"
                "    from . import anything\n"
                "except ImportError as e:\n"
                "    print('main', type(e).__name__, e)\n"
                "try:\n"
                "    import plain\n"
                "except ImportError as e:\n"
                "    print('plain', type(e).__name__, e)\n"
                "try:\n"
                "    import plain2\n"
                "except ImportError as e:\n"
                "    print('plain2', type(e).__name__, e)\n",
                "main ImportError attempted relative import with no known "
                "parent package\n"
                "plain ImportError attempted relative import with no known "
                "parent package\n"
                "plain2 ImportError attempted relative import with no known "
                "parent package\n");
}

/* ---- circular imports ---------------------------------------------------- */

Test(import, circular_sees_partial_module,
     .description = "a module imported while it runs is the partly "
                    "initialised module object") {
  put("ca.py", "print('ca start')\nimport cb\nX = 'ca.X'\nprint('ca end')\n");
  put("cb.py", "print('cb start')\n"
               "import ca\n"
               "print('cb sees X:', hasattr(ca, 'X'))\n"
               "def get():\n"
               "    return ca.X\n"
               "print('cb end')\n");
  expect_output("import ca\n"
                "import cb\n"
                "print(cb.get(), cb.ca is ca)\n",
                "ca start\n"
                "cb start\n"
                "cb sees X: False\n"
                "cb end\n"
                "ca end\n"
                "ca.X True\n");
}

Test(import, circular_from_import_error,
     .description = "`from a import x` before a defines x names the "
                    "partially initialized module; both modules are "
                    "dropped") {
  put("fa.py", "from fb import y\nx = 1\n");
  put("fb.py", "from fa import x\ny = 2\n");
  expect_output("try:\n"
                "    import fa\n"
                "except ImportError as e:\n"
                "    print(type(e).__name__, rel(str(e)))\n"
                "print('fa' in sys.modules, 'fb' in sys.modules)\n",
                "ImportError cannot import name 'x' from partially "
                "initialized module 'fa' (most likely due to a circular "
                "import) (D/fa.py)\n"
                "False False\n");
}

/* ---- failures ------------------------------------------------------------ */

Test(import, failing_module_removed,
     .description = "a module (or package __init__) that raises is removed "
                    "from sys.modules, not bound on its package, and the "
                    "exception propagates") {
  put("boom.py", "print('boom runs')\nraise ValueError('bad module')\n");
  put("bp/__init__.py", "");
  put("bp/bad.py", "x = 1 // 0\n");
  put("bi/__init__.py", "raise KeyError('init')\n");
  put("bi/sub.py", "print('never runs')\n");
  expect_output("try:\n"
                "    import bi.sub\n"
                "except KeyError as e:\n"
                "    print('caught', repr(e), 'bi' in sys.modules, "
                "'bi.sub' in sys.modules)\n"
                "for i in range(2):\n"
                "    try:\n"
                "        import boom\n"
                "    except ValueError as e:\n"
                "        print('caught', e, 'boom' in sys.modules)\n"
                "try:\n"
                "    import bp.bad\n"
                "except ZeroDivisionError as e:\n"
                "    print('caught', e)\n"
                "import bp\n"
                "print('bp' in sys.modules, 'bp.bad' in sys.modules, "
                "hasattr(bp, 'bad'))\n",
                "caught KeyError('init') False False\n"
                "boom runs\n"
                "caught bad module False\n"
                "boom runs\n"
                "caught bad module False\n"
                "caught integer division or modulo by zero\n"
                "True False False\n");
  cr_expect(IS_UNDEF(module_entry("boom")));
  cr_expect(IS_UNDEF(module_entry("bp.bad")));
}

Test(import, syntax_error_attributes,
     .description = "a syntax error in an imported file is a SyntaxError "
                    "(or IndentationError) with filename, lineno, offset "
                    "and text") {
  put("broken.py", "x = 1\ny = 2\nz = (3 +\n");
  put("broken2.py", "a = 1\nb = 2 +* 3\n");
  put("broken3.py", "def f():\nreturn 1\n");
  expect_output(
      "def show(e):\n"
      "    print(type(e).__name__, e.msg, rel(e.filename), e.lineno, "
      "e.offset, repr(e.text))\n"
      "try:\n"
      "    import broken\n"
      "except SyntaxError as e:\n"
      "    show(e)\n"
      "try:\n"
      "    import broken2\n"
      "except SyntaxError as e:\n"
      "    show(e)\n"
      "try:\n"
      "    import broken3\n"
      "except SyntaxError as e:\n"
      "    show(e)\n"
      "print('broken' in sys.modules, 'broken2' in sys.modules, "
      "'broken3' in sys.modules)\n",
      "SyntaxError '(' was never closed D/broken.py 3 5 'z = (3 +\\n'\n"
      "SyntaxError invalid syntax D/broken2.py 2 8 'b = 2 +* 3\\n'\n"
      "IndentationError expected an indented block after function "
      "definition on line 1 D/broken3.py 2 1 'return 1\\n'\n"
      "False False False\n");
}

Test(import, syntax_error_traceback,
     .description = "an uncaught syntax error in an imported file is "
                    "reported with the file, line and caret, as python3 "
                    "reports it") {
  put("broken.py", "x = 1\ny = 2\nz = (3 +\n");
  char main_path[512], source[512];
  snprintf(source, sizeof source,
           "import sys\nsys.path.insert(0, '%s')\nimport broken\n", dir);
  put("main.py", source);
  snprintf(main_path, sizeof main_path, "%s/main.py", dir);
  cr_assert_eq(eddy_run_file(vm, main_path), EDDY_RUNTIME_ERROR);
  char *report = relative_text(eddy_error_traceback(vm));
  cr_expect_str_eq(report, "Traceback (most recent call last):\n"
                           "  File \"D/main.py\", line 3, in <module>\n"
                           "    import broken\n"
                           "  File \"D/broken.py\", line 3\n"
                           "    z = (3 +\n"
                           "        ^\n"
                           "SyntaxError: '(' was never closed\n");
  free(report);
}

Test(import, missing_top_level_module,
     .description = "ModuleNotFoundError names a missing top-level module "
                    "in its message and .name") {
  expect_output("try:\n"
                "    import no_such_module_xyz\n"
                "except ModuleNotFoundError as e:\n"
                "    print(type(e).__name__, e, e.name, "
                "isinstance(e, ImportError))\n"
                "try:\n"
                "    from no_such_module_xyz import thing\n"
                "except ImportError as e:\n"
                "    print(type(e).__name__, e, e.name)\n",
                "ModuleNotFoundError No module named 'no_such_module_xyz' "
                "no_such_module_xyz True\n"
                "ModuleNotFoundError No module named 'no_such_module_xyz' "
                "no_such_module_xyz\n");
}

Test(import, missing_submodule,
     .description = "a missing submodule is named in full; below a plain "
                    "module the message says it is not a package") {
  put("mp/__init__.py", "");
  put("flat.py", "F = 1\n");
  expect_output("try:\n"
                "    import mp.nope\n"
                "except ModuleNotFoundError as e:\n"
                "    print(repr(str(e)), e.name)\n"
                "try:\n"
                "    import flat.sub\n"
                "except ModuleNotFoundError as e:\n"
                "    print(repr(str(e)), e.name)\n"
                "try:\n"
                "    from mp.nope.deeper import z\n"
                "except ModuleNotFoundError as e:\n"
                "    print(repr(str(e)), e.name)\n"
                "print('flat' in sys.modules, 'mp' in sys.modules)\n",
                "\"No module named 'mp.nope'\" mp.nope\n"
                "\"No module named 'flat.sub'; 'flat' is not a package\" "
                "flat.sub\n"
                "\"No module named 'mp.nope'\" mp.nope\n"
                "True True\n");
}

Test(import, from_non_module_missing_name) {
  put("stand.py", "import sys\n"
                  "class Stand:\n"
                  "    value = 1\n"
                  "sys.modules[__name__] = Stand()\n");
  expect_output("try:\n"
                "    from stand import nosuch\n"
                "except ImportError as e:\n"
                "    print(type(e).__name__, e)\n",
                "ImportError cannot import name 'nosuch' from "
                "'<unknown module name>' (unknown location)\n");
}

Test(import, builtin_submodule_of_non_module) {
  expect_output("class Stand:\n"
                "    pass\n"
                "sys.modules['os'] = Stand()\n"
                "try:\n"
                "    import os.path\n"
                "except ModuleNotFoundError as e:\n"
                "    print(type(e).__name__, e)\n",
                "ModuleNotFoundError No module named 'os.path'; 'os' is not "
                "a package\n");
}

/* ---- Eddy's own modules -------------------------------------------------- */

Test(import, builtin_modules_importable,
     .description = "math (C) and json (Eddy source) import with the tree "
                    "on sys.path") {
  expect_output(
      "import math, json\n"
      "print(math.sqrt(16.0), math.pi > 3)\n"
      "print(json.dumps([1, 'a', None]), json.loads('{\"k\": [2]}'))\n"
      "print(sys.modules['math'] is math, sys.modules['json'] is json, "
      "math.__name__, json.__name__)\n",
      "4.0 True\n"
      "[1, \"a\", null] {'k': [2]}\n"
      "True True math json\n");
}

Test(import, script_dir_shadows_source_stdlib,
     .description = "json.py in a directory before the standard modules "
                    "hides Eddy's json, as the script directory hides "
                    "CPython's") {
  put("json.py", "def dumps(obj):\n    return 'shadowed'\n");
  expect_output("import json\n"
                "print(json.dumps([1]), rel(json.__file__))\n"
                "import math\n"
                "print(math.floor(2.5))\n",
                "shadowed D/json.py\n"
                "2\n");
}

Test(import, builtin_modules_not_shadowed) {
  put("env/sys.py", "print('sys.py runs')\n");
  put("env/time.py", "print('time.py runs')\n");
  put("env2/unused.py", "");
  set_eddypath("env", "env2");
  expect_output("import time\n"
                "print(sys.version_info[0], time.time() > 0)\n"
                "print(sys.modules['sys'] is sys)\n",
                "3 True\n"
                "True\n");
}
