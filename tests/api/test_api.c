/* test_api.c: include/eddy.h as a host uses it: running code, errors,
 * configuration, slots, containers, globals, calls, handles and native
 * functions. (Futures, the host-driven loop, threads and the failing
 * allocator are in test_async.c and test_limits.c.) */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "eddy.h"

static EddyVM *vm;

static void setup(void) { vm = eddy_new(NULL); }
static void teardown(void) { eddy_free(vm); }

TestSuite(api, .init = setup, .fini = teardown);

/* Runs [src], which must succeed. */
static void run_ok(const char *src) {
  EddyStatus status = eddy_run_string(vm, src, "<test>");
  cr_assert_eq(status, EDDY_OK, "%s", eddy_error_traceback(vm));
}

/* ---- running code and errors ---- */

Test(api, version) { cr_assert_str_eq(eddy_version(), "0.1.0"); }

Test(api, free_null) { eddy_free(NULL); }

Test(api, runtime_error_strings) {
  cr_assert_eq(eddy_run_string(vm, "x = 1\nraise ValueError('bad value')\n",
                               "prog.py"),
               EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "ValueError");
  cr_assert_str_eq(eddy_error_message(vm), "bad value");
  cr_assert_str_eq(eddy_error_traceback(vm),
                   "Traceback (most recent call last):\n"
                   "  File \"prog.py\", line 2, in <module>\n"
                   "ValueError: bad value\n");
  /* the VM stays usable, and keeps its globals */
  run_ok("assert x == 1\n");
  cr_assert_str_eq(eddy_error_type(vm), "");
  cr_assert_str_eq(eddy_error_traceback(vm), "");
}

Test(api, syntax_error_strings) {
  cr_assert_eq(eddy_run_string(vm, "x = (1,\n", "bad.py"), EDDY_SYNTAX_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "SyntaxError");
  cr_assert_str_eq(eddy_error_message(vm), "'(' was never closed");
  cr_assert(strstr(eddy_error_traceback(vm), "SyntaxError: '(' was never closed"));
  run_ok("pass\n");
}

Test(api, run_file) {
  char path[] = "/tmp/eddy_api_XXXXXX";
  int fd = mkstemp(path);
  cr_assert(fd >= 0);
  const char *src = "answer = 6 * 7\n";
  cr_assert_eq(write(fd, src, strlen(src)), (ssize_t)strlen(src));
  close(fd);
  cr_assert_eq(eddy_run_file(vm, path), EDDY_OK);
  unlink(path);
  cr_assert(eddy_ensure_slots(vm, 1));
  long long n;
  cr_assert(eddy_get_global(vm, NULL, "answer", 0) && eddy_get_int(vm, 0, &n));
  cr_assert_eq(n, 42);
  cr_assert_eq(eddy_run_file(vm, "/nonexistent/x.py"), EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "FileNotFoundError");
  cr_assert_str_eq(eddy_error_message(vm),
                   "can't open file '/nonexistent/x.py'");
}

/* ---- configuration ---- */

static char captured[4096];

/* A write hook appending to [captured], tagged by the user pointer. */
static void capture(EddyVM *v, const char *text, size_t len, void *user) {
  (void)v;
  strncat(captured, (const char *)user, sizeof captured - strlen(captured) - 1);
  size_t room = sizeof captured - strlen(captured) - 1;
  strncat(captured, text, len < room ? len : room);
}

Test(api, write_hooks) {
  EddyConfig config = {0};
  config.write_out = capture;
  config.write_err = capture;
  config.write_user = "|";
  EddyVM *v = eddy_new(&config);
  cr_assert(v);
  captured[0] = '\0';
  cr_assert_eq(eddy_run_string(v, "import sys\nprint('hi')\n"
                                  "print('err', file=sys.stderr)\n",
                               "<t>"),
               EDDY_OK);
  cr_assert_str_eq(captured, "|hi\n|err\n");
  eddy_free(v);
}

