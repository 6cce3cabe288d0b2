/* test_protocol.c: repr, equality, hashing, errors and tracebacks of the
 * generic operations.
 *
 * Every expected string here was printed by CPython 3.11 for the same
 * values (addresses aside), so a failure reads like a Python session.
 */
#include <criterion/criterion.h>
#include <string.h>
#include <unistd.h>

#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/native.h"
#include "vm/obj_dict.h"
#include "vm/obj_function.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

static EddyVM *vm;
/* What the VM wrote to stderr. */
static ByteBuf err;

/* Collects the VM's stderr in [err]. */
static void capture_err(EddyVM *v, const char *text, size_t len) {
  (void)v;
  cr_assert(buf_append(&err, text, len));
}

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
  buf_init(&err);
  vm->write_err = capture_err;
}

static void teardown(void) {
  vm_free(vm);
  buf_free(&err);
}

TestSuite(protocol, .init = setup, .fini = teardown);

/* ---- helpers ------------------------------------------------------------ */

/* Roots [v] until the test ends and returns it. */
static Value keep(Value v) {
  gc_push_root(vm, v);
  return v;
}

/* The interned str [text], rooted until the test ends. */
static ObjStr *name(const char *text) {
  ObjStr *str = str_intern_cstr(vm, text);
  cr_assert_not_null(str);
  keep(OBJ_VAL(str));
  return str;
}

/* A str value of [text], rooted until the test ends. */
static Value s(const char *text) {
  ObjStr *str = str_from_cstr(vm, text);
  cr_assert_not_null(str);
  gc_push_root(vm, OBJ_VAL(str));
  return OBJ_VAL(str);
}

/* A list of the [n] values at [items], rooted until the test ends. */
static Value list_of(const Value *items, size_t n) {
  ObjList *list = list_from_array(vm, items, n);
  cr_assert_not_null(list);
  gc_push_root(vm, OBJ_VAL(list));
  return OBJ_VAL(list);
}

/* A tuple of the [n] values at [items], rooted until the test ends. */
static Value tuple_of(const Value *items, size_t n) {
  ObjTuple *tuple = tuple_from_array(vm, items, n);
  cr_assert_not_null(tuple);
  gc_push_root(vm, OBJ_VAL(tuple));
  return OBJ_VAL(tuple);
}

/* repr([v]) in a static buffer. */
static const char *repr(Value v) {
  static char text[4096];
  ByteBuf buf;
  buf_init(&buf);
  cr_assert(value_repr(vm, v, &buf), "repr raised");
  snprintf(text, sizeof text, "%s", buf.data ? buf.data : "");
  buf_free(&buf);
  return text;
}

/* str([v]) in a static buffer. */
static const char *str(Value v) {
  static char text[4096];
  ByteBuf buf;
  buf_init(&buf);
  cr_assert(value_str(vm, v, &buf), "str raised");
  snprintf(text, sizeof text, "%s", buf.data ? buf.data : "");
  buf_free(&buf);
  return text;
}

/* "TypeName: message" of the pending exception, which it clears. */
static const char *pending(void) {
  static char text[512];
  Value exc = vm->task->exception;
  cr_assert(IS_EXCEPTION(exc), "no exception pending");
  vm->task->exception = UNDEF_VAL;
  gc_push_root(vm, exc);
  ByteBuf buf;
  buf_init(&buf);
  cr_assert(exception_class_name(vm, AS_OBJ(exc)->cls, &buf));
  cr_assert(buf_puts(&buf, ": "));
  cr_assert(exception_str(vm, exc, &buf));
  snprintf(text, sizeof text, "%s", buf.data);
  buf_free(&buf);
  gc_pop_roots(vm, 1);
  return text;
}

/* True when [text] starts with [prefix]. */
static bool starts_with(const char *text, const char *prefix) {
  return strncmp(text, prefix, strlen(prefix)) == 0;
}

/* ---- repr and str ------------------------------------------------------- */

Test(protocol, repr_of_immediates) {
  cr_assert_str_eq(repr(NONE_VAL), "None");
  cr_assert_str_eq(repr(BOOL_VAL(true)), "True");
  cr_assert_str_eq(repr(INT_VAL(-42)), "-42");
  cr_assert_str_eq(repr(FLOAT_VAL(0.1)), "0.1");
  cr_assert_str_eq(repr(FLOAT_VAL(1e16)), "1e+16");
  cr_assert_str_eq(repr(FLOAT_VAL(2.0)), "2.0");
}

