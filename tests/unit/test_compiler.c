/* test_compiler.c: the compiler's output as `eddy --dis` prints it.
 *
 * Each test compiles a short program and compares the disassembly of it
 * and of every code object nested in it with a golden text. The golden
 * texts were printed by the compiler and then checked by reading them:
 * every jump lands where the construct needs it, every name uses the
 * instructions of its scope (FAST for locals, DEREF for cells and free
 * variables, GLOBAL for module names and builtins, NAME in class
 * bodies), and block setups pair with their handlers. The addresses in
 * the reprs of nested code objects change from run to run and are shown
 * as "0x...".
 *
 * The last tests check the compile errors found after parsing (scope
 * and context errors): CPython's message, line and column.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "compiler/compiler.h"
#include "vm/gc.h"

static EddyVM *vm;

static void setup(void) {
  vm = vm_new();
  cr_assert_not_null(vm);
}

static void teardown(void) { vm_free(vm); }

TestSuite(compiler, .init = setup, .fini = teardown);

/* Replaces the hex digits after each "at 0x" in [text] with "...". */
static void mask_addresses(char *text) {
  char *out = text;
  for (const char *in = text; *in;) {
    if (!strncmp(in, "at 0x", 5)) {
      in += 5;
      while ((*in >= '0' && *in <= '9') || (*in >= 'a' && *in <= 'f')) in++;
      /* Written after the scan: the address is at least 3 digits long,
       * so the text never overtakes the part still to be read. */
      memcpy(out, "at 0x...", 8);
      out += 8;
    } else {
      *out++ = *in++;
    }
  }
  *out = '\0';
}

/* The disassembly of [source] compiled as the module "<string>"
 * (malloc'd), with nested code objects' addresses masked. */
static char *disassemble(const char *source) {
  SyntaxDiag diag = {0};
  ObjCode *code = NULL;
  bool ok = compile_source(vm, source, strlen(source), "<string>",
                           COMPILE_MODULE, &code, &diag);
  cr_assert(ok, "compile failed at line %d: %s", diag.line, diag.message);
  gc_push_root(vm, OBJ_VAL(code));
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  cr_assert_not_null(out);
  compile_disassemble(vm, code, out);
  fclose(out);
  gc_pop_roots(vm, 1);
  /* "0x..." is never longer than the address it replaces. */
  mask_addresses(text);
  return text;
}

/* Checks that [source] disassembles to [expected]. */
static void check_dis(const char *source, const char *expected) {
  char *got = disassemble(source);
  cr_expect_str_eq(got, expected,
                   "disassembly of:\n%s\ngot:\n%s\nexpected:\n%s", source, got,
                   expected);
  free(got);
}

/* Checks that [source] fails to compile with CPython's SyntaxError
 * [message] at [line] and 1-based column [col]. */
static void check_error(const char *source, const char *message, int line,
                        int col) {
  SyntaxDiag diag = {0};
  ObjCode *code = NULL;
  bool ok = compile_source(vm, source, strlen(source), "<string>",
                           COMPILE_MODULE, &code, &diag);
  cr_assert_not(ok, "compiled without error:\n%s", source);
  cr_assert(diag.set, "no diagnostic for:\n%s", source);
  cr_expect_eq(diag.kind, DIAG_SYNTAX_ERROR, "kind for:\n%s", source);
  cr_expect_str_eq(diag.message, message, "message for:\n%s", source);
  cr_expect_eq(diag.line, line, "line for:\n%s", source);
  cr_expect_eq(diag.col, col, "column for:\n%s", source);
}

/* Integer arithmetic on literals, a negated literal and a tuple of
 * constants each become one constant. */
Test(compiler, folds_constant_arithmetic) {
  check_dis(
      "x = 1 + 2 * 3\n"
      "y = -5\n"
      "z = (1, -2.5)\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (7)\n"
      "          1 STORE_GLOBAL           0 (x)\n"
      "\n"
      "   2      2 LOAD_CONST             1 (-5)\n"
      "          3 STORE_GLOBAL           1 (y)\n"
      "\n"
      "   3      4 LOAD_CONST             2 ((1, -2.5))\n"
      "          5 STORE_GLOBAL           2 (z)\n"
      "          6 LOAD_CONST             3 (None)\n"
      "          7 RETURN_VALUE           0\n"
      "\n");
}

/* Adjacent string literals are one constant. */
Test(compiler, concatenates_adjacent_strings) {
  check_dis(
      "s = \"a\" \"b\"\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 ('ab')\n"
      "          1 STORE_GLOBAL           0 (s)\n"
      "          2 LOAD_CONST             1 (None)\n"
      "          3 RETURN_VALUE           0\n"
      "\n");
}

/* What could raise (division by zero) or leave int64 (the sum would be
 * a big int) is left to run time. */
Test(compiler, leaves_raising_operations_unfolded) {
  check_dis(
      "x = 1 / 0\n"
      "y = 9223372036854775807 + 1\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (1)\n"
      "          1 LOAD_CONST             1 (0)\n"
      "          2 BINARY_OP              4\n"
      "          3 STORE_GLOBAL           0 (x)\n"
      "\n"
      "   2      4 LOAD_CONST             2 (9223372036854775807)\n"
      "          5 LOAD_CONST             0 (1)\n"
      "          6 BINARY_OP              0\n"
      "          7 STORE_GLOBAL           1 (y)\n"
      "          8 LOAD_CONST             3 (None)\n"
      "          9 RETURN_VALUE           0\n"
      "\n");
}

/* Constants that compare equal but differ in type or sign (1, 1.0,
 * True; 0.0, -0.0) keep their own pool entries. */
Test(compiler, equal_constants_stay_distinct) {
  check_dis(
      "a = 1\n"
      "b = 1.0\n"
      "c = True\n"
      "d = 0.0\n"
      "e = -0.0\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (1)\n"
      "          1 STORE_GLOBAL           0 (a)\n"
      "\n"
      "   2      2 LOAD_CONST             1 (1.0)\n"
      "          3 STORE_GLOBAL           1 (b)\n"
      "\n"
      "   3      4 LOAD_CONST             2 (True)\n"
      "          5 STORE_GLOBAL           2 (c)\n"
      "\n"
      "   4      6 LOAD_CONST             3 (0.0)\n"
      "          7 STORE_GLOBAL           3 (d)\n"
      "\n"
      "   5      8 LOAD_CONST             4 (-0.0)\n"
      "          9 STORE_GLOBAL           4 (e)\n"
      "         10 LOAD_CONST             5 (None)\n"
      "         11 RETURN_VALUE           0\n"
      "\n");
}