Test(api, user_data) {
  int token;
  EddyConfig config = {0};
  config.user_data = &token;
  EddyVM *v = eddy_new(&config);
  cr_assert_eq(eddy_user_data(v), &token);
  eddy_free(v);
  cr_assert_null(eddy_user_data(vm));
}

Test(api, module_paths) {
  char dir[] = "/tmp/eddy_mods_XXXXXX";
  cr_assert(mkdtemp(dir));
  char file[128];
  snprintf(file, sizeof file, "%s/helper.py", dir);
  FILE *f = fopen(file, "w");
  fputs("def triple(x):\n    return 3 * x\n", f);
  fclose(f);
  const char *paths[] = {dir, NULL};
  EddyConfig config = {0};
  config.module_paths = paths;
  EddyVM *v = eddy_new(&config);
  cr_assert_eq(eddy_run_string(v, "import helper, sys\n"
                                  "assert helper.triple(5) == 15\n"
                                  "assert sys.path == [sys.path[0]]\n",
                               "<t>"),
               EDDY_OK, "%s", eddy_error_traceback(v));
  eddy_free(v);
  unlink(file);
  rmdir(dir);
}

Test(api, exclude_modules) {
  EddyConfig config = {0};
  config.exclude = EDDY_EXCLUDE_FFI | EDDY_EXCLUDE_OS | EDDY_EXCLUDE_OPEN;
  EddyVM *v = eddy_new(&config);
  cr_assert_eq(eddy_run_string(v, "import os\n", "<t>"), EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(v), "ModuleNotFoundError");
  cr_assert_str_eq(eddy_error_message(v),
                   "import of os halted; None in sys.modules");
  cr_assert_eq(eddy_run_string(v, "import ffi\n", "<t>"), EDDY_RUNTIME_ERROR);
  cr_assert_eq(eddy_run_string(v, "open('x')\n", "<t>"), EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_message(v), "name 'open' is not defined");
  cr_assert_eq(eddy_run_string(v, "import math\nprint(end='')\n", "<t>"),
               EDDY_OK);
  eddy_free(v);
  /* the default VM has them */
  run_ok("import os\nf = open\n");
}

/* ---- slots ---- */

Test(api, scalars) {
  cr_assert_eq(eddy_slot_count(vm), 0);
  cr_assert(eddy_ensure_slots(vm, 6));
  cr_assert_eq(eddy_slot_count(vm), 6);
  cr_assert_eq(eddy_slot_type(vm, 0), EDDY_TYPE_NONE);
  cr_assert(eddy_set_bool(vm, 0, true));
  cr_assert(eddy_set_int(vm, 1, -9007199254740993LL));
  cr_assert(eddy_set_float(vm, 2, 2.5));
  cr_assert(eddy_set_string(vm, 3, "a\0b\xc3\xa9", 5));
  cr_assert(eddy_set_none(vm, 4));
  cr_assert_eq(eddy_slot_type(vm, 0), EDDY_TYPE_BOOL);
  cr_assert_eq(eddy_slot_type(vm, 1), EDDY_TYPE_INT);
  cr_assert_eq(eddy_slot_type(vm, 2), EDDY_TYPE_FLOAT);
  cr_assert_eq(eddy_slot_type(vm, 3), EDDY_TYPE_STRING);
  cr_assert_eq(eddy_slot_type(vm, 4), EDDY_TYPE_NONE);
  cr_assert_eq(eddy_slot_type(vm, 99), EDDY_TYPE_NONE);
  bool b;
  long long i;
  double d;
  size_t len;
  cr_assert(eddy_get_bool(vm, 0, &b) && b);
  cr_assert(eddy_get_int(vm, 1, &i) && i == -9007199254740993LL);
  cr_assert(eddy_get_float(vm, 2, &d) && d == 2.5);
  cr_assert(eddy_get_float(vm, 1, &d) && d == -9007199254740992.0);
  const char *s = eddy_get_string(vm, 3, &len);
  cr_assert(s && len == 5 && memcmp(s, "a\0b\xc3\xa9", 5) == 0);
  cr_assert(eddy_get_bool(vm, 4, &b) && !b);
  cr_assert(eddy_copy_slot(vm, 5, 1));
  cr_assert(eddy_get_int(vm, 5, &i) && i == -9007199254740993LL);
}