Test(protocol, repr_of_nested_containers) {
  Value inner[] = {FLOAT_VAL(2.5), NONE_VAL};
  Value t = tuple_of(inner, 2);
  Value flags[] = {BOOL_VAL(true)};
  Value l = list_of(flags, 1);
  ObjDict *d = dict_new(vm);
  gc_push_root(vm, OBJ_VAL(d));
  cr_assert(dict_set(vm, d, s("k"), l));
  Value items[] = {INT_VAL(1), s("a'b"), t, OBJ_VAL(d)};
  Value outer = list_of(items, 4);
  cr_assert_str_eq(repr(outer), "[1, \"a'b\", (2.5, None), {'k': [True]}]");
  cr_assert_str_eq(str(outer), "[1, \"a'b\", (2.5, None), {'k': [True]}]");
  Value one[] = {INT_VAL(1)};
  cr_assert_str_eq(repr(tuple_of(one, 1)), "(1,)");
  cr_assert_str_eq(repr(tuple_of(NULL, 0)), "()");
}

Test(protocol, repr_of_self_referencing_list) {
  Value l = list_of(NULL, 0);
  cr_assert(list_append(vm, AS_LIST(l), l));
  cr_assert_str_eq(repr(l), "[[...]]");
}

Test(protocol, str_and_repr_of_str) {
  cr_assert_str_eq(str(s("hi\n")), "hi\n");
  cr_assert_str_eq(repr(s("hi\n")), "'hi\\n'");
}

Test(protocol, repr_of_builtin_objects) {
  cr_assert_str_eq(repr(OBJ_VAL(vm->types.int_)), "<class 'int'>");
  cr_assert_str_eq(repr(OBJ_VAL(vm->exc.ValueError)), "<class 'ValueError'>");
  cr_assert_str_eq(repr(vm->ellipsis), "Ellipsis");
  cr_assert_str_eq(repr(vm->not_implemented), "NotImplemented");
  Value len = dict_get_str(vm->builtins, name("len"));
  cr_assert_str_eq(repr(len), "<built-in function len>");
  Value append = dict_get_str(vm->types.list->dict, name("append"));
  cr_assert_str_eq(repr(append), "<method 'append' of 'list' objects>");
  Value builtins = dict_get_str(vm->modules, vm->str.builtins);
  cr_assert_str_eq(repr(builtins), "<module 'builtins' (built-in)>");
  Value obj;
  Value args[] = {OBJ_VAL(vm->types.object)};
  cr_assert(vm->types.object->construct(vm, args, 1, NULL, &obj));
  keep(obj);
  cr_assert(starts_with(repr(obj), "<object object at 0x"), "%s", repr(obj));
}

Test(protocol, bound_builtin_method_repr) {
  Value l = list_of(NULL, 0);
  Value append;
  cr_assert(value_getattr(vm, l, name("append"), &append));
  keep(append);
  cr_assert(IS_NATIVE(append));
  cr_assert(value_is(AS_NATIVE(append)->self, l));
  cr_assert(
      starts_with(repr(append), "<built-in method append of list object at 0x"),
      "%s", repr(append));
}

/* ---- equality and hashing ------------------------------------------------ */

/* Asserts that [a] == [b] gives [expected]. */
static void check_eq(Value a, Value b, bool expected) {
  bool eq;
  cr_assert(value_eq(vm, a, b, &eq));
  cr_assert_eq(eq, expected, "%s == %s", repr(a), repr(b));
}

/* hash([v]). */
static int64_t hash(Value v) {
  int64_t h;
  cr_assert(value_hash(vm, v, &h), "hash raised");
  return h;
}

Test(protocol, eq_across_numbers) {
  check_eq(INT_VAL(1), FLOAT_VAL(1.0), true);
  check_eq(BOOL_VAL(true), INT_VAL(1), true);
  check_eq(BOOL_VAL(false), FLOAT_VAL(0.0), true);
  check_eq(INT_VAL(1), FLOAT_VAL(1.5), false);
  check_eq(FLOAT_VAL(0.0 / 0.0), FLOAT_VAL(0.0 / 0.0), false);
  check_eq(INT_VAL(1), s("1"), false);
  check_eq(NONE_VAL, NONE_VAL, true);
  check_eq(NONE_VAL, INT_VAL(0), false);
  check_eq(s("abc"), s("abc"), true);
}