/* At module level every name is a global, builtins included. */
Test(compiler, module_names_are_global) {
  check_dis(
      "x = 1\n"
      "print(x)\n"
      "del x\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (1)\n"
      "          1 STORE_GLOBAL           0 (x)\n"
      "\n"
      "   2      2 LOAD_GLOBAL            1 (print)\n"
      "          3 LOAD_GLOBAL            0 (x)\n"
      "          4 CALL                   1\n"
      "          5 POP_TOP                0\n"
      "\n"
      "   3      6 DELETE_GLOBAL          0 (x)\n"
      "          7 LOAD_CONST             1 (None)\n"
      "          8 RETURN_VALUE           0\n"
      "\n");
}

/* In a function: parameters and assigned names are fast locals, a
 * `global` name is stored as a global, a builtin is loaded as a global. */
Test(compiler, function_scopes) {
  check_dis(
      "def f(a):\n"
      "    global g\n"
      "    x = a\n"
      "    g = x\n"
      "    return len(x)\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object f at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (f)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f, file \"<string>\", line 1>:\n"
      "   3      0 LOAD_FAST              0 (a)\n"
      "          1 STORE_FAST             1 (x)\n"
      "\n"
      "   4      2 LOAD_FAST              1 (x)\n"
      "          3 STORE_GLOBAL           0 (g)\n"
      "\n"
      "   5      4 LOAD_GLOBAL            1 (len)\n"
      "          5 LOAD_FAST              1 (x)\n"
      "          6 CALL                   1\n"
      "          7 RETURN_VALUE           0\n"
      "          8 LOAD_CONST             0 (None)\n"
      "          9 RETURN_VALUE           0\n"
      "\n");
}

/* `nonlocal` turns the outer local into a cell and the inner name into
 * a free variable: both use the DEREF instructions, and the closure
 * tuple is built from LOAD_CLOSURE. */
Test(compiler, nonlocal_makes_cell_and_free) {
  check_dis(
      "def outer():\n"
      "    x = 1\n"
      "    def inner():\n"
      "        nonlocal x\n"
      "        x = x + 1\n"
      "        return x\n"
      "    return inner\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object outer at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (outer)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object outer, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_CONST             1 (1)\n"
      "          1 STORE_DEREF            0 (x)\n"
      "\n"
      "   3      2 LOAD_CLOSURE           0 (x)\n"
      "          3 BUILD_TUPLE            1\n"
      "          4 LOAD_CONST             2 (<code object inner at 0x..., file "
      "\"<string>\", line 3>)\n"
      "          5 MAKE_FUNCTION          8\n"
      "          6 STORE_FAST             0 (inner)\n"
      "\n"
      "   7      7 LOAD_FAST              0 (inner)\n"
      "          8 RETURN_VALUE           0\n"
      "          9 LOAD_CONST             0 (None)\n"
      "         10 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object outer.<locals>.inner, file \"<string>\", "
      "line 3>:\n"
      "   5      0 LOAD_DEREF             0 (x)\n"
      "          1 LOAD_CONST             1 (1)\n"
      "          2 BINARY_OP              0\n"
      "          3 STORE_DEREF            0 (x)\n"
      "\n"
      "   6      4 LOAD_DEREF             0 (x)\n"
      "          5 RETURN_VALUE           0\n"
      "          6 LOAD_CONST             0 (None)\n"
      "          7 RETURN_VALUE           0\n"
      "\n");
}

/* A function that does not use x itself still carries the cell from a
 * to c. */
Test(compiler, free_variable_passes_through_middle_function) {
  check_dis(
      "def a():\n"
      "    x = 1\n"
      "    def b():\n"
      "        def c():\n"
      "            return x\n"
      "        return c\n"
      "    return b\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object a at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (a)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object a, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_CONST             1 (1)\n"
      "          1 STORE_DEREF            0 (x)\n"
      "\n"
      "   3      2 LOAD_CLOSURE           0 (x)\n"
      "          3 BUILD_TUPLE            1\n"
      "          4 LOAD_CONST             2 (<code object b at 0x..., file "
      "\"<string>\", line 3>)\n"
      "          5 MAKE_FUNCTION          8\n"
      "          6 STORE_FAST             0 (b)\n"
      "\n"
      "   7      7 LOAD_FAST              0 (b)\n"
      "          8 RETURN_VALUE           0\n"
      "          9 LOAD_CONST             0 (None)\n"
      "         10 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object a.<locals>.b, file \"<string>\", line 3>:\n"
      "   4      0 LOAD_CLOSURE           0 (x)\n"
      "          1 BUILD_TUPLE            1\n"
      "          2 LOAD_CONST             1 (<code object c at 0x..., file "
      "\"<string>\", line 4>)\n"
      "          3 MAKE_FUNCTION          8\n"
      "          4 STORE_FAST             0 (c)\n"
      "\n"
      "   6      5 LOAD_FAST              0 (c)\n"
      "          6 RETURN_VALUE           0\n"
      "          7 LOAD_CONST             0 (None)\n"
      "          8 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object a.<locals>.b.<locals>.c, file \"<string>\", "
      "line 4>:\n"
      "   5      0 LOAD_DEREF             0 (x)\n"
      "          1 RETURN_VALUE           0\n"
      "          2 LOAD_CONST             0 (None)\n"
      "          3 RETURN_VALUE           0\n"
      "\n");
}

/* A class body reads an enclosing function's variable through the cell
 * and hands the same cell on to its method. */
