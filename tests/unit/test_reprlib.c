/* test_reprlib.c: reprlib_repr, the shortened repr asyncio prints.
 *
 * Each value is made by running "v = EXPR" and its expected text is what
 * CPython 3.11's reprlib.repr(EXPR) returns, so a failure here is a
 * difference from CPython: the cuts of long str, int and other reprs,
 * the item limits of containers, sorted dict keys and set elements, and
 * "..." for containers nested deeper than six levels.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "include/eddy.h"
#include "vm/gc.h"
#include "vm/obj_dict.h"
#include "vm/obj_str.h"
#include "vm/reprlib.h"

static EddyVM *vm;

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
}

static void teardown(void) { vm_free(vm); }

TestSuite(reprlib, .init = setup, .fini = teardown);

/* Defined before each expression is evaluated. */
static const char PRELUDE[] = "import collections\n"
                              "class Sub(list):\n"
                              "    pass\n";

/* expression, and what python3's reprlib.repr prints for it */
static const struct {
  const char *expr;
  const char *repr;
} CASES[] = {
    {"list(range(6))", "[0, 1, 2, 3, 4, 5]"},
    {"list(range(7))", "[0, 1, 2, 3, 4, 5, ...]"},
    {"[]", "[]"},
    {"()", "()"},
    {"(1,)", "(1,)"},
    {"tuple(range(8))", "(0, 1, 2, 3, 4, 5, ...)"},
    {"'a' * 30", "'aaaaaaaaaaaa...aaaaaaaaaaaaa'"},
    {"'b' * 31", "'bbbbbbbbbbbb...bbbbbbbbbbbbb'"},
    {"\"it's\" * 10", "\"it'sit'sit's...sit'sit'sit's\""},
    {"'\\x00' * 8", "'\\x00\\x00\\x00...0\\x00\\x00\\x00'"},
    {"'\\x00' * 9", "'\\x00\\x00\\x00...0\\x00\\x00\\x00'"},
    {"'\\U0010ffff' * 3", "'\\U0010ffff\\U...fff\\U0010ffff'"},
    {"'\\u00e9' * 40", "'éééééééééééé...ééééééééééééé'"},
    {"'x'", "'x'"},
    {"''", "''"},
    {"2 ** 100", "1267650600228229401496703205376"},
    {"10 ** 39", "1000000000000000000000000000000000000000"},
    {"10 ** 40", "100000000000000000...0000000000000000000"},
    {"-(10 ** 45)", "-10000000000000000...0000000000000000000"},
    {"-5", "-5"},
    {"True", "True"},
    {"None", "None"},
    {"1.5", "1.5"},
    {"b'q' * 40", "b'qqqqqqqqqqq...qqqqqqqqqqqqq'"},
    {"{}", "{}"},
    {"{'b': 2, 'a': 1}", "{'a': 1, 'b': 2}"},
    {"{i: i for i in range(10)}", "{0: 0, 1: 1, 2: 2, 3: 3, ...}"},
    {"{1: 'a', 'k': 'b'}", "{1: 'a', 'k': 'b'}"},
    {"set()", "set()"},
    {"{3, 1, 2}", "{1, 2, 3}"},
    {"set(range(20))", "{0, 1, 2, 3, 4, 5, ...}"},
    {"frozenset()", "frozenset()"},
    {"frozenset({2, 1})", "frozenset({1, 2})"},
    {"[[[[[[[1]]]]]]]", "[[[[[[[...]]]]]]]"},
    {"[[[[[[[]]]]]]]", "[[[[[[[]]]]]]]"},
    {"[[[[[[1]]]]]]", "[[[[[[1]]]]]]"},
    {"((((((((1,),),),),),),),)", "(((((((...),),),),),),)"},
    {"{'k': {'k': {'k': {'k': {'k': {'k': 1}}}}}}",
     "{'k': {'k': {'k': {'k': {'k': {'k': 1}}}}}}"},
    {"[{}, set(), (), [], frozenset()]", "[{}, set(), (), [], frozenset()]"},
    {"range(1000)", "range(0, 1000)"},
    {"[None] * 3", "[None, None, None]"},
    {"[{1: 2}, {3}, (4,)]", "[{1: 2}, {3}, (4,)]"},
    {"collections.deque(range(10))", "deque([0, 1, 2, 3, 4, 5, ...])"},
    {"collections.deque()", "deque([])"},
    {"{'k': {'k': {'k': {'k': {'k': {'k': {'k': 1}}}}}}}",
     "{'k': {'k': {'k': {'k': {'k': {'k': {...}}}}}}}"},
    {"'\\n' * 20", "'\\n\\n\\n\\n\\n\\n...n\\n\\n\\n\\n\\n\\n'"},
    {"'ab\"cd\\'' * 9", "'ab\"cd\\'ab\"cd...b\"cd\\'ab\"cd\\''"},
    {"[list(range(10))] * 7",
     "[[0, 1, 2, 3, 4, 5, ...], [0, 1, 2, 3, 4, 5, ...], [0, 1, 2, 3, 4, 5, "
     "...], [0, 1, 2, 3, 4, 5, ...], [0, 1, 2, 3, 4, 5, ...], [0, 1, 2, 3, 4"
     ", 5, ...], ...]"},
    {"{'x' * 40: 'y' * 40}",
     "{'xxxxxxxxxxxx...xxxxxxxxxxxxx': 'yyyyyyyyyyyy...yyyyyyyyyyyyy'}"},
    {"Sub(range(20))", "[0, 1, 2, 3, ...6, 17, 18, 19]"},
};