Test(protocol, eq_of_containers) {
  Value a[] = {INT_VAL(1), FLOAT_VAL(2.0)};
  Value b[] = {FLOAT_VAL(1.0), INT_VAL(2)};
  check_eq(list_of(a, 2), list_of(b, 2), true);
  check_eq(tuple_of(a, 2), tuple_of(b, 2), true);
  check_eq(list_of(a, 2), tuple_of(b, 2), false);
  check_eq(list_of(a, 1), list_of(b, 2), false);
}

Test(protocol, hash_across_numbers) {
  cr_assert_eq(hash(INT_VAL(1)), 1);
  cr_assert_eq(hash(FLOAT_VAL(1.0)), 1);
  cr_assert_eq(hash(BOOL_VAL(true)), 1);
  cr_assert_eq(hash(INT_VAL(-1)), -2);
  cr_assert_eq(hash(FLOAT_VAL(1.5)), 1152921504606846977);
  cr_assert_eq(hash(INT_VAL(((int64_t)1 << 61) - 1)), 0);
  Value pair[] = {INT_VAL(1), INT_VAL(2)};
  cr_assert_eq(hash(tuple_of(pair, 2)), -3550055125485641917);
  cr_assert_eq(hash(s("same")), hash(s("same")));
}

Test(protocol, compare_results) {
  Value out;
  cr_assert(value_compare(vm, COMPARE_LT, INT_VAL(1), FLOAT_VAL(1.5), &out));
  cr_assert(IS_BOOL(out) && AS_BOOL(out));
  cr_assert(value_compare(vm, COMPARE_GE, s("b"), s("a"), &out));
  cr_assert(IS_BOOL(out) && AS_BOOL(out));
  cr_assert(value_compare(vm, COMPARE_NE, INT_VAL(1), s("1"), &out));
  cr_assert(IS_BOOL(out) && AS_BOOL(out));
  Value a[] = {INT_VAL(1), INT_VAL(2)};
  Value b[] = {INT_VAL(1), INT_VAL(3)};
  bool less;
  cr_assert(value_less(vm, list_of(a, 2), list_of(b, 2), &less));
  cr_assert(less);
}

Test(protocol, truthiness) {
  bool t;
  cr_assert(value_truthy(vm, NONE_VAL, &t) && !t);
  cr_assert(value_truthy(vm, INT_VAL(0), &t) && !t);
  cr_assert(value_truthy(vm, FLOAT_VAL(0.5), &t) && t);
  cr_assert(value_truthy(vm, s(""), &t) && !t);
  cr_assert(value_truthy(vm, s("x"), &t) && t);
  cr_assert(value_truthy(vm, list_of(NULL, 0), &t) && !t);
  cr_assert(value_truthy(vm, OBJ_VAL(vm->types.int_), &t) && t);
}

Test(protocol, iteration) {
  Value items[] = {INT_VAL(1), INT_VAL(2), INT_VAL(3)};
  Value it;
  cr_assert(value_iter(vm, tuple_of(items, 3), &it));
  gc_push_root(vm, it);
  int64_t sum = 0;
  for (;;) {
    Value v;
    bool done;
    cr_assert(value_next(vm, it, &v, &done));
    if (done) break;
    sum += AS_INT(v);
  }
  cr_assert_eq(sum, 6);
  Value list;
  cr_assert(value_to_list(vm, s("ab"), &list));
  keep(list);
  cr_assert_str_eq(repr(list), "['a', 'b']");
  bool in;
  cr_assert(value_contains(vm, list, s("b"), &in) && in);
}

/* ---- errors ---------------------------------------------------------------
 */