Test(api, slot_errors) {
  cr_assert(eddy_ensure_slots(vm, 2));
  cr_assert(eddy_set_string(vm, 0, "x", 1));
  long long i;
  cr_assert_not(eddy_get_int(vm, 0, &i));
  cr_assert_str_eq(eddy_error_type(vm), "TypeError");
  cr_assert_str_eq(eddy_error_message(vm), "expected int, got str");
  cr_assert_null(eddy_get_string(vm, 1, NULL));
  cr_assert_str_eq(eddy_error_message(vm), "expected str, got NoneType");
  cr_assert_not(eddy_set_int(vm, 2, 1));
  cr_assert_str_eq(eddy_error_type(vm), "SystemError");
  cr_assert_str_eq(eddy_error_message(vm), "slot 2 out of range (2 slots)");
  cr_assert_not(eddy_set_none(vm, -1));
  cr_assert_not(eddy_set_string(vm, 0, "\xff", 1));
  cr_assert_str_eq(eddy_error_type(vm), "ValueError");
  double d;
  cr_assert_not(eddy_get_float(vm, 0, &d));
  cr_assert_not(eddy_ensure_slots(vm, 1 << 30));
  cr_assert_str_eq(eddy_error_type(vm), "MemoryError");
  run_ok("big = 2 ** 80\n");
  cr_assert(eddy_get_global(vm, NULL, "big", 1));
  cr_assert_not(eddy_get_int(vm, 1, &i));
  cr_assert_str_eq(eddy_error_type(vm), "OverflowError");
  cr_assert(eddy_get_float(vm, 1, &d) == false);
}

/* ---- containers ---- */

Test(api, list_dict_tuple) {
  cr_assert(eddy_ensure_slots(vm, 5));
  cr_assert(eddy_set_new_list(vm, 0));
  cr_assert_eq(eddy_slot_type(vm, 0), EDDY_TYPE_LIST);
  for (int k = 0; k < 3; k++) {
    cr_assert(eddy_set_int(vm, 1, k * 10));
    cr_assert(eddy_list_append(vm, 0, 1));
  }
  long long n;
  cr_assert(eddy_len(vm, 0, &n) && n == 3);
  cr_assert(eddy_get_index(vm, 0, -1, 2) && eddy_get_int(vm, 2, &n));
  cr_assert_eq(n, 20);
  cr_assert_not(eddy_get_index(vm, 0, 3, 2));
  cr_assert_str_eq(eddy_error_type(vm), "IndexError");
  cr_assert_str_eq(eddy_error_message(vm), "list index out of range");
  cr_assert_not(eddy_list_append(vm, 1, 1));
  cr_assert_str_eq(eddy_error_message(vm), "expected list, got int");

  cr_assert(eddy_set_new_dict(vm, 1));
  cr_assert_eq(eddy_slot_type(vm, 1), EDDY_TYPE_DICT);
  cr_assert(eddy_set_string(vm, 2, "k", 1));
  cr_assert(eddy_set_item(vm, 1, 2, 0));
  cr_assert(eddy_get_item(vm, 1, 2, 3));
  cr_assert_eq(eddy_slot_type(vm, 3), EDDY_TYPE_LIST);
  cr_assert(eddy_set_string(vm, 2, "missing", 7));
  cr_assert_not(eddy_get_item(vm, 1, 2, 3));
  cr_assert_str_eq(eddy_error_type(vm), "KeyError");
  cr_assert_str_eq(eddy_error_message(vm), "'missing'");
  cr_assert(eddy_set_item(vm, 1, 2, 1) == true); /* d['missing'] = d */

  cr_assert(eddy_set_new_tuple(vm, 4, 0, 2));
  cr_assert_eq(eddy_slot_type(vm, 4), EDDY_TYPE_TUPLE);
  cr_assert(eddy_len(vm, 4, &n) && n == 2);
  cr_assert_not(eddy_set_new_tuple(vm, 4, 3, 5));
  cr_assert_not(eddy_set_new_tuple(vm, 4, 0, -1));
  cr_assert(eddy_set_global(vm, NULL, "t", 4));
  run_ok("assert t[0] == [0, 10, 20]\n"
         "assert t[1] == {'k': t[0], 'missing': t[1]}\n");
  cr_assert(eddy_set_new_tuple(vm, 4, 0, 0));
  cr_assert(eddy_len(vm, 4, &n) && n == 0);
}