Test(compiler, class_body_in_function_reads_enclosing_cell) {
  check_dis(
      "def f():\n"
      "    y = 1\n"
      "    class K:\n"
      "        z = y\n"
      "        def m(self):\n"
      "            return y\n"
      "    return K\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object f at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (f)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_CONST             1 (1)\n"
      "          1 STORE_DEREF            0 (y)\n"
      "\n"
      "   3      2 LOAD_BUILD_CLASS       0\n"
      "          3 LOAD_CLOSURE           0 (y)\n"
      "          4 BUILD_TUPLE            1\n"
      "          5 LOAD_CONST             2 (<code object K at 0x..., file "
      "\"<string>\", line 3>)\n"
      "          6 MAKE_FUNCTION          8\n"
      "          7 LOAD_CONST             3 ('K')\n"
      "          8 CALL                   2\n"
      "          9 STORE_FAST             0 (K)\n"
      "\n"
      "   7     10 LOAD_FAST              0 (K)\n"
      "         11 RETURN_VALUE           0\n"
      "         12 LOAD_CONST             0 (None)\n"
      "         13 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f.<locals>.K, file \"<string>\", line 3>:\n"
      "   3      0 LOAD_NAME              0 (__name__)\n"
      "          1 STORE_NAME             1 (__module__)\n"
      "          2 LOAD_CONST             0 ('f.<locals>.K')\n"
      "          3 STORE_NAME             2 (__qualname__)\n"
      "\n"
      "   4      4 LOAD_DEREF             0 (y)\n"
      "          5 STORE_NAME             3 (z)\n"
      "\n"
      "   5      6 LOAD_CLOSURE           0 (y)\n"
      "          7 BUILD_TUPLE            1\n"
      "          8 LOAD_CONST             1 (<code object m at 0x..., file "
      "\"<string>\", line 5>)\n"
      "          9 MAKE_FUNCTION          8\n"
      "         10 STORE_NAME             4 (m)\n"
      "\n"
      "   6     11 LOAD_CONST             2 (None)\n"
      "         12 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f.<locals>.K.m, file \"<string>\", line "
      "5>:\n"
      "   6      0 LOAD_DEREF             0 (y)\n"
      "          1 RETURN_VALUE           0\n"
      "          2 LOAD_CONST             0 (None)\n"
      "          3 RETURN_VALUE           0\n"
      "\n");
}

/* A class body that binds y while a method uses the enclosing
 * function's y: the body stores its own y by name and still passes the
 * cell on (CPython compiles and runs this; python3 prints 1 for
 * f()().m()). The compiler stops with "SyntaxError: internal error:
 * no cell for 'y'". The golden text follows the output for the same
 * class without the binding. */
Test(compiler, class_body_binding_keeps_cell_for_methods) {
  check_dis(
      "def f():\n"
      "    y = 1\n"
      "    class K:\n"
      "        y = 2\n"
      "        def m(self):\n"
      "            return y\n"
      "    return K\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object f at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (f)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_CONST             1 (1)\n"
      "          1 STORE_DEREF            0 (y)\n"
      "\n"
      "   3      2 LOAD_BUILD_CLASS       0\n"
      "          3 LOAD_CLOSURE           0 (y)\n"
      "          4 BUILD_TUPLE            1\n"
      "          5 LOAD_CONST             2 (<code object K at 0x..., file "
      "\"<string>\", line 3>)\n"
      "          6 MAKE_FUNCTION          8\n"
      "          7 LOAD_CONST             3 ('K')\n"
      "          8 CALL                   2\n"
      "          9 STORE_FAST             0 (K)\n"
      "\n"
      "   7     10 LOAD_FAST              0 (K)\n"
      "         11 RETURN_VALUE           0\n"
      "         12 LOAD_CONST             0 (None)\n"
      "         13 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f.<locals>.K, file \"<string>\", line 3>:\n"
      "   3      0 LOAD_NAME              0 (__name__)\n"
      "          1 STORE_NAME             1 (__module__)\n"
      "          2 LOAD_CONST             0 ('f.<locals>.K')\n"
      "          3 STORE_NAME             2 (__qualname__)\n"
      "\n"
      "   4      4 LOAD_CONST             1 (2)\n"
      "          5 STORE_NAME             3 (y)\n"
      "\n"
      "   5      6 LOAD_CLOSURE           0 (y)\n"
      "          7 BUILD_TUPLE            1\n"
      "          8 LOAD_CONST             2 (<code object m at 0x..., file "
      "\"<string>\", line 5>)\n"
      "          9 MAKE_FUNCTION          8\n"
      "         10 STORE_NAME             4 (m)\n"
      "\n"
      "   6     11 LOAD_CONST             3 (None)\n"
      "         12 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f.<locals>.K.m, file \"<string>\", line "
      "5>:\n"
      "   6      0 LOAD_DEREF             0 (y)\n"
      "          1 RETURN_VALUE           0\n"
      "          2 LOAD_CONST             0 (None)\n"
      "          3 RETURN_VALUE           0\n"
      "\n");
}

/* Each false test jumps to the next clause; each taken clause jumps past
 * the else. */
Test(compiler, if_elif_else_jump_targets) {
  check_dis(
      "if a:\n"
      "    b = 1\n"
      "elif c:\n"
      "    b = 2\n"
      "else:\n"
      "    b = 3\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_GLOBAL            0 (a)\n"
      "          1 POP_JUMP_IF_FALSE      5 (to 5)\n"
      "\n"
      "   2      2 LOAD_CONST             0 (1)\n"
      "          3 STORE_GLOBAL           1 (b)\n"
      "          4 JUMP                   12 (to 12)\n"
      "\n"
      "   3      5 LOAD_GLOBAL            2 (c)\n"
      "          6 POP_JUMP_IF_FALSE      10 (to 10)\n"
      "\n"
      "   4      7 LOAD_CONST             1 (2)\n"
      "          8 STORE_GLOBAL           1 (b)\n"
      "          9 JUMP                   12 (to 12)\n"
      "\n"
      "   6     10 LOAD_CONST             2 (3)\n"
      "         11 STORE_GLOBAL           1 (b)\n"
      "         12 LOAD_CONST             3 (None)\n"
      "         13 RETURN_VALUE           0\n"
      "\n");
}

/* break leaves past the else clause, continue goes back to the test, a
 * false test runs the else clause. */