Test(protocol, error_messages) {
  int64_t n;
  Value out;
  bool b;
  Value l = list_of(NULL, 0);
  cr_assert_not(value_hash(vm, l, &n));
  cr_assert_str_eq(pending(), "TypeError: unhashable type: 'list'");
  cr_assert_not(value_len(vm, INT_VAL(1), &n));
  cr_assert_str_eq(pending(), "TypeError: object of type 'int' has no len()");
  cr_assert_not(value_iter(vm, INT_VAL(1), &out));
  cr_assert_str_eq(pending(), "TypeError: 'int' object is not iterable");
  cr_assert_not(value_next(vm, INT_VAL(1), &out, &b));
  cr_assert_str_eq(pending(), "TypeError: 'int' object is not an iterator");
  cr_assert_not(value_getitem(vm, INT_VAL(1), INT_VAL(0), &out));
  cr_assert_str_eq(pending(), "TypeError: 'int' object is not subscriptable");
  cr_assert_not(value_getitem(vm, OBJ_VAL(vm->types.int_), INT_VAL(0), &out));
  cr_assert_str_eq(pending(), "TypeError: type 'int' is not subscriptable");
  cr_assert_not(value_setitem(vm, INT_VAL(1), INT_VAL(0), INT_VAL(2)));
  cr_assert_str_eq(pending(),
                   "TypeError: 'int' object does not support item assignment");
  cr_assert_not(value_delitem(vm, INT_VAL(1), INT_VAL(0)));
  cr_assert_str_eq(pending(),
                   "TypeError: 'int' object does not support item deletion");
  cr_assert_not(value_contains(vm, INT_VAL(1), INT_VAL(0), &b));
  cr_assert_str_eq(pending(),
                   "TypeError: argument of type 'int' is not iterable");
  cr_assert_not(value_compare(vm, COMPARE_LT, INT_VAL(1), s("a"), &out));
  cr_assert_str_eq(
      pending(),
      "TypeError: '<' not supported between instances of 'int' and 'str'");
  cr_assert_not(value_compare(vm, COMPARE_GE, l, INT_VAL(1), &out));
  cr_assert_str_eq(
      pending(),
      "TypeError: '>=' not supported between instances of 'list' and 'int'");
}

Test(protocol, attribute_errors) {
  Value out;
  ObjStr *foo = name("foo");
  cr_assert_not(value_getattr(vm, INT_VAL(1), foo, &out));
  cr_assert_str_eq(pending(),
                   "AttributeError: 'int' object has no attribute 'foo'");
  cr_assert_not(value_getattr(vm, NONE_VAL, foo, &out));
  cr_assert_str_eq(pending(),
                   "AttributeError: 'NoneType' object has no attribute 'foo'");
  cr_assert_not(value_getattr(vm, OBJ_VAL(vm->types.int_), foo, &out));
  cr_assert_str_eq(pending(),
                   "AttributeError: type object 'int' has no attribute 'foo'");
  cr_assert_not(value_setattr(vm, INT_VAL(1), foo, INT_VAL(2)));
  cr_assert_str_eq(pending(),
                   "AttributeError: 'int' object has no attribute 'foo'");
  Value l = list_of(NULL, 0);
  cr_assert_not(value_setattr(vm, l, name("append"), INT_VAL(2)));
  cr_assert_str_eq(
      pending(),
      "AttributeError: 'list' object attribute 'append' is read-only");
  cr_assert_not(value_setattr(vm, OBJ_VAL(vm->types.int_), foo, INT_VAL(2)));
  cr_assert_str_eq(
      pending(),
      "TypeError: cannot set 'foo' attribute of immutable type 'int'");
  Value builtins = dict_get_str(vm->modules, vm->str.builtins);
  cr_assert_not(value_getattr(vm, builtins, foo, &out));
  cr_assert_str_eq(pending(),
                   "AttributeError: module 'builtins' has no attribute 'foo'");
}

Test(protocol, class_attributes) {
  Value out;
  cr_assert(value_getattr(vm, OBJ_VAL(vm->types.int_), vm->str.name, &out));
  cr_assert_str_eq(str(out), "int");
  cr_assert(value_getattr(vm, OBJ_VAL(vm->types.bool_), name("__mro__"), &out));
  cr_assert_str_eq(repr(out),
                   "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  cr_assert(
      value_getattr(vm, OBJ_VAL(vm->exc.KeyError), name("__bases__"), &out));
  cr_assert_str_eq(repr(out), "(<class 'LookupError'>,)");
  cr_assert(value_getattr(vm, INT_VAL(3), vm->str.class_, &out));
  cr_assert_str_eq(repr(out), "<class 'int'>");
}

/* ---- exceptions ---------------------------------------------------------- */

/* Calls the exception class [cls] with the [n] arguments [args]. */
static Value make_exc(ObjClass *cls, const Value *args, int n) {
  Value argv[8] = {OBJ_VAL(cls)};
  for (int i = 0; i < n; i++) argv[i + 1] = args[i];
  Value out;
  cr_assert(cls->construct(vm, argv, n + 1, NULL, &out));
  gc_push_root(vm, out);
  return out;
}