/* ---- globals, attributes, calls ---- */

Test(api, globals_and_attributes) {
  cr_assert(eddy_ensure_slots(vm, 3));
  cr_assert(eddy_set_int(vm, 0, 7));
  cr_assert(eddy_set_global(vm, NULL, "seven", 0));
  run_ok("class P:\n    pass\np = P()\np.x = seven * 6\n");
  cr_assert(eddy_get_global(vm, NULL, "p", 1));
  cr_assert(eddy_get_attr(vm, 1, "x", 2));
  long long n;
  cr_assert(eddy_get_int(vm, 2, &n) && n == 42);
  cr_assert(eddy_set_attr(vm, 1, "y", 0));
  run_ok("assert p.y == 7\n");
  cr_assert_not(eddy_get_attr(vm, 1, "nope", 2));
  cr_assert_str_eq(eddy_error_type(vm), "AttributeError");
  cr_assert_str_eq(eddy_error_message(vm), "'P' object has no attribute 'nope'");
  cr_assert_not(eddy_get_global(vm, NULL, "undefined_name", 0));
  cr_assert_str_eq(eddy_error_type(vm), "NameError");
  cr_assert_str_eq(eddy_error_message(vm), "name 'undefined_name' is not defined");
  cr_assert_not(eddy_get_global(vm, "nosuchmodule", "x", 0));
  cr_assert_str_eq(eddy_error_type(vm), "ModuleNotFoundError");
  cr_assert_not(eddy_get_attr(vm, 1, NULL, 2));

  cr_assert(eddy_import(vm, "math", 0));
  cr_assert(eddy_get_attr(vm, 0, "pi", 1));
  double pi;
  cr_assert(eddy_get_float(vm, 1, &pi) && pi > 3.14 && pi < 3.15);
  cr_assert(eddy_get_global(vm, "math", "e", 1));
  cr_assert(eddy_import(vm, "os.path", 0));
  cr_assert(eddy_get_attr(vm, 0, "join", 1));
  cr_assert_not(eddy_import(vm, "no_such_module_here", 0));
  cr_assert_str_eq(eddy_error_message(vm),
                   "No module named 'no_such_module_here'");
  cr_assert(eddy_set_int(vm, 2, 5));
  cr_assert(eddy_set_global(vm, "math", "five", 2));
  run_ok("import math\nassert math.five == 5\n");
}

