/* test_builtins.c: the built-in functions, called from C.
 *
 * Each check calls a function of vm->builtins with arguments built from
 * C values and compares repr() of the result, or "TypeName: message" of
 * the exception it raised, with what CPython 3.11 prints for the same
 * call. The script tests (tests/scripts/builtin_*.py) cover the same
 * ground from Python; these run without the compiler.
 */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <string.h>

#include "stdlib/builtins.h"
#include "vm/exception.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_list.h"
#include "vm/obj_str.h"
#include "vm/obj_tuple.h"
#include "vm/protocol.h"

static EddyVM *vm;
static ByteBuf captured;

/* Collects what print() writes to stdout. */
static void capture(EddyVM *v, const char *text, size_t len) {
  (void)v;
  cr_assert(buf_append(&captured, text, len));
}

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
  buf_init(&captured);
  vm->write_out = capture;
}

static void teardown(void) {
  vm_free(vm);
  buf_free(&captured);
}

TestSuite(builtins, .init = setup, .fini = teardown);

/* A str value, rooted until the test ends. */
static Value s(const char *text) {
  ObjStr *str = str_from_cstr(vm, text);
  cr_assert_not_null(str);
  gc_push_root(vm, OBJ_VAL(str));
  return OBJ_VAL(str);
}

/* A list of the [n] values at [items], rooted until the test ends. */
static Value list_of(int n, const Value *items) {
  ObjList *list = list_new(vm, 0);
  cr_assert_not_null(list);
  gc_push_root(vm, OBJ_VAL(list));
  for (int i = 0; i < n; i++) cr_assert(list_append(vm, list, items[i]));
  return OBJ_VAL(list);
}

/* The tuple of keyword names [names] ([n] of them), rooted. */
static ObjTuple *kwnames_of(int n, const char *const *names) {
  ObjTuple *tuple = tuple_new(vm, (size_t)n);
  cr_assert_not_null(tuple);
  gc_push_root(vm, OBJ_VAL(tuple));
  for (int i = 0; i < n; i++) {
    ObjStr *name = str_intern_cstr(vm, names[i]);
    cr_assert_not_null(name);
    tuple->items[i] = OBJ_VAL(name);
  }
  return tuple;
}

/* "TypeName: message" of the pending exception, which it clears. */
static const char *take_error(void) {
  static char text[512];
  Value exc = vm->task->exception;
  ByteBuf buf;
  buf_init(&buf);
  cr_assert(exception_str(vm, exc, &buf));
  snprintf(text, sizeof text, "%s: %s", vm_type_name(vm, exc),
           buf.data ? buf.data : "");
  buf_free(&buf);
  vm->task->exception = UNDEF_VAL;
  return text;
}

/* Calls the builtin [name] with [nargs] positional arguments and the
 * keyword arguments named by [kw] (NULL: none) that follow them in
 * [args]; returns repr(result) or the error, as text. */
static const char *call_kw(const char *name, int nargs, ObjTuple *kw,
                           const Value *args) {
  static char text[1024];
  ObjStr *key = str_intern_cstr(vm, name);
  cr_assert_not_null(key);
  Value fn = dict_get_str(vm->builtins, key);
  cr_assert(!IS_UNDEF(fn), "no builtin %s", name);
  int total = nargs + (kw ? (int)kw->length : 0);
  Value argv[8];
  memcpy(argv, args, (size_t)total * sizeof(Value));
  Value result;
  if (!vm_call(vm, fn, argv, nargs, kw, &result)) return take_error();
  ByteBuf buf;
  buf_init(&buf);
  cr_assert(value_repr(vm, result, &buf));
  snprintf(text, sizeof text, "%s", buf.data);
  buf_free(&buf);
  return text;
}

/* Calls the builtin [name] with [n] positional arguments. */
static const char *call(const char *name, int n, ...) {
  Value args[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, Value);
  va_end(ap);
  return call_kw(name, n, NULL, args);
}

Test(builtins, len_and_errors) {
  cr_assert_str_eq(call("len", 1, s("héllo")), "5");
  cr_assert_str_eq(call("len", 0),
                   "TypeError: len() takes exactly one argument (0 given)");
  cr_assert_str_eq(call("len", 2, s("a"), s("b")),
                   "TypeError: len() takes exactly one argument (2 given)");
  cr_assert_str_eq(call("len", 1, INT_VAL(5)),
                   "TypeError: object of type 'int' has no len()");
}

Test(builtins, characters) {
  cr_assert_str_eq(call("chr", 1, INT_VAL(233)), "'é'");
  cr_assert_str_eq(call("chr", 1, INT_VAL(0x110000)),
                   "ValueError: chr() arg not in range(0x110000)");
  cr_assert_str_eq(call("ord", 1, s("😀")), "128512");
  cr_assert_str_eq(call("ord", 1, s("ab")),
                   "TypeError: ord() expected a character, but string of "
                   "length 2 found");
  cr_assert_str_eq(call("ord", 1, INT_VAL(1)),
                   "TypeError: ord() expected string of length 1, but int "
                   "found");
}

Test(builtins, bases) {
  cr_assert_str_eq(call("hex", 1, INT_VAL(255)), "'0xff'");
  cr_assert_str_eq(call("oct", 1, INT_VAL(-8)), "'-0o10'");
  cr_assert_str_eq(call("bin", 1, BOOL_VAL(true)), "'0b1'");
  cr_assert_str_eq(call("hex", 1, FLOAT_VAL(1.5)),
                   "TypeError: 'float' object cannot be interpreted as an "
                   "integer");
}