Test(protocol, exception_str_and_repr) {
  Value x[] = {s("x")};
  Value e = make_exc(vm->exc.ValueError, x, 1);
  cr_assert_str_eq(str(e), "x");
  cr_assert_str_eq(repr(e), "ValueError('x')");
  Value k = make_exc(vm->exc.KeyError, (Value[]){s("k")}, 1);
  cr_assert_str_eq(str(k), "'k'");
  cr_assert_str_eq(repr(k), "KeyError('k')");
  Value none = make_exc(vm->exc.ValueError, NULL, 0);
  cr_assert_str_eq(str(none), "");
  cr_assert_str_eq(repr(none), "ValueError()");
  Value two =
      make_exc(vm->exc.ValueError, (Value[]){INT_VAL(1), INT_VAL(2)}, 2);
  cr_assert_str_eq(str(two), "(1, 2)");
  cr_assert_str_eq(repr(two), "ValueError(1, 2)");
}

Test(protocol, os_error_forms) {
  Value args[] = {INT_VAL(2), s("No such file or directory"), s("x")};
  Value e = make_exc(vm->exc.OSError, args, 2);
  cr_assert_eq(AS_OBJ(e)->cls, vm->exc.FileNotFoundError);
  cr_assert_str_eq(str(e), "[Errno 2] No such file or directory");
  Value f = make_exc(vm->exc.OSError, args, 3);
  cr_assert_str_eq(str(f), "[Errno 2] No such file or directory: 'x'");
  cr_assert_str_eq(repr(AS_EXCEPTION(f)->args->items[1]),
                   "'No such file or directory'");
  cr_assert_eq(AS_EXCEPTION(f)->args->length, 2);
  Value errno_value;
  cr_assert(value_getattr(vm, f, name("errno"), &errno_value));
  cr_assert_str_eq(repr(errno_value), "2");
  Value filename;
  cr_assert(value_getattr(vm, f, name("filename"), &filename));
  cr_assert_str_eq(repr(filename), "'x'");
}

Test(protocol, special_exception_attributes) {
  Value out;
  Value e = make_exc(vm->exc.SystemExit, (Value[]){INT_VAL(3)}, 1);
  cr_assert(value_getattr(vm, e, name("code"), &out));
  cr_assert_str_eq(repr(out), "3");
  Value stop = make_exc(vm->exc.StopIteration, NULL, 0);
  cr_assert(value_getattr(vm, stop, name("value"), &out));
  cr_assert_str_eq(repr(out), "None");
  cr_assert(value_getattr(vm, stop, name("args"), &out));
  cr_assert_str_eq(repr(out), "()");
  cr_assert(value_getattr(vm, stop, name("__cause__"), &out));
  cr_assert(IS_NONE(out));
  ObjStr *note = name("note");
  cr_assert(value_setattr(vm, stop, note, INT_VAL(5)));
  cr_assert(value_getattr(vm, stop, note, &out));
  cr_assert_str_eq(repr(out), "5");
}

Test(protocol, raise_value_and_matching) {
  cr_assert_not(vm_raise_value(vm, INT_VAL(3)));
  cr_assert_str_eq(pending(),
                   "TypeError: exceptions must derive from BaseException");
  cr_assert_not(vm_raise_value(vm, OBJ_VAL(vm->exc.KeyboardInterrupt)));
  Value exc = vm->task->exception;
  gc_push_root(vm, exc);
  cr_assert_str_eq(pending(), "KeyboardInterrupt: ");
  bool match;
  cr_assert(exception_matches(vm, exc, OBJ_VAL(vm->exc.BaseException), &match));
  cr_assert(match);
  cr_assert(exception_matches(vm, exc, OBJ_VAL(vm->exc.Exception), &match));
  cr_assert_not(match);
  Value both[] = {OBJ_VAL(vm->exc.ValueError),
                  OBJ_VAL(vm->exc.KeyboardInterrupt)};
  cr_assert(exception_matches(vm, exc, tuple_of(both, 2), &match));
  cr_assert(match);
  cr_assert_not(exception_matches(vm, exc, INT_VAL(3), &match));
  cr_assert_str_eq(pending(),
                   "TypeError: catching classes that do not inherit from "
                   "BaseException is not allowed");
  cr_assert(
      class_is_subclass(vm->exc.ModuleNotFoundError, vm->exc.ImportError));
  cr_assert_not(
      class_is_subclass(vm->exc.ImportError, vm->exc.ModuleNotFoundError));
}