Test(compiler, while_break_continue_else) {
  check_dis(
      "while n:\n"
      "    n -= 1\n"
      "    if n == 5:\n"
      "        break\n"
      "    continue\n"
      "else:\n"
      "    done()\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_GLOBAL            0 (n)\n"
      "          1 POP_JUMP_IF_FALSE      13 (to 13)\n"
      "\n"
      "   2      2 LOAD_GLOBAL            0 (n)\n"
      "          3 LOAD_CONST             0 (1)\n"
      "          4 INPLACE_OP             1\n"
      "          5 STORE_GLOBAL           0 (n)\n"
      "\n"
      "   3      6 LOAD_GLOBAL            0 (n)\n"
      "          7 LOAD_CONST             1 (5)\n"
      "          8 COMPARE_OP             0\n"
      "          9 POP_JUMP_IF_FALSE      11 (to 11)\n"
      "\n"
      "   4     10 JUMP                   16 (to 16)\n"
      "\n"
      "   5     11 JUMP                   0 (to 0)\n"
      "         12 JUMP                   0 (to 0)\n"
      "\n"
      "   7     13 LOAD_GLOBAL            1 (done)\n"
      "         14 CALL                   0\n"
      "         15 POP_TOP                0\n"
      "         16 LOAD_CONST             2 (None)\n"
      "         17 RETURN_VALUE           0\n"
      "\n");
}

/* break pops the iterator and skips the else clause; an exhausted
 * FOR_ITER lands on the else clause. */
Test(compiler, for_else_break_pops_iterator) {
  check_dis(
      "for x in xs:\n"
      "    if x:\n"
      "        break\n"
      "else:\n"
      "    y = 1\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_GLOBAL            0 (xs)\n"
      "          1 GET_ITER               0\n"
      "          2 FOR_ITER               9 (to 9)\n"
      "          3 STORE_GLOBAL           1 (x)\n"
      "\n"
      "   2      4 LOAD_GLOBAL            1 (x)\n"
      "          5 POP_JUMP_IF_FALSE      8 (to 8)\n"
      "\n"
      "   3      6 POP_TOP                0\n"
      "          7 JUMP                   11 (to 11)\n"
      "          8 JUMP                   2 (to 2)\n"
      "\n"
      "   5      9 LOAD_CONST             0 (1)\n"
      "         10 STORE_GLOBAL           2 (y)\n"
      "         11 LOAD_CONST             1 (None)\n"
      "         12 RETURN_VALUE           0\n"
      "\n");
}

/* The finally block is set up first, then the except block; the
 * handler matches the class, binds and then unbinds the name (also when
 * the handler body raises), and the finally body is inlined on the
 * normal path and run by its own handler on the exceptional one. */
Test(compiler, try_except_finally_blocks) {
  check_dis(
      "try:\n"
      "    f()\n"
      "except ValueError as e:\n"
      "    g(e)\n"
      "finally:\n"
      "    h()\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 SETUP_FINALLY          32 (to 32)\n"
      "          1 SETUP_EXCEPT           7 (to 7)\n"
      "\n"
      "   2      2 LOAD_GLOBAL            0 (f)\n"
      "          3 CALL                   0\n"
      "          4 POP_TOP                0\n"
      "          5 POP_BLOCK              0\n"
      "          6 JUMP                   27 (to 27)\n"
      "\n"
      "   3      7 LOAD_GLOBAL            1 (ValueError)\n"
      "          8 CHECK_EXC_MATCH        0\n"
      "          9 POP_JUMP_IF_FALSE      26 (to 26)\n"
      "         10 STORE_GLOBAL           2 (e)\n"
      "         11 SETUP_FINALLY          22 (to 22)\n"
      "\n"
      "   4     12 LOAD_GLOBAL            3 (g)\n"
      "         13 LOAD_GLOBAL            2 (e)\n"
      "         14 CALL                   1\n"
      "         15 POP_TOP                0\n"
      "         16 POP_BLOCK              0\n"
      "         17 LOAD_CONST             0 (None)\n"
      "         18 STORE_GLOBAL           2 (e)\n"
      "         19 DELETE_GLOBAL          2 (e)\n"
      "         20 POP_EXCEPT             0\n"
      "         21 JUMP                   27 (to 27)\n"
      "         22 LOAD_CONST             0 (None)\n"
      "         23 STORE_GLOBAL           2 (e)\n"
      "         24 DELETE_GLOBAL          2 (e)\n"
      "         25 RERAISE                0\n"
      "         26 RERAISE                0\n"
      "         27 POP_BLOCK              0\n"
      "\n"
      "   6     28 LOAD_GLOBAL            4 (h)\n"
      "         29 CALL                   0\n"
      "         30 POP_TOP                0\n"
      "         31 JUMP                   36 (to 36)\n"
      "         32 LOAD_GLOBAL            4 (h)\n"
      "         33 CALL                   0\n"
      "         34 POP_TOP                0\n"
      "         35 RERAISE                0\n"
      "         36 LOAD_CONST             0 (None)\n"
      "         37 RETURN_VALUE           0\n"
      "\n");
}

/* return inside try saves the value, pops the block and runs the
 * finally body before returning. */
Test(compiler, return_inside_try_finally) {
  check_dis(
      "def f():\n"
      "    try:\n"
      "        return 1\n"
      "    finally:\n"
      "        print(2)\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object f at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (f)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f, file \"<string>\", line 1>:\n"
      "   2      0 SETUP_FINALLY          16 (to 16)\n"
      "\n"
      "   3      1 LOAD_CONST             1 (1)\n"
      "          2 STORE_FAST             0 (.tmp0)\n"
      "          3 POP_BLOCK              0\n"
      "\n"
      "   5      4 LOAD_GLOBAL            0 (print)\n"
      "          5 LOAD_CONST             2 (2)\n"
      "          6 CALL                   1\n"
      "          7 POP_TOP                0\n"
      "\n"
      "   3      8 LOAD_FAST              0 (.tmp0)\n"
      "          9 RETURN_VALUE           0\n"
      "         10 POP_BLOCK              0\n"
      "\n"
      "   5     11 LOAD_GLOBAL            0 (print)\n"
      "         12 LOAD_CONST             2 (2)\n"
      "         13 CALL                   1\n"
      "         14 POP_TOP                0\n"
      "         15 JUMP                   21 (to 21)\n"
      "         16 LOAD_GLOBAL            0 (print)\n"
      "         17 LOAD_CONST             2 (2)\n"
      "         18 CALL                   1\n"
      "         19 POP_TOP                0\n"
      "         20 RERAISE                0\n"
      "         21 LOAD_CONST             0 (None)\n"
      "         22 RETURN_VALUE           0\n"
      "\n");
}