Test(api, calls) {
  run_ok("def add(a, b):\n    return a + b\n"
         "def boom():\n    raise KeyError('k')\n");
  cr_assert(eddy_ensure_slots(vm, 4));
  cr_assert(eddy_get_global(vm, NULL, "add", 0));
  cr_assert(eddy_set_string(vm, 1, "ab", 2));
  cr_assert(eddy_set_string(vm, 2, "cd", 2));
  cr_assert(eddy_call(vm, 0, 1, 2, 3));
  cr_assert_str_eq(eddy_get_string(vm, 3, NULL), "abcd");
  cr_assert(eddy_call_method(vm, 3, "upper", 0, 0, 3));
  cr_assert_str_eq(eddy_get_string(vm, 3, NULL), "ABCD");
  cr_assert(eddy_set_string(vm, 1, "B", 1));
  cr_assert(eddy_call_method(vm, 3, "find", 1, 1, 2));
  long long n;
  cr_assert(eddy_get_int(vm, 2, &n) && n == 1);
  cr_assert_not(eddy_call(vm, 0, 1, 1, 3));
  cr_assert_str_eq(eddy_error_type(vm), "TypeError");
  cr_assert_str_eq(eddy_error_message(vm),
                   "add() missing 1 required positional argument: 'b'");
  cr_assert(eddy_get_global(vm, NULL, "boom", 0));
  cr_assert_not(eddy_call(vm, 0, 0, 0, 1));
  cr_assert_str_eq(eddy_error_type(vm), "KeyError");
  cr_assert(strstr(eddy_error_traceback(vm), "line 4, in boom"));
  cr_assert_not(eddy_call_method(vm, 3, "nomethod", 0, 0, 1));
  cr_assert_str_eq(eddy_error_type(vm), "AttributeError");
  cr_assert_not(eddy_call(vm, 0, 2, 5, 1));
  cr_assert_str_eq(eddy_error_type(vm), "SystemError");
}

/* ---- handles ---- */

Test(api, handles_survive_collections) {
  cr_assert(eddy_ensure_slots(vm, 1));
  cr_assert(eddy_set_string(vm, 0, "kept by a handle", 16));
  EddyHandle *h = eddy_handle_new(vm, 0);
  EddyHandle *h2 = eddy_handle_new(vm, 0);
  cr_assert(h && h2);
  cr_assert(eddy_set_none(vm, 0));
  eddy_handle_release(vm, h2);
  /* enough garbage for collections (the stress build collects at every
   * allocation anyway) */
#ifdef EDDY_STRESS_GC
  run_ok("junk = [str(i) * 10 for i in range(300)]\ndel junk\n");
#else
  run_ok("for k in range(3):\n    junk = [str(i) * 10 for i in range(100000)]\n"
         "del junk\n");
#endif
  cr_assert(eddy_set_handle(vm, 0, h));
  cr_assert_str_eq(eddy_get_string(vm, 0, NULL), "kept by a handle");
  eddy_handle_release(vm, h);
  eddy_handle_release(vm, NULL);
  cr_assert_not(eddy_set_handle(vm, 0, NULL));
  EddyHandle *leaked = eddy_handle_new(vm, 0); /* eddy_free releases it */
  cr_assert(leaked);
  cr_assert_null(eddy_handle_new(vm, 5));
}

/* ---- native functions ---- */

/* scale(x): x times the int the user pointer points to. */
static bool scale(EddyVM *v, int argc, void *user) {
  if (argc != 1) return eddy_raise(v, "TypeError", "scale() takes 1 argument (%d given)", argc);
  long long x;
  if (!eddy_get_int(v, 1, &x)) return false;
  return eddy_set_int(v, 0, x * *(int *)user);
}

/* fails(): raises ValueError. */
static bool fails(EddyVM *v, int argc, void *user) {
  (void)argc, (void)user;
  return eddy_raise(v, "ValueError", "native says no: %d", 7);
}

/* silent(): returns false without raising (a host bug). */
static bool silent(EddyVM *v, int argc, void *user) {
  (void)v, (void)argc, (void)user;
  return false;
}

/* apply(f, x): calls the script's f with x and returns the result + 1. */
static bool apply(EddyVM *v, int argc, void *user) {
  (void)user;
  if (argc != 2) return eddy_raise(v, "TypeError", "apply() takes 2 arguments");
  long long n;
  if (!eddy_ensure_slots(v, 4) || !eddy_call(v, 1, 2, 1, 3) ||
      !eddy_get_int(v, 3, &n))
    return false;
  return eddy_set_int(v, 0, n + 1);
}