Test(protocol, memory_error_is_preallocated) {
  cr_assert_not(vm_raise_memory(vm));
  cr_assert(value_is(vm->task->exception, vm->memory_error));
  cr_assert_str_eq(pending(), "MemoryError: ");
}

Test(protocol, print_traceback_outermost_first) {
  cr_assert_not(vm_raise(vm, vm->exc.ValueError, "bad value %d", 7));
  Value exc = vm->task->exception;
  gc_push_root(vm, exc);
  vm->task->exception = UNDEF_VAL;
  ObjStr *file = name("/nonexistent/x.py");
  cr_assert(exception_add_traceback(vm, exc, file, name("g"), 9));
  cr_assert(exception_add_traceback(vm, exc, file, name("f"), 5));
  cr_assert(exception_add_traceback(vm, exc, file, vm->str.module_name, 12));
  exception_print(vm, exc);
  cr_assert_str_eq(err.data,
                   "Traceback (most recent call last):\n"
                   "  File \"/nonexistent/x.py\", line 12, in <module>\n"
                   "  File \"/nonexistent/x.py\", line 5, in f\n"
                   "  File \"/nonexistent/x.py\", line 9, in g\n"
                   "ValueError: bad value 7\n");
}

Test(protocol, print_collapses_recursion) {
  cr_assert_not(
      vm_raise(vm, vm->exc.RecursionError, "maximum recursion depth exceeded"));
  Value exc = vm->task->exception;
  gc_push_root(vm, exc);
  vm->task->exception = UNDEF_VAL;
  ObjStr *file = name("r.py");
  ObjStr *f = name("f");
  for (int i = 0; i < 10; i++)
    cr_assert(exception_add_traceback(vm, exc, file, f, 2));
  cr_assert(exception_add_traceback(vm, exc, file, vm->str.module_name, 4));
  exception_print(vm, exc);
  cr_assert_str_eq(err.data,
                   "Traceback (most recent call last):\n"
                   "  File \"r.py\", line 4, in <module>\n"
                   "  File \"r.py\", line 2, in f\n"
                   "  File \"r.py\", line 2, in f\n"
                   "  File \"r.py\", line 2, in f\n"
                   "  [Previous line repeated 7 more times]\n"
                   "RecursionError: maximum recursion depth exceeded\n");
}

Test(protocol, print_chains_and_source_lines) {
  char path[] = "/tmp/eddy_test_protocol_XXXXXX";
  int fd = mkstemp(path);
  cr_assert_geq(fd, 0);
  FILE *fp = fdopen(fd, "w");
  fputs("x = 1\n    d['k']   \n\traise ValueError\n", fp);
  fclose(fp);
  ObjStr *file = name(path);
  gc_push_root(vm, OBJ_VAL(file));
  Value first = make_exc(vm->exc.KeyError, (Value[]){s("k")}, 1);
  cr_assert(exception_add_traceback(vm, first, file, vm->str.module_name, 2));
  vm->task->handled = first;
  cr_assert_not(vm_raise_value(vm, OBJ_VAL(vm->exc.ValueError)));
  vm->task->handled = NONE_VAL;
  Value second = vm->task->exception;
  gc_push_root(vm, second);
  vm->task->exception = UNDEF_VAL;
  cr_assert(value_is(AS_EXCEPTION(second)->context, first));
  cr_assert(exception_add_traceback(vm, second, file, vm->str.module_name, 3));
  exception_print(vm, second);
  char expected[1024];
  snprintf(
      expected, sizeof expected,
      "Traceback (most recent call last):\n"
      "  File \"%s\", line 2, in <module>\n"
      "    d['k']\n"
      "KeyError: 'k'\n"
      "\n"
      "During handling of the above exception, another exception occurred:\n"
      "\n"
      "Traceback (most recent call last):\n"
      "  File \"%s\", line 3, in <module>\n"
      "    raise ValueError\n"
      "ValueError\n",
      path, path);
  cr_assert_str_eq(err.data, expected);
  buf_clear(&err);
  AS_EXCEPTION(second)->suppress_context = true;
  AS_EXCEPTION(second)->traceback = NONE_VAL;
  exception_print(vm, second);
  cr_assert_str_eq(err.data, "ValueError\n");
  buf_clear(&err);
  AS_EXCEPTION(second)->cause = first;
  exception_print(vm, second);
  cr_assert(strstr(err.data,
                   "\nThe above exception was the direct cause of the "
                   "following exception:\n\n"));
  unlink(path);
}