/* break and continue inside try run the finally body first; break also
 * pops the iterator. */
Test(compiler, break_and_continue_through_finally) {
  check_dis(
      "for i in xs:\n"
      "    try:\n"
      "        if i:\n"
      "            break\n"
      "        continue\n"
      "    finally:\n"
      "        g()\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_GLOBAL            0 (xs)\n"
      "          1 GET_ITER               0\n"
      "          2 FOR_ITER               28 (to 28)\n"
      "          3 STORE_GLOBAL           1 (i)\n"
      "\n"
      "   2      4 SETUP_FINALLY          23 (to 23)\n"
      "\n"
      "   3      5 LOAD_GLOBAL            1 (i)\n"
      "          6 POP_JUMP_IF_FALSE      13 (to 13)\n"
      "\n"
      "   4      7 POP_BLOCK              0\n"
      "\n"
      "   7      8 LOAD_GLOBAL            2 (g)\n"
      "          9 CALL                   0\n"
      "         10 POP_TOP                0\n"
      "         11 POP_TOP                0\n"
      "         12 JUMP                   28 (to 28)\n"
      "\n"
      "   5     13 POP_BLOCK              0\n"
      "\n"
      "   7     14 LOAD_GLOBAL            2 (g)\n"
      "         15 CALL                   0\n"
      "         16 POP_TOP                0\n"
      "         17 JUMP                   2 (to 2)\n"
      "         18 POP_BLOCK              0\n"
      "         19 LOAD_GLOBAL            2 (g)\n"
      "         20 CALL                   0\n"
      "         21 POP_TOP                0\n"
      "         22 JUMP                   27 (to 27)\n"
      "         23 LOAD_GLOBAL            2 (g)\n"
      "         24 CALL                   0\n"
      "         25 POP_TOP                0\n"
      "         26 RERAISE                0\n"
      "         27 JUMP                   2 (to 2)\n"
      "         28 LOAD_CONST             0 (None)\n"
      "         29 RETURN_VALUE           0\n"
      "\n");
}

/* with: __exit__(None, None, None) on the normal path; on an exception
 * __exit__(type, exc, tb) and a re-raise unless it returns true. */
Test(compiler, with_statement) {
  check_dis(
      "with open(p) as f:\n"
      "    f.read()\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_GLOBAL            0 (open)\n"
      "          1 LOAD_GLOBAL            1 (p)\n"
      "          2 CALL                   1\n"
      "          3 BEFORE_WITH            0\n"
      "          4 SETUP_WITH             17 (to 17)\n"
      "          5 STORE_GLOBAL           2 (f)\n"
      "\n"
      "   2      6 LOAD_GLOBAL            2 (f)\n"
      "          7 LOAD_METHOD            3 (read)\n"
      "          8 CALL_METHOD            0\n"
      "          9 POP_TOP                0\n"
      "\n"
      "   1     10 POP_BLOCK              0\n"
      "         11 LOAD_CONST             0 (None)\n"
      "         12 LOAD_CONST             0 (None)\n"
      "         13 LOAD_CONST             0 (None)\n"
      "         14 CALL                   3\n"
      "         15 POP_TOP                0\n"
      "         16 JUMP                   26 (to 26)\n"
      "         17 COPY                   3\n"
      "         18 COPY                   2\n"
      "         19 EXIT_ARGS              0\n"
      "         20 CALL                   3\n"
      "         21 POP_JUMP_IF_TRUE       23 (to 23)\n"
      "         22 RERAISE                0\n"
      "         23 POP_TOP                0\n"
      "         24 POP_EXCEPT             0\n"
      "         25 POP_TOP                0\n"
      "         26 LOAD_CONST             0 (None)\n"
      "         27 RETURN_VALUE           0\n"
      "\n");
}

/* A comprehension is a nested function called with the iterator; a
 * false condition goes straight back to FOR_ITER. */
Test(compiler, list_comprehension) {
  check_dis(
      "def f(xs):\n"
      "    return [x * 2 for x in xs if x]\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object f at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (f)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_CONST             1 (<code object <listcomp> at 0x..., "
      "file \"<string>\", line 2>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 LOAD_FAST              0 (xs)\n"
      "          3 GET_ITER               0\n"
      "          4 CALL                   1\n"
      "          5 RETURN_VALUE           0\n"
      "          6 LOAD_CONST             0 (None)\n"
      "          7 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f.<locals>.<listcomp>, file \"<string>\", "
      "line 2>:\n"
      "   2      0 BUILD_LIST             0\n"
      "          1 LOAD_FAST              0 (.0)\n"
      "          2 FOR_ITER               11 (to 11)\n"
      "          3 STORE_FAST             1 (x)\n"
      "          4 LOAD_FAST              1 (x)\n"
      "          5 POP_JUMP_IF_FALSE      2 (to 2)\n"
      "          6 LOAD_FAST              1 (x)\n"
      "          7 LOAD_CONST             0 (2)\n"
      "          8 BINARY_OP              2\n"
      "          9 LIST_APPEND            2\n"
      "         10 JUMP                   2 (to 2)\n"
      "         11 RETURN_VALUE           0\n"
      "\n");
}

/* Fast locals are numbered as CPython numbers them: positional
 * parameters, keyword-only ones, *args, **kwargs, then other locals.
 * A generator expression is a nested generator function. */
Test(compiler, generator_expression_and_star_params) {
  check_dis(
      "def f(a, *args, k, **kw):\n"
      "    return sum(v for v in args)\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object f at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (f)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_GLOBAL            0 (sum)\n"
      "          1 LOAD_CONST             1 (<code object <genexpr> at 0x..., "
      "file \"<string>\", line 2>)\n"
      "          2 MAKE_FUNCTION          0\n"
      "          3 LOAD_FAST              2 (args)\n"
      "          4 GET_ITER               0\n"
      "          5 CALL                   1\n"
      "          6 CALL                   1\n"
      "          7 RETURN_VALUE           0\n"
      "          8 LOAD_CONST             0 (None)\n"
      "          9 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f.<locals>.<genexpr>, file \"<string>\", "
      "line 2>:\n"
      "   2      0 LOAD_FAST              0 (.0)\n"
      "          1 FOR_ITER               7 (to 7)\n"
      "          2 STORE_FAST             1 (v)\n"
      "          3 LOAD_FAST              1 (v)\n"
      "          4 YIELD_VALUE            0\n"
      "          5 POP_TOP                0\n"
      "          6 JUMP                   1 (to 1)\n"
      "          7 LOAD_CONST             0 (None)\n"
      "          8 RETURN_VALUE           0\n"
      "\n");
}