/* The global [name] of __main__, after a script ran. */
static Value main_global(const char *name) {
  ObjStr *key = str_from_cstr(vm, "__main__");
  cr_assert_not_null(key);
  gc_push_root(vm, OBJ_VAL(key));
  Value module;
  bool found;
  cr_assert(dict_get(vm, vm->modules, OBJ_VAL(key), &module, &found) && found);
  gc_pop_roots(vm, 1);
  key = str_from_cstr(vm, name);
  cr_assert_not_null(key);
  gc_push_root(vm, OBJ_VAL(key));
  Value v;
  cr_assert(dict_get(vm, AS_MODULE(module)->dict, OBJ_VAL(key), &v, &found) &&
            found);
  gc_pop_roots(vm, 1);
  return v;
}

/* reprlib_repr of the value of [expr] into [out]. */
static void shortened(const char *expr, ByteBuf *out) {
  ByteBuf source;
  buf_init(&source);
  cr_assert(buf_puts(&source, PRELUDE) &&
            buf_printf(&source, "v = %s\n", expr));
  EddyStatus status = eddy_run_string(vm, source.data, "<test>");
  buf_free(&source);
  cr_assert_eq(status, EDDY_OK, "%s: %s", expr, eddy_error_traceback(vm));
  Value v = main_global("v");
  gc_push_root(vm, v);
  cr_assert(reprlib_repr(vm, v, out), "%s raised", expr);
  gc_pop_roots(vm, 1);
}

Test(reprlib, matches_python) {
  for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
    ByteBuf out;
    buf_init(&out);
    shortened(CASES[i].expr, &out);
    cr_assert(buf_append(&out, "", 0));
    cr_expect_str_eq(out.data, CASES[i].repr, "reprlib.repr(%s)",
                     CASES[i].expr);
    buf_free(&out);
  }
}

/* A repr that raises an Exception gives "<Cls instance at 0x...>" and
 * leaves no exception behind, as reprlib's repr_instance does. */
Test(reprlib, failing_repr_is_replaced) {
  cr_assert_eq(eddy_run_string(vm,
                               "class Bad:\n"
                               "    def __repr__(self):\n"
                               "        raise ValueError('no')\n"
                               "v = [Bad()]\n",
                               "<test>"),
               EDDY_OK);
  Value v = main_global("v");
  ByteBuf out;
  buf_init(&out);
  cr_assert(reprlib_repr(vm, v, &out));
  cr_expect(!strncmp(out.data, "[<Bad instance at 0x", 20), "%s", out.data);
  cr_expect_eq(out.data[out.len - 1], ']');
  cr_expect(IS_UNDEF(vm->task->exception));
  buf_free(&out);
}