Test(protocol, native_argument_errors) {
  cr_assert_not(native_check_count(vm, "len", 2, 1, 1));
  cr_assert_str_eq(pending(),
                   "TypeError: len() takes exactly one argument (2 given)");
  cr_assert_not(native_check_count(vm, "divmod", 1, 2, 2));
  cr_assert_str_eq(pending(), "TypeError: divmod expected 2 arguments, got 1");
  cr_assert_not(native_check_count(vm, "getattr", 1, 2, 3));
  cr_assert_str_eq(pending(),
                   "TypeError: getattr expected at least 2 arguments, got 1");
  cr_assert_not(native_check_count(vm, "pop", 2, 0, 1));
  cr_assert_str_eq(pending(),
                   "TypeError: pop expected at most 1 argument, got 2");
  static const char *const names[] = {"number", "ndigits"};
  Value out[2];
  cr_assert_not(
      native_parse_args(vm, "round", NULL, 0, NULL, names, 2, 1, 0, out));
  cr_assert_str_eq(
      pending(),
      "TypeError: round() missing required argument 'number' (pos 1)");
  Value args[] = {INT_VAL(1), INT_VAL(2), INT_VAL(3)};
  cr_assert_not(
      native_parse_args(vm, "round", args, 3, NULL, names, 2, 1, 0, out));
  cr_assert_str_eq(pending(),
                   "TypeError: round() takes at most 2 arguments (3 given)");
  Value kw[] = {INT_VAL(1), INT_VAL(2)};
  Value kwname = s("x");
  ObjTuple *kwnames = AS_TUPLE(tuple_of(&kwname, 1));
  cr_assert_not(
      native_parse_args(vm, "round", kw, 1, kwnames, names, 2, 1, 0, out));
  cr_assert_str_eq(pending(),
                   "TypeError: 'x' is an invalid keyword argument for round()");
  Value kwname2 = s("number");
  kwnames = AS_TUPLE(tuple_of(&kwname2, 1));
  cr_assert_not(
      native_parse_args(vm, "round", kw, 1, kwnames, names, 2, 1, 0, out));
  cr_assert_str_eq(pending(), "TypeError: argument for round() given by name "
                              "('number') and position (1)");
  cr_assert(
      native_parse_args(vm, "round", kw, 0, kwnames, names, 2, 1, 0, out));
  cr_assert_eq(AS_INT(out[0]), 1);
  cr_assert(IS_UNDEF(out[1]));
}

Test(protocol, syntax_error_print_and_str) {
  cr_assert_not(vm_raise_syntax_error(vm, vm->exc.SyntaxError, "bad thing",
                                      "f.py", 2, 5, "   abc def\n", 2, 8));
  Value exc = keep(vm->task->exception);
  vm->task->exception = UNDEF_VAL;
  cr_assert_str_eq(str(exc), "bad thing (f.py, line 2)");
  Value out;
  cr_assert(value_getattr(vm, exc, name("offset"), &out));
  cr_assert_str_eq(repr(out), "5");
  cr_assert(value_getattr(vm, exc, name("text"), &out));
  cr_assert_str_eq(repr(out), "'   abc def\\n'");
  exception_print(vm, exc);
  cr_assert_str_eq(err.data, "  File \"f.py\", line 2\n"
                             "    abc def\n"
                             "     ^^^\n"
                             "SyntaxError: bad thing\n");
}

/* ---- classes --------------------------------------------------------------
 */

/* A new script class [cls_name] of module __main__ with [bases]. */
static Value make_class(const char *cls_name, const Value *bases, size_t n) {
  ObjDict *dict = dict_new(vm);
  cr_assert_not_null(dict);
  keep(OBJ_VAL(dict));
  cr_assert(dict_set_str(vm, dict, vm->str.module, OBJ_VAL(vm->str.main)));
  Value cls;
  cr_assert(class_create(vm, name(cls_name), AS_TUPLE(tuple_of(bases, n)), dict,
                         &cls));
  return keep(cls);
}