/* Defaults are a tuple, keyword-only defaults a dict; MAKE_FUNCTION's
 * flags say which are present. */
Test(compiler, defaults_and_kwonly_defaults) {
  check_dis(
      "def f(a, b=2, *, c=3):\n"
      "    return a + b + c\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (2)\n"
      "          1 BUILD_TUPLE            1\n"
      "          2 LOAD_CONST             1 ('c')\n"
      "          3 LOAD_CONST             2 (3)\n"
      "          4 BUILD_MAP              1\n"
      "          5 LOAD_CONST             3 (<code object f at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          6 MAKE_FUNCTION          3\n"
      "          7 STORE_GLOBAL           0 (f)\n"
      "          8 LOAD_CONST             4 (None)\n"
      "          9 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object f, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_FAST              0 (a)\n"
      "          1 LOAD_FAST              1 (b)\n"
      "          2 BINARY_OP              0\n"
      "          3 LOAD_FAST              2 (c)\n"
      "          4 BINARY_OP              0\n"
      "          5 RETURN_VALUE           0\n"
      "          6 LOAD_CONST             0 (None)\n"
      "          7 RETURN_VALUE           0\n"
      "\n");
}

/* A lambda closes over a parameter of its enclosing function. */
Test(compiler, lambda_closure) {
  check_dis(
      "def make(n):\n"
      "    return lambda x: x + n\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object make at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (make)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object make, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_CLOSURE           0 (n)\n"
      "          1 BUILD_TUPLE            1\n"
      "          2 LOAD_CONST             1 (<code object <lambda> at 0x..., "
      "file \"<string>\", line 2>)\n"
      "          3 MAKE_FUNCTION          8\n"
      "          4 RETURN_VALUE           0\n"
      "          5 LOAD_CONST             0 (None)\n"
      "          6 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object make.<locals>.<lambda>, file \"<string>\", "
      "line 2>:\n"
      "   2      0 LOAD_FAST              0 (x)\n"
      "          1 LOAD_DEREF             0 (n)\n"
      "          2 BINARY_OP              0\n"
      "          3 RETURN_VALUE           0\n"
      "\n");
}

/* A class statement calls __build_class__ with the body function, the
 * name and the bases; the body sets __module__ and __qualname__ and
 * uses NAME instructions. */
Test(compiler, class_body_and_bases) {
  check_dis(
      "class C(B):\n"
      "    x = 1\n"
      "    def m(self):\n"
      "        return self.x\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_BUILD_CLASS       0\n"
      "          1 LOAD_CONST             0 (<code object C at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          2 MAKE_FUNCTION          0\n"
      "          3 LOAD_CONST             1 ('C')\n"
      "          4 LOAD_GLOBAL            0 (B)\n"
      "          5 CALL                   3\n"
      "          6 STORE_GLOBAL           1 (C)\n"
      "          7 LOAD_CONST             2 (None)\n"
      "          8 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object C, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_NAME              0 (__name__)\n"
      "          1 STORE_NAME             1 (__module__)\n"
      "          2 LOAD_CONST             0 ('C')\n"
      "          3 STORE_NAME             2 (__qualname__)\n"
      "\n"
      "   2      4 LOAD_CONST             1 (1)\n"
      "          5 STORE_NAME             3 (x)\n"
      "\n"
      "   3      6 LOAD_CONST             2 (<code object m at 0x..., file "
      "\"<string>\", line 3>)\n"
      "          7 MAKE_FUNCTION          0\n"
      "          8 STORE_NAME             4 (m)\n"
      "\n"
      "   4      9 LOAD_CONST             3 (None)\n"
      "         10 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object C.m, file \"<string>\", line 3>:\n"
      "   4      0 LOAD_FAST              0 (self)\n"
      "          1 LOAD_ATTR              0 (x)\n"
      "          2 RETURN_VALUE           0\n"
      "          3 LOAD_CONST             0 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n");
}

/* A method using super() makes the body create the __class__ cell and
 * return it as __classcell__; keywords of the class statement go
 * through CALL_KW. */
Test(compiler, super_gets_class_cell) {
  check_dis(
      "class A(B, metaclass=M):\n"
      "    def f(self):\n"
      "        return super().f()\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_BUILD_CLASS       0\n"
      "          1 LOAD_CONST             0 (<code object A at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          2 MAKE_FUNCTION          0\n"
      "          3 LOAD_CONST             1 ('A')\n"
      "          4 LOAD_GLOBAL            0 (B)\n"
      "          5 LOAD_GLOBAL            1 (M)\n"
      "          6 LOAD_CONST             2 (('metaclass',))\n"
      "          7 CALL_KW                4\n"
      "          8 STORE_GLOBAL           2 (A)\n"
      "          9 LOAD_CONST             3 (None)\n"
      "         10 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object A, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_NAME              0 (__name__)\n"
      "          1 STORE_NAME             1 (__module__)\n"
      "          2 LOAD_CONST             0 ('A')\n"
      "          3 STORE_NAME             2 (__qualname__)\n"
      "\n"
      "   2      4 LOAD_CLOSURE           0 (__class__)\n"
      "          5 BUILD_TUPLE            1\n"
      "          6 LOAD_CONST             1 (<code object f at 0x..., file "
      "\"<string>\", line 2>)\n"
      "          7 MAKE_FUNCTION          8\n"
      "          8 STORE_NAME             3 (f)\n"
      "\n"
      "   3      9 LOAD_CLOSURE           0 (__class__)\n"
      "         10 COPY                   1\n"
      "         11 STORE_NAME             4 (__classcell__)\n"
      "         12 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object A.f, file \"<string>\", line 2>:\n"
      "   3      0 LOAD_GLOBAL            0 (super)\n"
      "          1 CALL                   0\n"
      "          2 LOAD_METHOD            1 (f)\n"
      "          3 CALL_METHOD            0\n"
      "          4 RETURN_VALUE           0\n"
      "          5 LOAD_CONST             0 (None)\n"
      "          6 RETURN_VALUE           0\n"
      "\n");
}