/* bad_type(): raises an exception class that does not exist. */
static bool bad_type(EddyVM *v, int argc, void *user) {
  (void)argc, (void)user;
  return eddy_raise(v, "NoSuchError", "x");
}

/* pair(a, b): returns (a, b) and leaves slots for the script. */
static bool pair(EddyVM *v, int argc, void *user) {
  (void)user;
  return eddy_set_new_tuple(v, 0, 1, argc);
}

Test(api, native_functions) {
  int factor = 3;
  cr_assert(eddy_define_function(vm, NULL, "scale", scale, &factor));
  cr_assert(eddy_define_module(vm, "game"));
  cr_assert(eddy_define_function(vm, "game", "fails", fails, NULL));
  cr_assert(eddy_define_function(vm, "game", "silent", silent, NULL));
  cr_assert(eddy_define_function(vm, "game", "apply", apply, NULL));
  cr_assert(eddy_define_function(vm, "game", "bad_type", bad_type, NULL));
  cr_assert(eddy_define_function(vm, "game", "pair", pair, NULL));
  run_ok("assert scale(14) == 42\n"
         "import game\n"
         "try:\n    game.fails()\nexcept ValueError as e:\n"
         "    assert str(e) == 'native says no: 7', e\n"
         "try:\n    game.silent()\nexcept SystemError as e:\n"
         "    assert str(e) == 'silent() returned false without raising', e\n"
         "try:\n    scale(1, 2)\nexcept TypeError as e:\n"
         "    assert str(e) == 'scale() takes 1 argument (2 given)', e\n"
         "try:\n    scale(x=1)\nexcept TypeError as e:\n"
         "    assert str(e) == 'scale() takes no keyword arguments', e\n"
         "try:\n    scale('a')\nexcept TypeError as e:\n"
         "    assert str(e) == 'expected int, got str', e\n"
         "try:\n    game.bad_type()\nexcept SystemError as e:\n"
         "    assert str(e) == \"unknown exception type 'NoSuchError': x\", e\n"
         "assert game.apply(lambda n: n * 2, 20) == 41\n"
         "assert game.pair(1, 'b') == (1, 'b')\n"
         "assert game.pair() == ()\n"
         "assert game.apply.__name__ == 'apply'\n");
  /* a native raising out of the script reaches the host's strings */
  cr_assert_eq(eddy_run_string(vm, "import game\ngame.fails()\n", "<t>"),
               EDDY_RUNTIME_ERROR);
  cr_assert_str_eq(eddy_error_type(vm), "ValueError", "%s", eddy_error_traceback(vm));
  cr_assert_str_eq(eddy_error_message(vm), "native says no: 7");
  /* the host's slots are untouched by the natives' frames */
  cr_assert(eddy_ensure_slots(vm, 2));
  cr_assert(eddy_set_int(vm, 1, 5));
  cr_assert(eddy_get_global(vm, NULL, "scale", 0));
  cr_assert(eddy_call(vm, 0, 1, 1, 0));
  long long n;
  cr_assert(eddy_get_int(vm, 0, &n) && n == 15);
  cr_assert_eq(eddy_slot_count(vm), 2);
  cr_assert_not(eddy_define_function(vm, "nomodule", "f", scale, NULL));
  cr_assert_not(eddy_define_function(vm, NULL, NULL, scale, NULL));
  cr_assert_not(eddy_define_module(vm, NULL));
}

Test(api, raise_at_top_level) {
  cr_assert_not(eddy_raise(vm, "KeyError", "%s", "top"));
  cr_assert_str_eq(eddy_error_type(vm), "KeyError");
  cr_assert_str_eq(eddy_error_message(vm), "'top'");
  run_ok("pass\n");
}