Test(protocol, class_create_and_instances) {
  Value a = make_class("A", NULL, 0);
  cr_assert_str_eq(repr(a), "<class '__main__.A'>");
  Value out;
  cr_assert(value_getattr(vm, a, name("__mro__"), &out));
  cr_assert_str_eq(repr(out), "(<class '__main__.A'>, <class 'object'>)");
  Value b = make_class("B", &a, 1);
  Value obj;
  cr_assert(class_new_instance(vm, AS_CLASS(b), &obj));
  keep(obj);
  cr_assert(starts_with(repr(obj), "<__main__.B object at 0x"), "%s",
            repr(obj));
  cr_assert(value_setattr(vm, obj, name("x"), INT_VAL(7)));
  cr_assert(value_getattr(vm, obj, name("x"), &out));
  cr_assert_str_eq(repr(out), "7");
  cr_assert_not(value_getattr(vm, obj, name("y"), &out));
  cr_assert_str_eq(pending(),
                   "AttributeError: 'B' object has no attribute 'y'");
  cr_assert(value_setattr(vm, a, name("shared"), INT_VAL(3)));
  cr_assert(value_getattr(vm, obj, name("shared"), &out));
  cr_assert_str_eq(repr(out), "3");
  int64_t h;
  cr_assert(value_hash(vm, obj, &h));
  bool eq;
  cr_assert(value_eq(vm, obj, obj, &eq) && eq);
  Value init;
  cr_assert(value_super_getattr(vm, AS_CLASS(b), obj, vm->str.init, &init));
  cr_assert(IS_NATIVE(init) && value_is(AS_NATIVE(init)->self, obj));
}

Test(protocol, class_create_errors) {
  Value a = make_class("A", NULL, 0);
  Value b = make_class("B", &a, 1);
  Value bases[] = {a, b};
  Value cls;
  ObjDict *dict = dict_new(vm);
  keep(OBJ_VAL(dict));
  cr_assert_not(
      class_create(vm, name("C"), AS_TUPLE(tuple_of(bases, 2)), dict, &cls));
  cr_assert_str_eq(pending(),
                   "TypeError: Cannot create a consistent method resolution\n"
                   "order (MRO) for bases A, B");
  Value bad = OBJ_VAL(vm->types.bool_);
  cr_assert_not(
      class_create(vm, name("D"), AS_TUPLE(tuple_of(&bad, 1)), dict, &cls));
  cr_assert_str_eq(pending(),
                   "TypeError: type 'bool' is not an acceptable base type");
  Value clash[] = {OBJ_VAL(vm->types.list), OBJ_VAL(vm->types.dict)};
  cr_assert_not(
      class_create(vm, name("E"), AS_TUPLE(tuple_of(clash, 2)), dict, &cls));
  cr_assert_str_eq(pending(),
                   "TypeError: multiple bases have instance lay-out conflict");
  Value diamond[] = {b, make_class("B2", &a, 1)};
  Value d = make_class("D", diamond, 2);
  Value mro;
  cr_assert(value_getattr(vm, d, name("__mro__"), &mro));
  cr_assert_str_eq(repr(mro), "(<class '__main__.D'>, <class '__main__.B'>, "
                              "<class '__main__.B2'>, <class '__main__.A'>, "
                              "<class 'object'>)");
}

Test(protocol, user_exception_classes) {
  Value base = OBJ_VAL(vm->exc.ValueError);
  Value e = make_class("MyError", &base, 1);
  cr_assert_eq(AS_CLASS(e)->instance_layout, OBJ_EXCEPTION);
  Value inst;
  cr_assert(class_new_instance(vm, AS_CLASS(e), &inst));
  keep(inst);
  AS_EXCEPTION(inst)->args = AS_TUPLE(tuple_of((Value[]){s("oops")}, 1));
  cr_assert_str_eq(repr(inst), "MyError('oops')");
  exception_print(vm, inst);
  cr_assert_str_eq(err.data, "MyError: oops\n");
  buf_clear(&err);
  AS_CLASS(e)->module = s("pkg.mod");
  exception_print(vm, inst);
  cr_assert_str_eq(err.data, "pkg.mod.MyError: oops\n");
  bool match;
  cr_assert(exception_matches(vm, inst, OBJ_VAL(vm->exc.Exception), &match));
  cr_assert(match);
}