/* yield from is a SEND loop over iter(h()). */
Test(compiler, generator_yield_and_yield_from) {
  check_dis(
      "def g(n):\n"
      "    yield n\n"
      "    yield from h()\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object g at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (g)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object g, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_FAST              0 (n)\n"
      "          1 YIELD_VALUE            0\n"
      "          2 POP_TOP                0\n"
      "\n"
      "   3      3 LOAD_GLOBAL            0 (h)\n"
      "          4 CALL                   0\n"
      "          5 GET_ITER               0\n"
      "          6 LOAD_CONST             0 (None)\n"
      "          7 SEND                   10 (to 10)\n"
      "          8 YIELD_VALUE            0\n"
      "          9 JUMP                   7 (to 7)\n"
      "         10 POP_TOP                0\n"
      "         11 LOAD_CONST             0 (None)\n"
      "         12 RETURN_VALUE           0\n"
      "\n");
}

/* await is GET_AWAITABLE and a SEND loop. */
Test(compiler, async_def_await) {
  check_dis(
      "async def main():\n"
      "    await sleep(1)\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object main at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (main)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object main, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_GLOBAL            0 (sleep)\n"
      "          1 LOAD_CONST             1 (1)\n"
      "          2 CALL                   1\n"
      "          3 GET_AWAITABLE          0\n"
      "          4 LOAD_CONST             0 (None)\n"
      "          5 SEND                   8 (to 8)\n"
      "          6 YIELD_VALUE            0\n"
      "          7 JUMP                   5 (to 5)\n"
      "          8 POP_TOP                0\n"
      "          9 LOAD_CONST             0 (None)\n"
      "         10 RETURN_VALUE           0\n"
      "\n");
}

/* async with awaits __aenter__ and __aexit__; async for wraps each
 * __anext__ in an except block that END_ASYNC_FOR ends. */
Test(compiler, async_with_and_async_for) {
  check_dis(
      "async def main(m, s):\n"
      "    async with m as v:\n"
      "        async for item in s:\n"
      "            await v(item)\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 (<code object main at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          1 MAKE_FUNCTION          0\n"
      "          2 STORE_GLOBAL           0 (main)\n"
      "          3 LOAD_CONST             1 (None)\n"
      "          4 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object main, file \"<string>\", line 1>:\n"
      "   2      0 LOAD_FAST              0 (m)\n"
      "          1 BEFORE_WITH            1\n"
      "          2 GET_AWAITABLE          0\n"
      "          3 LOAD_CONST             0 (None)\n"
      "          4 SEND                   7 (to 7)\n"
      "          5 YIELD_VALUE            0\n"
      "          6 JUMP                   4 (to 4)\n"
      "          7 SETUP_WITH             43 (to 43)\n"
      "          8 STORE_FAST             2 (v)\n"
      "\n"
      "   3      9 LOAD_FAST              1 (s)\n"
      "         10 GET_AITER              0\n"
      "         11 SETUP_EXCEPT           30 (to 30)\n"
      "         12 GET_ANEXT              0\n"
      "         13 GET_AWAITABLE          0\n"
      "         14 LOAD_CONST             0 (None)\n"
      "         15 SEND                   18 (to 18)\n"
      "         16 YIELD_VALUE            0\n"
      "         17 JUMP                   15 (to 15)\n"
      "         18 POP_BLOCK              0\n"
      "         19 STORE_FAST             3 (item)\n"
      "\n"
      "   4     20 LOAD_FAST              2 (v)\n"
      "         21 LOAD_FAST              3 (item)\n"
      "         22 CALL                   1\n"
      "         23 GET_AWAITABLE          0\n"
      "         24 LOAD_CONST             0 (None)\n"
      "         25 SEND                   28 (to 28)\n"
      "         26 YIELD_VALUE            0\n"
      "         27 JUMP                   25 (to 25)\n"
      "         28 POP_TOP                0\n"
      "         29 JUMP                   11 (to 11)\n"
      "         30 END_ASYNC_FOR          0\n"
      "\n"
      "   2     31 POP_BLOCK              0\n"
      "         32 LOAD_CONST             0 (None)\n"
      "         33 LOAD_CONST             0 (None)\n"
      "         34 LOAD_CONST             0 (None)\n"
      "         35 CALL                   3\n"
      "         36 GET_AWAITABLE          0\n"
      "         37 LOAD_CONST             0 (None)\n"
      "         38 SEND                   41 (to 41)\n"
      "         39 YIELD_VALUE            0\n"
      "         40 JUMP                   38 (to 38)\n"
      "         41 POP_TOP                0\n"
      "         42 JUMP                   57 (to 57)\n"
      "         43 COPY                   3\n"
      "         44 COPY                   2\n"
      "         45 EXIT_ARGS              0\n"
      "         46 CALL                   3\n"
      "         47 GET_AWAITABLE          0\n"
      "         48 LOAD_CONST             0 (None)\n"
      "         49 SEND                   52 (to 52)\n"
      "         50 YIELD_VALUE            0\n"
      "         51 JUMP                   49 (to 49)\n"
      "         52 POP_JUMP_IF_TRUE       54 (to 54)\n"
      "         53 RERAISE                0\n"
      "         54 POP_TOP                0\n"
      "         55 POP_EXCEPT             0\n"
      "         56 POP_TOP                0\n"
      "\n"
      "   4     57 LOAD_CONST             0 (None)\n"
      "         58 RETURN_VALUE           0\n"
      "\n");
}

/* and/or keep the deciding operand; a chained comparison evaluates x
 * once and cleans up the stack when it stops early. */