Test(builtins, min_max_sum) {
  Value items[] = {INT_VAL(3), INT_VAL(1), INT_VAL(2)};
  cr_assert_str_eq(call("min", 3, items[0], items[1], items[2]), "1");
  cr_assert_str_eq(call("max", 1, list_of(3, items)), "3");
  cr_assert_str_eq(call("sum", 1, list_of(3, items)), "6");
  cr_assert_str_eq(call("max", 0),
                   "TypeError: max expected at least 1 argument, got 0");
  cr_assert_str_eq(call("min", 1, list_of(0, items)),
                   "ValueError: min() arg is an empty sequence");
  static const char *const dflt[] = {"default"};
  Value args[] = {list_of(0, items), s("none")};
  cr_assert_str_eq(call_kw("max", 1, kwnames_of(1, dflt), args), "'none'");
  Value floats[] = {FLOAT_VAL(0.5), INT_VAL(1)};
  cr_assert_str_eq(call("sum", 2, list_of(2, floats), FLOAT_VAL(0.25)),
                   "1.75");
  cr_assert_str_eq(call("sum", 2, list_of(0, items), s("")),
                   "TypeError: sum() can't sum strings [use ''.join(seq) "
                   "instead]");
}

Test(builtins, types) {
  Value int_cls = OBJ_VAL(vm->types.int_);
  cr_assert_str_eq(call("isinstance", 2, BOOL_VAL(true), int_cls), "True");
  cr_assert_str_eq(call("isinstance", 2, INT_VAL(1), INT_VAL(1)),
                   "TypeError: isinstance() arg 2 must be a type, a tuple "
                   "of types, or a union");
  cr_assert_str_eq(call("issubclass", 2, OBJ_VAL(vm->types.bool_), int_cls),
                   "True");
  cr_assert_str_eq(call("issubclass", 2, INT_VAL(1), int_cls),
                   "TypeError: issubclass() arg 1 must be a class");
  cr_assert_str_eq(call("callable", 1, int_cls), "True");
  cr_assert_str_eq(call("callable", 1, INT_VAL(1)), "False");
}

Test(builtins, attributes) {
  cr_assert_str_eq(call("getattr", 3, INT_VAL(1), s("nope"), INT_VAL(7)),
                   "7");
  cr_assert_str_eq(call("hasattr", 2, INT_VAL(1), s("nope")), "False");
  cr_assert_str_eq(call("getattr", 2, INT_VAL(1), INT_VAL(2)),
                   "TypeError: attribute name must be string, not 'int'");
  cr_assert_str_eq(call("getattr", 1, INT_VAL(1)),
                   "TypeError: getattr expected at least 2 arguments, got 1");
}

Test(builtins, numbers) {
  cr_assert_str_eq(call("abs", 1, INT_VAL(-5)), "5");
  cr_assert_str_eq(call("abs", 1, s("a")),
                   "TypeError: bad operand type for abs(): 'str'");
  cr_assert_str_eq(call("divmod", 2, INT_VAL(-7), INT_VAL(2)), "(-4, 1)");
  cr_assert_str_eq(call("divmod", 1, INT_VAL(1)),
                   "TypeError: divmod expected 2 arguments, got 1");
  cr_assert_str_eq(call("pow", 3, INT_VAL(2), INT_VAL(10), INT_VAL(1000)),
                   "24");
  cr_assert_str_eq(call("round", 1, FLOAT_VAL(2.5)), "2");
  cr_assert_str_eq(call("round", 0),
                   "TypeError: round() missing required argument 'number' "
                   "(pos 1)");
}

Test(builtins, print_to_stdout) {
  static const char *const names[] = {"sep", "end"};
  Value args[] = {INT_VAL(1), s("a"), s("-"), s("!\n")};
  cr_assert_str_eq(call_kw("print", 2, kwnames_of(2, names), args), "None");
  cr_assert_str_eq(captured.data, "1-a!\n");
  static const char *const bad[] = {"x"};
  Value args2[] = {INT_VAL(1)};
  cr_assert_str_eq(call_kw("print", 0, kwnames_of(1, bad), args2),
                   "TypeError: 'x' is an invalid keyword argument for "
                   "print()");
  static const char *const sep[] = {"sep"};
  cr_assert_str_eq(call_kw("print", 0, kwnames_of(1, sep), args2),
                   "TypeError: sep must be None or a string, not int");
}

Test(builtins, open_missing) {
  cr_assert_str_eq(call("open", 1, s("builtins_test_missing.txt")),
                   "FileNotFoundError: [Errno 2] No such file or directory: "
                   "'builtins_test_missing.txt'");
  cr_assert_str_eq(call("open", 2, s("x"), s("q")),
                   "ValueError: invalid mode: 'q'");
}

Test(builtins, iteration) {
  Value items[] = {INT_VAL(1)};
  const char *it = call("iter", 1, list_of(1, items));
  cr_assert(strstr(it, "list_iterator") != NULL, "%s", it);
  cr_assert_str_eq(call("next", 1, INT_VAL(1)),
                   "TypeError: 'int' object is not an iterator");
  cr_assert_str_eq(call("any", 1, list_of(1, items)), "True");
  cr_assert_str_eq(call("all", 1, list_of(0, items)), "True");
}