Test(compiler, boolean_operators_and_chained_comparison) {
  check_dis(
      "r = a and b or c\n"
      "s = 1 < x < 3\n"
      "t = p if q else u\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_GLOBAL            0 (a)\n"
      "          1 JUMP_IF_FALSE_OR_POP   3 (to 3)\n"
      "          2 LOAD_GLOBAL            1 (b)\n"
      "          3 JUMP_IF_TRUE_OR_POP    5 (to 5)\n"
      "          4 LOAD_GLOBAL            2 (c)\n"
      "          5 STORE_GLOBAL           3 (r)\n"
      "\n"
      "   2      6 LOAD_CONST             0 (1)\n"
      "          7 LOAD_GLOBAL            4 (x)\n"
      "          8 SWAP                   2\n"
      "          9 COPY                   2\n"
      "         10 COMPARE_OP             2\n"
      "         11 JUMP_IF_FALSE_OR_POP   15 (to 15)\n"
      "         12 LOAD_CONST             1 (3)\n"
      "         13 COMPARE_OP             2\n"
      "         14 JUMP                   17 (to 17)\n"
      "         15 SWAP                   2\n"
      "         16 POP_TOP                0\n"
      "         17 STORE_GLOBAL           5 (s)\n"
      "\n"
      "   3     18 LOAD_GLOBAL            6 (q)\n"
      "         19 POP_JUMP_IF_FALSE      22 (to 22)\n"
      "         20 LOAD_GLOBAL            7 (p)\n"
      "         21 JUMP                   23 (to 23)\n"
      "         22 LOAD_GLOBAL            8 (u)\n"
      "         23 STORE_GLOBAL           9 (t)\n"
      "         24 LOAD_CONST             2 (None)\n"
      "         25 RETURN_VALUE           0\n"
      "\n");
}

/* Each instruction carries the line of the source it comes from; the
 * call itself belongs to the line where it starts. */
Test(compiler, multi_line_call_line_numbers) {
  check_dis(
      "total = f(1,\n"
      "          g(2),\n"
      "          3)\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_GLOBAL            0 (f)\n"
      "          1 LOAD_CONST             0 (1)\n"
      "\n"
      "   2      2 LOAD_GLOBAL            1 (g)\n"
      "          3 LOAD_CONST             1 (2)\n"
      "          4 CALL                   1\n"
      "\n"
      "   3      5 LOAD_CONST             2 (3)\n"
      "\n"
      "   1      6 CALL                   3\n"
      "          7 STORE_GLOBAL           2 (total)\n"
      "          8 LOAD_CONST             3 (None)\n"
      "          9 RETURN_VALUE           0\n"
      "\n");
}

/* A module docstring becomes __doc__, as a class docstring does
 * (python3 prints 'mod' for `"""mod"""` then `print(__doc__)`). The
 * compiler drops it and the program raises NameError. */
Test(compiler, module_docstring_sets_doc) {
  check_dis(
      "\"\"\"mod\"\"\"\n"
      "x = 1\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_CONST             0 ('mod')\n"
      "          1 STORE_GLOBAL           0 (__doc__)\n"
      "\n"
      "   2      2 LOAD_CONST             1 (1)\n"
      "          3 STORE_GLOBAL           1 (x)\n"
      "          4 LOAD_CONST             2 (None)\n"
      "          5 RETURN_VALUE           0\n"
      "\n");
}

/* Storing a class docstring belongs to the docstring's line, as in
 * CPython's line table; the compiler gives the STORE_NAME the line of
 * the class statement. */
Test(compiler, class_docstring_line) {
  check_dis(
      "class C:\n"
      "    \"\"\"doc\"\"\"\n"
      "    x = 1\n",
      "Disassembly of <code object <module>, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_BUILD_CLASS       0\n"
      "          1 LOAD_CONST             0 (<code object C at 0x..., file "
      "\"<string>\", line 1>)\n"
      "          2 MAKE_FUNCTION          0\n"
      "          3 LOAD_CONST             1 ('C')\n"
      "          4 CALL                   2\n"
      "          5 STORE_GLOBAL           0 (C)\n"
      "          6 LOAD_CONST             2 (None)\n"
      "          7 RETURN_VALUE           0\n"
      "\n"
      "Disassembly of <code object C, file \"<string>\", line 1>:\n"
      "   1      0 LOAD_NAME              0 (__name__)\n"
      "          1 STORE_NAME             1 (__module__)\n"
      "          2 LOAD_CONST             0 ('C')\n"
      "          3 STORE_NAME             2 (__qualname__)\n"
      "\n"
      "   2      4 LOAD_CONST             1 ('doc')\n"
      "          5 STORE_NAME             3 (__doc__)\n"
      "\n"
      "   3      6 LOAD_CONST             2 (1)\n"
      "          7 STORE_NAME             4 (x)\n"
      "          8 LOAD_CONST             3 (None)\n"
      "          9 RETURN_VALUE           0\n"
      "\n");
}

/* ---- compile errors (expected values from python3's compile()) ----------- */

/* return, yield, await, break and continue where their context is
 * missing. */
Test(compiler, context_errors_use_cpython_messages) {
  check_error("x = 1\nif x:\n    return x\n", "'return' outside function", 3,
              5);
  check_error("class C:\n    yield 1\n", "'yield' outside function", 2, 5);
  check_error("def f():\n    await g()\n", "'await' outside async function", 2,
              5);
  check_error("while True:\n    def g():\n        break\n",
              "'break' outside loop", 3, 9);
  check_error("for x in y:\n    pass\ncontinue\n",
              "'continue' not properly in loop", 3, 1);
  check_error("async def f():\n    yield from g()\n",
              "'yield from' inside async function", 2, 5);
}

/* nonlocal and global declarations that name no usable binding. */
Test(compiler, scope_errors_use_cpython_messages) {
  check_error("nonlocal x\n",
              "nonlocal declaration not allowed at module level", 1, 1);
  check_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found",
              2, 5);
  check_error("def f():\n    x = 1\n    global x\n",
              "name 'x' is assigned to before global declaration", 3, 5);
  check_error("def f(a):\n    global a\n", "name 'a' is parameter and global",
              2, 5);
  check_error("def f():\n    x = 1\n    def g():\n        nonlocal x\n"
              "        global x\n",
              "name 'x' is nonlocal and global", 4, 9);
  check_error("def f():\n    print(x)\n    nonlocal x\n",
              "name 'x' is used prior to nonlocal declaration", 3, 5);
}
