/* test_ast_dump.c: the AST dumper against CPython's ast.dump(indent=2).
 *
 * Each test builds, with the builders of ast_build.h, the tree CPython's
 * parser makes of the source quoted above it, and checks that ast_dump
 * prints what `print(ast.dump(ast.parse(src), indent=2))` prints. Trees and
 * expected texts come from CPython 3.11 through scripts/ast_dump_case.py;
 * they are never written by hand. Together the cases cover every node kind
 * and field, the one-line versus multi-line layout, fields left out when
 * None, and the reprs of every kind of constant.
 */
#include <criterion/criterion.h>
#include <math.h>

#include "tests/unit/ast_build.h"

static Arena arena;

static void setup(void) {
  arena_init(&arena);
  ast_build_arena = &arena;
}

static void teardown(void) { arena_free(&arena); }

TestSuite(ast_dump, .init = setup, .fini = teardown);

/* Checks that ast_dump prints [tree] as the [expected] text. */
static void check_dump(Node *tree, const char *expected) {
  char *text = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&text, &size);
  cr_assert(out != NULL);
  ast_dump(tree, out);
  fclose(out);
  cr_expect_str_eq(text, expected);
  free(text);
}

Test(ast_dump, kind_names) {
  cr_expect_str_eq(ast_kind_name(NODE_MODULE), "Module");
  cr_expect_str_eq(ast_kind_name(NODE_ASYNC_FUNCTION_DEF), "AsyncFunctionDef");
  cr_expect_str_eq(ast_kind_name(NODE_GENERATOR_EXP), "GeneratorExp");
  cr_expect_str_eq(ast_kind_name(NODE_EXCEPT_HANDLER), "ExceptHandler");
  cr_expect_str_eq(ast_kind_name(NODE_WITHITEM), "withitem");
  cr_expect_str_eq(ast_binop_name(BINOP_ADD), "Add");
  cr_expect_str_eq(ast_binop_name(BINOP_MATMULT), "MatMult");
  cr_expect_str_eq(ast_binop_name(BINOP_FLOORDIV), "FloorDiv");
}

Test(ast_dump, new_node_is_zeroed) {
  Node *node = ast_new(&arena, NODE_CALL, 3, 4, 5, 6);
  cr_assert(node != NULL);
  cr_expect_eq(node->kind, NODE_CALL);
  cr_expect_eq(node->lineno, 3);
  cr_expect_eq(node->col_offset, 4);
  cr_expect_eq(node->end_lineno, 5);
  cr_expect_eq(node->end_col_offset, 6);
  cr_expect_null(node->as.call.func);
  cr_expect_eq(node->as.call.args.count, 0);
  cr_expect_eq(node->as.call.keywords.count, 0);
}

/*  */
Test(ast_dump, empty_module) {
  check_dump(mk_module(NONE), "Module(body=[], type_ignores=[])\n");
}

/* while x:
 *     pass
 *     break
 * else:
 *     continue */
Test(ast_dump, pass_break_continue) {
  check_dump(mk_module(L(mk_while(mk_name("x", CTX_LOAD),
                                  L(mk_pass(), mk_break()), L(mk_continue())))),
             "Module(\n"
             "  body=[\n"
             "    While(\n"
             "      test=Name(id='x', ctx=Load()),\n"
             "      body=[\n"
             "        Pass(),\n"
             "        Break()],\n"
             "      orelse=[\n"
             "        Continue()])],\n"
             "  type_ignores=[])\n");
}

/* print("hello", 'it\'s', end="") */
Test(ast_dump, call_with_strings) {
  check_dump(mk_module(L(mk_expr(mk_call(mk_name("print", CTX_LOAD),
                                         L(mk_str("hello"), mk_str("it's")),
                                         L(mk_keyword("end", mk_str(""))))))),
             "Module(\n"
             "  body=[\n"
             "    Expr(\n"
             "      value=Call(\n"
             "        func=Name(id='print', ctx=Load()),\n"
             "        args=[\n"
             "          Constant(value='hello'),\n"
             "          Constant(value=\"it's\")],\n"
             "        keywords=[\n"
             "          keyword(\n"
             "            arg='end',\n"
             "            value=Constant(value=''))]))],\n"
             "  type_ignores=[])\n");
}

/* f"a{b!r:>{w}.{p}} {c!s} {d!a} {e=} {{}}" */
Test(ast_dump, fstring_conversions) {
  check_dump(
      mk_module(L(mk_expr(mk_joined_str(L(
          mk_str("a"),
          mk_formatted_value(
              mk_name("b", CTX_LOAD), 114,
              mk_joined_str(
                  L(mk_str(">"),
                    mk_formatted_value(mk_name("w", CTX_LOAD), -1, NULL),
                    mk_str("."),
                    mk_formatted_value(mk_name("p", CTX_LOAD), -1, NULL)))),
          mk_str(" "), mk_formatted_value(mk_name("c", CTX_LOAD), 115, NULL),
          mk_str(" "), mk_formatted_value(mk_name("d", CTX_LOAD), 97, NULL),
          mk_str(" e="), mk_formatted_value(mk_name("e", CTX_LOAD), 114, NULL),
          mk_str(" {}")))))),
      "Module(\n"
      "  body=[\n"
      "    Expr(\n"
      "      value=JoinedStr(\n"
      "        values=[\n"
      "          Constant(value='a'),\n"
      "          FormattedValue(\n"
      "            value=Name(id='b', ctx=Load()),\n"
      "            conversion=114,\n"
      "            format_spec=JoinedStr(\n"
      "              values=[\n"
      "                Constant(value='>'),\n"
      "                FormattedValue(\n"
      "                  value=Name(id='w', ctx=Load()),\n"
      "                  conversion=-1),\n"
      "                Constant(value='.'),\n"
      "                FormattedValue(\n"
      "                  value=Name(id='p', ctx=Load()),\n"
      "                  conversion=-1)])),\n"
      "          Constant(value=' '),\n"
      "          FormattedValue(\n"
      "            value=Name(id='c', ctx=Load()),\n"
      "            conversion=115),\n"
      "          Constant(value=' '),\n"
      "          FormattedValue(\n"
      "            value=Name(id='d', ctx=Load()),\n"
      "            conversion=97),\n"
      "          Constant(value=' e='),\n"
      "          FormattedValue(\n"
      "            value=Name(id='e', ctx=Load()),\n"
      "            conversion=114),\n"
      "          Constant(value=' {}')]))],\n"
      "  type_ignores=[])\n");
}

/* f'{x:{y}}' f'' */
Test(ast_dump, fstring_nested_spec) {
  check_dump(mk_module(L(mk_expr(mk_joined_str(L(mk_formatted_value(
                 mk_name("x", CTX_LOAD), -1,
                 mk_joined_str(L(mk_formatted_value(mk_name("y", CTX_LOAD), -1,
                                                    NULL))))))))),
             "Module(\n"
             "  body=[\n"
             "    Expr(\n"
             "      value=JoinedStr(\n"
             "        values=[\n"
             "          FormattedValue(\n"
             "            value=Name(id='x', ctx=Load()),\n"
             "            conversion=-1,\n"
             "            format_spec=JoinedStr(\n"
             "              values=[\n"
             "                FormattedValue(\n"
             "                  value=Name(id='y', ctx=Load()),\n"
             "                  conversion=-1)]))]))],\n"
             "  type_ignores=[])\n");
}

/* u"unicode", b"by\x00tes'\"", b'\xff\x7f', b"it's", b"" */
Test(ast_dump, u_string_and_bytes) {
  check_dump(mk_module(L(mk_expr(mk_tuple(
                 L(mk_ustr("unicode"), mk_bytes("by\000tes'\""),
                   mk_bytes("\377\177"), mk_bytes("it's"), mk_bytes("")),
                 CTX_LOAD)))),
             "Module(\n"
             "  body=[\n"
             "    Expr(\n"
             "      value=Tuple(\n"
             "        elts=[\n"
             "          Constant(value='unicode', kind='u'),\n"
             "          Constant(value=b'by\\x00tes\\'\"'),\n"
             "          Constant(value=b'\\xff\\x7f'),\n"
             "          Constant(value=b\"it's\"),\n"
             "          Constant(value=b'')],\n"
             "        ctx=Load()))],\n"
             "  type_ignores=[])\n");
}

/* s = ["it's", 'say "hi"', 'both \' and "',
 * "\x7f\xa0\u200b\xe9\U0001f600\ud800\t\n\r\\\x00\x1b", "\u0378\U000e0001\u2028
 * \u3000", "é"] */
Test(ast_dump, str_escapes) {
  check_dump(
      mk_module(L(mk_assign(
          L(mk_name("s", CTX_STORE)),
          mk_list(L(mk_str("it's"), mk_str("say \"hi\""),
                    mk_str("both ' and \""),
                    mk_str("\177\302\240\342\200\213\303\251\360\237\230\200"
                           "\355\240\200\t\n\015\\\000\033"),
                    mk_str("\315\270\363\240\200\201\342\200\250 \343\200\200"),
                    mk_str("\303\251")),
                  CTX_LOAD)))),
      "Module(\n"
      "  body=[\n"
      "    Assign(\n"
      "      targets=[\n"
      "        Name(id='s', ctx=Store())],\n"
      "      value=List(\n"
      "        elts=[\n"
      "          Constant(value=\"it's\"),\n"
      "          Constant(value='say \"hi\"'),\n"
      "          Constant(value='both \\' and \"'),\n"
      "          "
      "Constant(value='"
      "\\x7f\\xa0\\u200b\303\251\360\237\230\200\\ud800\\t\\n\\r\\\\\\x00\\x1b'"
      "),\n"
      "          Constant(value='\\u0378\\U000e0001\\u2028 \\u3000'),\n"
      "          Constant(value='\303\251')],\n"
      "        ctx=Load()))],\n"
      "  type_ignores=[])\n");
}

/* z = 123456789012345678901234567890 + -9223372036854775808 +
 * 9223372036854775807 */
Test(ast_dump, big_ints) {
  check_dump(
      mk_module(L(mk_assign(
          L(mk_name("z", CTX_STORE)),
          mk_bin_op(mk_bin_op(mk_bigint("123456789012345678901234567890"),
                              BINOP_ADD,
                              mk_unary_op(UNARY_USUB,
                                          mk_bigint("9223372036854775808"))),
                    BINOP_ADD, mk_int(9223372036854775807LL))))),
      "Module(\n"
      "  body=[\n"
      "    Assign(\n"
      "      targets=[\n"
      "        Name(id='z', ctx=Store())],\n"
      "      value=BinOp(\n"
      "        left=BinOp(\n"
      "          left=Constant(value=123456789012345678901234567890),\n"
      "          op=Add(),\n"
      "          right=UnaryOp(\n"
      "            op=USub(),\n"
      "            operand=Constant(value=9223372036854775808))),\n"
      "        op=Add(),\n"
      "        right=Constant(value=9223372036854775807)))],\n"
      "  type_ignores=[])\n");
}

/* w = [0.1, 1e16, 1e15, 123456789.123, 5e-324, 1.7976931348623157e308, 1e-5,
 * 0.0001, 2.5, 1e22, 9007199254740993.0, 1e400, 1.0, 1e100, 123456789012345.0]
 */
Test(ast_dump, floats) {
  check_dump(
      mk_module(L(mk_assign(
          L(mk_name("w", CTX_STORE)),
          mk_list(
              L(mk_float(0x1.999999999999ap-4), mk_float(0x1.1c37937e08000p+53),
                mk_float(0x1.c6bf526340000p+49),
                mk_float(0x1.d6f34547df3b6p+26),
                mk_float(0x0.0000000000001p-1022),
                mk_float(0x1.fffffffffffffp+1023),
                mk_float(0x1.4f8b588e368f1p-17),
                mk_float(0x1.a36e2eb1c432dp-14), mk_float(0x1.4000000000000p+1),
                mk_float(0x1.0f0cf064dd592p+73),
                mk_float(0x1.0000000000000p+53), mk_float(INFINITY),
                mk_float(0x1.0000000000000p+0),
                mk_float(0x1.249ad2594c37dp+332),
                mk_float(0x1.c12218377de40p+46)),
              CTX_LOAD)))),
      "Module(\n"
      "  body=[\n"
      "    Assign(\n"
      "      targets=[\n"
      "        Name(id='w', ctx=Store())],\n"
      "      value=List(\n"
      "        elts=[\n"
      "          Constant(value=0.1),\n"
      "          Constant(value=1e+16),\n"
      "          Constant(value=1000000000000000.0),\n"
      "          Constant(value=123456789.123),\n"
      "          Constant(value=5e-324),\n"
      "          Constant(value=1.7976931348623157e+308),\n"
      "          Constant(value=1e-05),\n"
      "          Constant(value=0.0001),\n"
      "          Constant(value=2.5),\n"
      "          Constant(value=1e+22),\n"
      "          Constant(value=9007199254740992.0),\n"
      "          Constant(value=inf),\n"
      "          Constant(value=1.0),\n"
      "          Constant(value=1e+100),\n"
      "          Constant(value=123456789012345.0)],\n"
      "        ctx=Load()))],\n"
      "  type_ignores=[])\n");
}

/* None, True, False, ... */
Test(ast_dump, constants) {
  check_dump(mk_module(L(mk_expr(
                 mk_tuple(L(mk_const(CONST_NONE), mk_const(CONST_TRUE),
                            mk_const(CONST_FALSE), mk_const(CONST_ELLIPSIS)),
                          CTX_LOAD)))),
             "Module(\n"
             "  body=[\n"
             "    Expr(\n"
             "      value=Tuple(\n"
             "        elts=[\n"
             "          Constant(value=None),\n"
             "          Constant(value=True),\n"
             "          Constant(value=False),\n"
             "          Constant(value=Ellipsis)],\n"
             "        ctx=Load()))],\n"
             "  type_ignores=[])\n");
}

/* if (n := len(a)) > 10: pass */
Test(ast_dump, walrus_if) {
  check_dump(
      mk_module(L(mk_if(
          mk_compare(mk_named_expr(mk_name("n", CTX_STORE),
                                   mk_call(mk_name("len", CTX_LOAD),
                                           L(mk_name("a", CTX_LOAD)), NONE)),
                     OPS(CMP_GT), L(mk_int(10LL))),
          L(mk_pass()), NONE))),
      "Module(\n"
      "  body=[\n"
      "    If(\n"
      "      test=Compare(\n"
      "        left=NamedExpr(\n"
      "          target=Name(id='n', ctx=Store()),\n"
      "          value=Call(\n"
      "            func=Name(id='len', ctx=Load()),\n"
      "            args=[\n"
      "              Name(id='a', ctx=Load())],\n"
      "            keywords=[])),\n"
      "        ops=[\n"
      "          Gt()],\n"
      "        comparators=[\n"
      "          Constant(value=10)]),\n"
      "      body=[\n"
      "        Pass()],\n"
      "      orelse=[])],\n"
      "  type_ignores=[])\n");
}

/* def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> None:
 *     nonlocal q
 *     del a, b[0], c.d
 *     return */
Test(ast_dump, function_all_params) {
  check_dump(
      mk_module(L(mk_function_def(
          "f",
          mk_arguments(L(mk_arg("a", NULL), mk_arg("b", NULL)),
                       L(mk_arg("c", NULL)), mk_arg("args", NULL),
                       L(mk_arg("d", NULL), mk_arg("e", NULL)),
                       L(NULL, mk_int(3LL)), mk_arg("kw", NULL),
                       L(mk_int(1LL), mk_int(2LL))),
          L(mk_nonlocal(NAMES("q")),
            mk_delete(
                L(mk_name("a", CTX_DEL),
                  mk_subscript(mk_name("b", CTX_LOAD), mk_int(0LL), CTX_DEL),
                  mk_attribute(mk_name("c", CTX_LOAD), "d", CTX_DEL))),
            mk_return(NULL)),
          NONE, mk_const(CONST_NONE)))),
      "Module(\n"
      "  body=[\n"
      "    FunctionDef(\n"
      "      name='f',\n"
      "      args=arguments(\n"
      "        posonlyargs=[\n"
      "          arg(arg='a'),\n"
      "          arg(arg='b')],\n"
      "        args=[\n"
      "          arg(arg='c')],\n"
      "        vararg=arg(arg='args'),\n"
      "        kwonlyargs=[\n"
      "          arg(arg='d'),\n"
      "          arg(arg='e')],\n"
      "        kw_defaults=[\n"
      "          None,\n"
      "          Constant(value=3)],\n"
      "        kwarg=arg(arg='kw'),\n"
      "        defaults=[\n"
      "          Constant(value=1),\n"
      "          Constant(value=2)]),\n"
      "      body=[\n"
      "        Nonlocal(\n"
      "          names=[\n"
      "            'q']),\n"
      "        Delete(\n"
      "          targets=[\n"
      "            Name(id='a', ctx=Del()),\n"
      "            Subscript(\n"
      "              value=Name(id='b', ctx=Load()),\n"
      "              slice=Constant(value=0),\n"
      "              ctx=Del()),\n"
      "            Attribute(\n"
      "              value=Name(id='c', ctx=Load()),\n"
      "              attr='d',\n"
      "              ctx=Del())]),\n"
      "        Return()],\n"
      "      decorator_list=[],\n"
      "      returns=Constant(value=None))],\n"
      "  type_ignores=[])\n");
}

/* def f(a: int, *b: str, c: float = 1.0, **d: bool): return 1, 2 */
Test(ast_dump, annotated_params) {
  check_dump(mk_module(L(mk_function_def(
                 "f",
                 mk_arguments(NONE, L(mk_arg("a", mk_name("int", CTX_LOAD))),
                              mk_arg("b", mk_name("str", CTX_LOAD)),
                              L(mk_arg("c", mk_name("float", CTX_LOAD))),
                              L(mk_float(0x1.0000000000000p+0)),
                              mk_arg("d", mk_name("bool", CTX_LOAD)), NONE),
                 L(mk_return(mk_tuple(L(mk_int(1LL), mk_int(2LL)), CTX_LOAD))),
                 NONE, NULL))),
             "Module(\n"
             "  body=[\n"
             "    FunctionDef(\n"
             "      name='f',\n"
             "      args=arguments(\n"
             "        posonlyargs=[],\n"
             "        args=[\n"
             "          arg(\n"
             "            arg='a',\n"
             "            annotation=Name(id='int', ctx=Load()))],\n"
             "        vararg=arg(\n"
             "          arg='b',\n"
             "          annotation=Name(id='str', ctx=Load())),\n"
             "        kwonlyargs=[\n"
             "          arg(\n"
             "            arg='c',\n"
             "            annotation=Name(id='float', ctx=Load()))],\n"
             "        kw_defaults=[\n"
             "          Constant(value=1.0)],\n"
             "        kwarg=arg(\n"
             "          arg='d',\n"
             "          annotation=Name(id='bool', ctx=Load())),\n"
             "        defaults=[]),\n"
             "      body=[\n"
             "        Return(\n"
             "          value=Tuple(\n"
             "            elts=[\n"
             "              Constant(value=1),\n"
             "              Constant(value=2)],\n"
             "            ctx=Load()))],\n"
             "      decorator_list=[])],\n"
             "  type_ignores=[])\n");
}

/* lambda a, *, b=1: (yield)
 * lambda: (yield from g()) */
Test(ast_dump, lambda_yield) {
  check_dump(
      mk_module(
          L(mk_expr(mk_lambda(mk_arguments(NONE, L(mk_arg("a", NULL)), NULL,
                                           L(mk_arg("b", NULL)), L(mk_int(1LL)),
                                           NULL, NONE),
                              mk_yield(NULL))),
            mk_expr(mk_lambda(
                mk_arguments(NONE, NONE, NULL, NONE, NONE, NULL, NONE),
                mk_yield_from(mk_call(mk_name("g", CTX_LOAD), NONE, NONE)))))),
      "Module(\n"
      "  body=[\n"
      "    Expr(\n"
      "      value=Lambda(\n"
      "        args=arguments(\n"
      "          posonlyargs=[],\n"
      "          args=[\n"
      "            arg(arg='a')],\n"
      "          kwonlyargs=[\n"
      "            arg(arg='b')],\n"
      "          kw_defaults=[\n"
      "            Constant(value=1)],\n"
      "          defaults=[]),\n"
      "        body=Yield())),\n"
      "    Expr(\n"
      "      value=Lambda(\n"
      "        args=arguments(\n"
      "          posonlyargs=[],\n"
      "          args=[],\n"
      "          kwonlyargs=[],\n"
      "          kw_defaults=[],\n"
      "          defaults=[]),\n"
      "        body=YieldFrom(\n"
      "          value=Call(\n"
      "            func=Name(id='g', ctx=Load()),\n"
      "            args=[],\n"
      "            keywords=[]))))],\n"
      "  type_ignores=[])\n");
}

/* d = {**a, 'b': 1, None: ..., **c} */
Test(ast_dump, dict_unpack) {
  check_dump(
      mk_module(L(mk_assign(
          L(mk_name("d", CTX_STORE)),
          mk_dict(L(NULL, mk_str("b"), mk_const(CONST_NONE), NULL),
                  L(mk_name("a", CTX_LOAD), mk_int(1LL),
                    mk_const(CONST_ELLIPSIS), mk_name("c", CTX_LOAD)))))),
      "Module(\n"
      "  body=[\n"
      "    Assign(\n"
      "      targets=[\n"
      "        Name(id='d', ctx=Store())],\n"
      "      value=Dict(\n"
      "        keys=[\n"
      "          None,\n"
      "          Constant(value='b'),\n"
      "          Constant(value=None),\n"
      "          None],\n"
      "        values=[\n"
      "          Name(id='a', ctx=Load()),\n"
      "          Constant(value=1),\n"
      "          Constant(value=Ellipsis),\n"
      "          Name(id='c', ctx=Load())]))],\n"
      "  type_ignores=[])\n");
}

/* {i for i in x if i if not i}, {k: v async for k, v in y}, (i for i in
 * range(3)), [j for i in a for j in i] */
Test(ast_dump, comprehensions) {
  check_dump(
      mk_module(L(mk_expr(mk_tuple(
          L(mk_set_comp(mk_name("i", CTX_LOAD),
                        L(mk_comprehension(
                            mk_name("i", CTX_STORE), mk_name("x", CTX_LOAD),
                            L(mk_name("i", CTX_LOAD),
                              mk_unary_op(UNARY_NOT, mk_name("i", CTX_LOAD))),
                            0))),
            mk_dict_comp(mk_name("k", CTX_LOAD), mk_name("v", CTX_LOAD),
                         L(mk_comprehension(mk_tuple(L(mk_name("k", CTX_STORE),
                                                       mk_name("v", CTX_STORE)),
                                                     CTX_STORE),
                                            mk_name("y", CTX_LOAD), NONE, 1))),
            mk_generator_exp(
                mk_name("i", CTX_LOAD),
                L(mk_comprehension(
                    mk_name("i", CTX_STORE),
                    mk_call(mk_name("range", CTX_LOAD), L(mk_int(3LL)), NONE),
                    NONE, 0))),
            mk_list_comp(mk_name("j", CTX_LOAD),
                         L(mk_comprehension(mk_name("i", CTX_STORE),
                                            mk_name("a", CTX_LOAD), NONE, 0),
                           mk_comprehension(mk_name("j", CTX_STORE),
                                            mk_name("i", CTX_LOAD), NONE, 0)))),
          CTX_LOAD)))),
      "Module(\n"
      "  body=[\n"
      "    Expr(\n"
      "      value=Tuple(\n"
      "        elts=[\n"
      "          SetComp(\n"
      "            elt=Name(id='i', ctx=Load()),\n"
      "            generators=[\n"
      "              comprehension(\n"
      "                target=Name(id='i', ctx=Store()),\n"
      "                iter=Name(id='x', ctx=Load()),\n"
      "                ifs=[\n"
      "                  Name(id='i', ctx=Load()),\n"
      "                  UnaryOp(\n"
      "                    op=Not(),\n"
      "                    operand=Name(id='i', ctx=Load()))],\n"
      "                is_async=0)]),\n"
      "          DictComp(\n"
      "            key=Name(id='k', ctx=Load()),\n"
      "            value=Name(id='v', ctx=Load()),\n"
      "            generators=[\n"
      "              comprehension(\n"
      "                target=Tuple(\n"
      "                  elts=[\n"
      "                    Name(id='k', ctx=Store()),\n"
      "                    Name(id='v', ctx=Store())],\n"
      "                  ctx=Store()),\n"
      "                iter=Name(id='y', ctx=Load()),\n"
      "                ifs=[],\n"
      "                is_async=1)]),\n"
      "          GeneratorExp(\n"
      "            elt=Name(id='i', ctx=Load()),\n"
      "            generators=[\n"
      "              comprehension(\n"
      "                target=Name(id='i', ctx=Store()),\n"
      "                iter=Call(\n"
      "                  func=Name(id='range', ctx=Load()),\n"
      "                  args=[\n"
      "                    Constant(value=3)],\n"
      "                  keywords=[]),\n"
      "                ifs=[],\n"
      "                is_async=0)]),\n"
      "          ListComp(\n"
      "            elt=Name(id='j', ctx=Load()),\n"
      "            generators=[\n"
      "              comprehension(\n"
      "                target=Name(id='i', ctx=Store()),\n"
      "                iter=Name(id='a', ctx=Load()),\n"
      "                ifs=[],\n"
      "                is_async=0),\n"
      "              comprehension(\n"
      "                target=Name(id='j', ctx=Store()),\n"
      "                iter=Name(id='i', ctx=Load()),\n"
      "                ifs=[],\n"
      "                is_async=0)])],\n"
      "        ctx=Load()))],\n"
      "  type_ignores=[])\n");
}

/* assert x, 'msg'
 * assert y
 * raise E from None
 * raise E
 * raise */
Test(ast_dump, assert_raise) {
  check_dump(mk_module(L(mk_assert(mk_name("x", CTX_LOAD), mk_str("msg")),
                         mk_assert(mk_name("y", CTX_LOAD), NULL),
                         mk_raise(mk_name("E", CTX_LOAD), mk_const(CONST_NONE)),
                         mk_raise(mk_name("E", CTX_LOAD), NULL),
                         mk_raise(NULL, NULL))),
             "Module(\n"
             "  body=[\n"
             "    Assert(\n"
             "      test=Name(id='x', ctx=Load()),\n"
             "      msg=Constant(value='msg')),\n"
             "    Assert(\n"
             "      test=Name(id='y', ctx=Load())),\n"
             "    Raise(\n"
             "      exc=Name(id='E', ctx=Load()),\n"
             "      cause=Constant(value=None)),\n"
             "    Raise(\n"
             "      exc=Name(id='E', ctx=Load())),\n"
             "    Raise()],\n"
             "  type_ignores=[])\n");
}

/* try:
 *     pass
 * except (A, B) as e:
 *     pass
 * except:
 *     pass
 * else:
 *     pass
 * finally:
 *     pass */
Test(ast_dump, try_full) {
  check_dump(
      mk_module(L(mk_try(L(mk_pass()),
                         L(mk_except_handler(mk_tuple(L(mk_name("A", CTX_LOAD),
                                                        mk_name("B", CTX_LOAD)),
                                                      CTX_LOAD),
                                             "e", L(mk_pass())),
                           mk_except_handler(NULL, NULL, L(mk_pass()))),
                         L(mk_pass()), L(mk_pass())))),
      "Module(\n"
      "  body=[\n"
      "    Try(\n"
      "      body=[\n"
      "        Pass()],\n"
      "      handlers=[\n"
      "        ExceptHandler(\n"
      "          type=Tuple(\n"
      "            elts=[\n"
      "              Name(id='A', ctx=Load()),\n"
      "              Name(id='B', ctx=Load())],\n"
      "            ctx=Load()),\n"
      "          name='e',\n"
      "          body=[\n"
      "            Pass()]),\n"
      "        ExceptHandler(\n"
      "          body=[\n"
      "            Pass()])],\n"
      "      orelse=[\n"
      "        Pass()],\n"
      "      finalbody=[\n"
      "        Pass()])],\n"
      "  type_ignores=[])\n");
}

/* with a as (b, c), d, e as f[0]:
 *     pass */
Test(ast_dump, with_items) {
  check_dump(
      mk_module(L(mk_with(L(mk_withitem(mk_name("a", CTX_LOAD),
                                        mk_tuple(L(mk_name("b", CTX_STORE),
                                                   mk_name("c", CTX_STORE)),
                                                 CTX_STORE)),
                            mk_withitem(mk_name("d", CTX_LOAD), NULL),
                            mk_withitem(mk_name("e", CTX_LOAD),
                                        mk_subscript(mk_name("f", CTX_LOAD),
                                                     mk_int(0LL), CTX_STORE))),
                          L(mk_pass())))),
      "Module(\n"
      "  body=[\n"
      "    With(\n"
      "      items=[\n"
      "        withitem(\n"
      "          context_expr=Name(id='a', ctx=Load()),\n"
      "          optional_vars=Tuple(\n"
      "            elts=[\n"
      "              Name(id='b', ctx=Store()),\n"
      "              Name(id='c', ctx=Store())],\n"
      "            ctx=Store())),\n"
      "        withitem(\n"
      "          context_expr=Name(id='d', ctx=Load())),\n"
      "        withitem(\n"
      "          context_expr=Name(id='e', ctx=Load()),\n"
      "          optional_vars=Subscript(\n"
      "            value=Name(id='f', ctx=Load()),\n"
      "            slice=Constant(value=0),\n"
      "            ctx=Store()))],\n"
      "      body=[\n"
      "        Pass()])],\n"
      "  type_ignores=[])\n");
}

/* async def g():
 *     async with a as b: pass
 *     async for i in x: break
 *     else: continue
 *     await h(*args, **kw, k=1) */
Test(ast_dump, async_def) {
  check_dump(mk_module(L(mk_async_function_def(
                 "g", mk_arguments(NONE, NONE, NULL, NONE, NONE, NULL, NONE),
                 L(mk_async_with(L(mk_withitem(mk_name("a", CTX_LOAD),
                                               mk_name("b", CTX_STORE))),
                                 L(mk_pass())),
                   mk_async_for(mk_name("i", CTX_STORE), mk_name("x", CTX_LOAD),
                                L(mk_break()), L(mk_continue())),
                   mk_expr(mk_await(mk_call(
                       mk_name("h", CTX_LOAD),
                       L(mk_starred(mk_name("args", CTX_LOAD), CTX_LOAD)),
                       L(mk_keyword(NULL, mk_name("kw", CTX_LOAD)),
                         mk_keyword("k", mk_int(1LL))))))),
                 NONE, NULL))),
             "Module(\n"
             "  body=[\n"
             "    AsyncFunctionDef(\n"
             "      name='g',\n"
             "      args=arguments(\n"
             "        posonlyargs=[],\n"
             "        args=[],\n"
             "        kwonlyargs=[],\n"
             "        kw_defaults=[],\n"
             "        defaults=[]),\n"
             "      body=[\n"
             "        AsyncWith(\n"
             "          items=[\n"
             "            withitem(\n"
             "              context_expr=Name(id='a', ctx=Load()),\n"
             "              optional_vars=Name(id='b', ctx=Store()))],\n"
             "          body=[\n"
             "            Pass()]),\n"
             "        AsyncFor(\n"
             "          target=Name(id='i', ctx=Store()),\n"
             "          iter=Name(id='x', ctx=Load()),\n"
             "          body=[\n"
             "            Break()],\n"
             "          orelse=[\n"
             "            Continue()]),\n"
             "        Expr(\n"
             "          value=Await(\n"
             "            value=Call(\n"
             "              func=Name(id='h', ctx=Load()),\n"
             "              args=[\n"
             "                Starred(\n"
             "                  value=Name(id='args', ctx=Load()),\n"
             "                  ctx=Load())],\n"
             "              keywords=[\n"
             "                keyword(\n"
             "                  value=Name(id='kw', ctx=Load())),\n"
             "                keyword(\n"
             "                  arg='k',\n"
             "                  value=Constant(value=1))])))],\n"
             "      decorator_list=[])],\n"
             "  type_ignores=[])\n");
}

/* x: int
 * x.y: List[int] = []
 * (x): int = 1 */
Test(ast_dump, ann_assign) {
  check_dump(
      mk_module(
          L(mk_ann_assign(mk_name("x", CTX_STORE), mk_name("int", CTX_LOAD),
                          NULL, 1),
            mk_ann_assign(mk_attribute(mk_name("x", CTX_LOAD), "y", CTX_STORE),
                          mk_subscript(mk_name("List", CTX_LOAD),
                                       mk_name("int", CTX_LOAD), CTX_LOAD),
                          mk_list(NONE, CTX_LOAD), 0),
            mk_ann_assign(mk_name("x", CTX_STORE), mk_name("int", CTX_LOAD),
                          mk_int(1LL), 0))),
      "Module(\n"
      "  body=[\n"
      "    AnnAssign(\n"
      "      target=Name(id='x', ctx=Store()),\n"
      "      annotation=Name(id='int', ctx=Load()),\n"
      "      simple=1),\n"
      "    AnnAssign(\n"
      "      target=Attribute(\n"
      "        value=Name(id='x', ctx=Load()),\n"
      "        attr='y',\n"
      "        ctx=Store()),\n"
      "      annotation=Subscript(\n"
      "        value=Name(id='List', ctx=Load()),\n"
      "        slice=Name(id='int', ctx=Load()),\n"
      "        ctx=Load()),\n"
      "      value=List(elts=[], ctx=Load()),\n"
      "      simple=0),\n"
      "    AnnAssign(\n"
      "      target=Name(id='x', ctx=Store()),\n"
      "      annotation=Name(id='int', ctx=Load()),\n"
      "      value=Constant(value=1),\n"
      "      simple=0)],\n"
      "  type_ignores=[])\n");
}

/* a, *b = c[1:2, ::3, ...]
 * x[a:b], x[:], x[::], x[a:], x[:b:c] */
Test(ast_dump, starred_slices) {
  check_dump(
      mk_module(L(
          mk_assign(
              L(mk_tuple(L(mk_name("a", CTX_STORE),
                           mk_starred(mk_name("b", CTX_STORE), CTX_STORE)),
                         CTX_STORE)),
              mk_subscript(mk_name("c", CTX_LOAD),
                           mk_tuple(L(mk_slice(mk_int(1LL), mk_int(2LL), NULL),
                                      mk_slice(NULL, NULL, mk_int(3LL)),
                                      mk_const(CONST_ELLIPSIS)),
                                    CTX_LOAD),
                           CTX_LOAD)),
          mk_expr(mk_tuple(
              L(mk_subscript(mk_name("x", CTX_LOAD),
                             mk_slice(mk_name("a", CTX_LOAD),
                                      mk_name("b", CTX_LOAD), NULL),
                             CTX_LOAD),
                mk_subscript(mk_name("x", CTX_LOAD), mk_slice(NULL, NULL, NULL),
                             CTX_LOAD),
                mk_subscript(mk_name("x", CTX_LOAD), mk_slice(NULL, NULL, NULL),
                             CTX_LOAD),
                mk_subscript(mk_name("x", CTX_LOAD),
                             mk_slice(mk_name("a", CTX_LOAD), NULL, NULL),
                             CTX_LOAD),
                mk_subscript(mk_name("x", CTX_LOAD),
                             mk_slice(NULL, mk_name("b", CTX_LOAD),
                                      mk_name("c", CTX_LOAD)),
                             CTX_LOAD)),
              CTX_LOAD)))),
      "Module(\n"
      "  body=[\n"
      "    Assign(\n"
      "      targets=[\n"
      "        Tuple(\n"
      "          elts=[\n"
      "            Name(id='a', ctx=Store()),\n"
      "            Starred(\n"
      "              value=Name(id='b', ctx=Store()),\n"
      "              ctx=Store())],\n"
      "          ctx=Store())],\n"
      "      value=Subscript(\n"
      "        value=Name(id='c', ctx=Load()),\n"
      "        slice=Tuple(\n"
      "          elts=[\n"
      "            Slice(\n"
      "              lower=Constant(value=1),\n"
      "              upper=Constant(value=2)),\n"
      "            Slice(\n"
      "              step=Constant(value=3)),\n"
      "            Constant(value=Ellipsis)],\n"
      "          ctx=Load()),\n"
      "        ctx=Load())),\n"
      "    Expr(\n"
      "      value=Tuple(\n"
      "        elts=[\n"
      "          Subscript(\n"
      "            value=Name(id='x', ctx=Load()),\n"
      "            slice=Slice(\n"
      "              lower=Name(id='a', ctx=Load()),\n"
      "              upper=Name(id='b', ctx=Load())),\n"
      "            ctx=Load()),\n"
      "          Subscript(\n"
      "            value=Name(id='x', ctx=Load()),\n"
      "            slice=Slice(),\n"
      "            ctx=Load()),\n"
      "          Subscript(\n"
      "            value=Name(id='x', ctx=Load()),\n"
      "            slice=Slice(),\n"
      "            ctx=Load()),\n"
      "          Subscript(\n"
      "            value=Name(id='x', ctx=Load()),\n"
      "            slice=Slice(\n"
      "              lower=Name(id='a', ctx=Load())),\n"
      "            ctx=Load()),\n"
      "          Subscript(\n"
      "            value=Name(id='x', ctx=Load()),\n"
      "            slice=Slice(\n"
      "              upper=Name(id='b', ctx=Load()),\n"
      "              step=Name(id='c', ctx=Load())),\n"
      "            ctx=Load())],\n"
      "        ctx=Load()))],\n"
      "  type_ignores=[])\n");
}

/* a < b <= c != d is e is not f in g not in h > i >= j == k */
Test(ast_dump, compare_chain) {
  check_dump(mk_module(L(mk_expr(mk_compare(
                 mk_name("a", CTX_LOAD),
                 OPS(CMP_LT, CMP_LT_E, CMP_NOT_EQ, CMP_IS, CMP_IS_NOT, CMP_IN,
                     CMP_NOT_IN, CMP_GT, CMP_GT_E, CMP_EQ),
                 L(mk_name("b", CTX_LOAD), mk_name("c", CTX_LOAD),
                   mk_name("d", CTX_LOAD), mk_name("e", CTX_LOAD),
                   mk_name("f", CTX_LOAD), mk_name("g", CTX_LOAD),
                   mk_name("h", CTX_LOAD), mk_name("i", CTX_LOAD),
                   mk_name("j", CTX_LOAD), mk_name("k", CTX_LOAD)))))),
             "Module(\n"
             "  body=[\n"
             "    Expr(\n"
             "      value=Compare(\n"
             "        left=Name(id='a', ctx=Load()),\n"
             "        ops=[\n"
             "          Lt(),\n"
             "          LtE(),\n"
             "          NotEq(),\n"
             "          Is(),\n"
             "          IsNot(),\n"
             "          In(),\n"
             "          NotIn(),\n"
             "          Gt(),\n"
             "          GtE(),\n"
             "          Eq()],\n"
             "        comparators=[\n"
             "          Name(id='b', ctx=Load()),\n"
             "          Name(id='c', ctx=Load()),\n"
             "          Name(id='d', ctx=Load()),\n"
             "          Name(id='e', ctx=Load()),\n"
             "          Name(id='f', ctx=Load()),\n"
             "          Name(id='g', ctx=Load()),\n"
             "          Name(id='h', ctx=Load()),\n"
             "          Name(id='i', ctx=Load()),\n"
             "          Name(id='j', ctx=Load()),\n"
             "          Name(id='k', ctx=Load())]))],\n"
             "  type_ignores=[])\n");
}

/* -x, +x, ~x, not x, x ** 2 // 3 % 4 @ m << 1 >> 2 | 3 ^ 4 & 5 - 6 / 7 * 8, x
 * and y or z */
Test(ast_dump, operators) {
  check_dump(
      mk_module(L(mk_expr(mk_tuple(
          L(mk_unary_op(UNARY_USUB, mk_name("x", CTX_LOAD)),
            mk_unary_op(UNARY_UADD, mk_name("x", CTX_LOAD)),
            mk_unary_op(UNARY_INVERT, mk_name("x", CTX_LOAD)),
            mk_unary_op(UNARY_NOT, mk_name("x", CTX_LOAD)),
            mk_bin_op(
                mk_bin_op(
                    mk_bin_op(
                        mk_bin_op(
                            mk_bin_op(
                                mk_bin_op(mk_bin_op(mk_name("x", CTX_LOAD),
                                                    BINOP_POW, mk_int(2LL)),
                                          BINOP_FLOORDIV, mk_int(3LL)),
                                BINOP_MOD, mk_int(4LL)),
                            BINOP_MATMULT, mk_name("m", CTX_LOAD)),
                        BINOP_LSHIFT, mk_int(1LL)),
                    BINOP_RSHIFT, mk_int(2LL)),
                BINOP_BITOR,
                mk_bin_op(
                    mk_int(3LL), BINOP_BITXOR,
                    mk_bin_op(
                        mk_int(4LL), BINOP_BITAND,
                        mk_bin_op(mk_int(5LL), BINOP_SUB,
                                  mk_bin_op(mk_bin_op(mk_int(6LL), BINOP_DIV,
                                                      mk_int(7LL)),
                                            BINOP_MULT, mk_int(8LL)))))),
            mk_bool_op(BOOLOP_OR,
                       L(mk_bool_op(BOOLOP_AND, L(mk_name("x", CTX_LOAD),
                                                  mk_name("y", CTX_LOAD))),
                         mk_name("z", CTX_LOAD)))),
          CTX_LOAD)))),
      "Module(\n"
      "  body=[\n"
      "    Expr(\n"
      "      value=Tuple(\n"
      "        elts=[\n"
      "          UnaryOp(\n"
      "            op=USub(),\n"
      "            operand=Name(id='x', ctx=Load())),\n"
      "          UnaryOp(\n"
      "            op=UAdd(),\n"
      "            operand=Name(id='x', ctx=Load())),\n"
      "          UnaryOp(\n"
      "            op=Invert(),\n"
      "            operand=Name(id='x', ctx=Load())),\n"
      "          UnaryOp(\n"
      "            op=Not(),\n"
      "            operand=Name(id='x', ctx=Load())),\n"
      "          BinOp(\n"
      "            left=BinOp(\n"
      "              left=BinOp(\n"
      "                left=BinOp(\n"
      "                  left=BinOp(\n"
      "                    left=BinOp(\n"
      "                      left=BinOp(\n"
      "                        left=Name(id='x', ctx=Load()),\n"
      "                        op=Pow(),\n"
      "                        right=Constant(value=2)),\n"
      "                      op=FloorDiv(),\n"
      "                      right=Constant(value=3)),\n"
      "                    op=Mod(),\n"
      "                    right=Constant(value=4)),\n"
      "                  op=MatMult(),\n"
      "                  right=Name(id='m', ctx=Load())),\n"
      "                op=LShift(),\n"
      "                right=Constant(value=1)),\n"
      "              op=RShift(),\n"
      "              right=Constant(value=2)),\n"
      "            op=BitOr(),\n"
      "            right=BinOp(\n"
      "              left=Constant(value=3),\n"
      "              op=BitXor(),\n"
      "              right=BinOp(\n"
      "                left=Constant(value=4),\n"
      "                op=BitAnd(),\n"
      "                right=BinOp(\n"
      "                  left=Constant(value=5),\n"
      "                  op=Sub(),\n"
      "                  right=BinOp(\n"
      "                    left=BinOp(\n"
      "                      left=Constant(value=6),\n"
      "                      op=Div(),\n"
      "                      right=Constant(value=7)),\n"
      "                    op=Mult(),\n"
      "                    right=Constant(value=8)))))),\n"
      "          BoolOp(\n"
      "            op=Or(),\n"
      "            values=[\n"
      "              BoolOp(\n"
      "                op=And(),\n"
      "                values=[\n"
      "                  Name(id='x', ctx=Load()),\n"
      "                  Name(id='y', ctx=Load())]),\n"
      "              Name(id='z', ctx=Load())])],\n"
      "        ctx=Load()))],\n"
      "  type_ignores=[])\n");
}

/* x += 1
 * y //= 2
 * z **= 3
 * w @= m */
Test(ast_dump, aug_assign) {
  check_dump(
      mk_module(
          L(mk_aug_assign(mk_name("x", CTX_STORE), BINOP_ADD, mk_int(1LL)),
            mk_aug_assign(mk_name("y", CTX_STORE), BINOP_FLOORDIV, mk_int(2LL)),
            mk_aug_assign(mk_name("z", CTX_STORE), BINOP_POW, mk_int(3LL)),
            mk_aug_assign(mk_name("w", CTX_STORE), BINOP_MATMULT,
                          mk_name("m", CTX_LOAD)))),
      "Module(\n"
      "  body=[\n"
      "    AugAssign(\n"
      "      target=Name(id='x', ctx=Store()),\n"
      "      op=Add(),\n"
      "      value=Constant(value=1)),\n"
      "    AugAssign(\n"
      "      target=Name(id='y', ctx=Store()),\n"
      "      op=FloorDiv(),\n"
      "      value=Constant(value=2)),\n"
      "    AugAssign(\n"
      "      target=Name(id='z', ctx=Store()),\n"
      "      op=Pow(),\n"
      "      value=Constant(value=3)),\n"
      "    AugAssign(\n"
      "      target=Name(id='w', ctx=Store()),\n"
      "      op=MatMult(),\n"
      "      value=Name(id='m', ctx=Load()))],\n"
      "  type_ignores=[])\n");
}

/* from . import x
 * from .. a.b import (c as d, e)
 * import a.b.c as d, e
 * from m import * */
Test(ast_dump, imports) {
  check_dump(
      mk_module(L(
          mk_import_from(NULL, L(mk_alias("x", NULL)), 1),
          mk_import_from("a.b", L(mk_alias("c", "d"), mk_alias("e", NULL)), 2),
          mk_import(L(mk_alias("a.b.c", "d"), mk_alias("e", NULL))),
          mk_import_from("m", L(mk_alias("*", NULL)), 0))),
      "Module(\n"
      "  body=[\n"
      "    ImportFrom(\n"
      "      names=[\n"
      "        alias(name='x')],\n"
      "      level=1),\n"
      "    ImportFrom(\n"
      "      module='a.b',\n"
      "      names=[\n"
      "        alias(name='c', asname='d'),\n"
      "        alias(name='e')],\n"
      "      level=2),\n"
      "    Import(\n"
      "      names=[\n"
      "        alias(name='a.b.c', asname='d'),\n"
      "        alias(name='e')]),\n"
      "    ImportFrom(\n"
      "      module='m',\n"
      "      names=[\n"
      "        alias(name='*')],\n"
      "      level=0)],\n"
      "  type_ignores=[])\n");
}

/* @dec
 * @dec2(1)
 * class C(B, metaclass=M, **kw):
 *     global a, b
 *     x = 1 */
Test(ast_dump, class_def) {
  check_dump(mk_module(L(mk_class_def(
                 "C", L(mk_name("B", CTX_LOAD)),
                 L(mk_keyword("metaclass", mk_name("M", CTX_LOAD)),
                   mk_keyword(NULL, mk_name("kw", CTX_LOAD))),
                 L(mk_global(NAMES("a", "b")),
                   mk_assign(L(mk_name("x", CTX_STORE)), mk_int(1LL))),
                 L(mk_name("dec", CTX_LOAD),
                   mk_call(mk_name("dec2", CTX_LOAD), L(mk_int(1LL)), NONE))))),
             "Module(\n"
             "  body=[\n"
             "    ClassDef(\n"
             "      name='C',\n"
             "      bases=[\n"
             "        Name(id='B', ctx=Load())],\n"
             "      keywords=[\n"
             "        keyword(\n"
             "          arg='metaclass',\n"
             "          value=Name(id='M', ctx=Load())),\n"
             "        keyword(\n"
             "          value=Name(id='kw', ctx=Load()))],\n"
             "      body=[\n"
             "        Global(\n"
             "          names=[\n"
             "            'a',\n"
             "            'b']),\n"
             "        Assign(\n"
             "          targets=[\n"
             "            Name(id='x', ctx=Store())],\n"
             "          value=Constant(value=1))],\n"
             "      decorator_list=[\n"
             "        Name(id='dec', ctx=Load()),\n"
             "        Call(\n"
             "          func=Name(id='dec2', ctx=Load()),\n"
             "          args=[\n"
             "            Constant(value=1)],\n"
             "          keywords=[])])],\n"
             "  type_ignores=[])\n");
}

/* for i, (j, k) in enumerate(z): continue
 * else: pass */
Test(ast_dump, for_else) {
  check_dump(mk_module(L(mk_for(mk_tuple(L(mk_name("i", CTX_STORE),
                                           mk_tuple(L(mk_name("j", CTX_STORE),
                                                      mk_name("k", CTX_STORE)),
                                                    CTX_STORE)),
                                         CTX_STORE),
                                mk_call(mk_name("enumerate", CTX_LOAD),
                                        L(mk_name("z", CTX_LOAD)), NONE),
                                L(mk_continue()), L(mk_pass())))),
             "Module(\n"
             "  body=[\n"
             "    For(\n"
             "      target=Tuple(\n"
             "        elts=[\n"
             "          Name(id='i', ctx=Store()),\n"
             "          Tuple(\n"
             "            elts=[\n"
             "              Name(id='j', ctx=Store()),\n"
             "              Name(id='k', ctx=Store())],\n"
             "            ctx=Store())],\n"
             "        ctx=Store()),\n"
             "      iter=Call(\n"
             "        func=Name(id='enumerate', ctx=Load()),\n"
             "        args=[\n"
             "          Name(id='z', ctx=Load())],\n"
             "        keywords=[]),\n"
             "      body=[\n"
             "        Continue()],\n"
             "      orelse=[\n"
             "        Pass()])],\n"
             "  type_ignores=[])\n");
}

/* a if b else c
 * if a:
 *     pass
 * elif b:
 *     pass
 * else:
 *     x = y = 1 */
Test(ast_dump, if_exp_elif) {
  check_dump(mk_module(L(mk_expr(mk_if_exp(mk_name("b", CTX_LOAD),
                                           mk_name("a", CTX_LOAD),
                                           mk_name("c", CTX_LOAD))),
                         mk_if(mk_name("a", CTX_LOAD), L(mk_pass()),
                               L(mk_if(mk_name("b", CTX_LOAD), L(mk_pass()),
                                       L(mk_assign(L(mk_name("x", CTX_STORE),
                                                     mk_name("y", CTX_STORE)),
                                                   mk_int(1LL)))))))),
             "Module(\n"
             "  body=[\n"
             "    Expr(\n"
             "      value=IfExp(\n"
             "        test=Name(id='b', ctx=Load()),\n"
             "        body=Name(id='a', ctx=Load()),\n"
             "        orelse=Name(id='c', ctx=Load()))),\n"
             "    If(\n"
             "      test=Name(id='a', ctx=Load()),\n"
             "      body=[\n"
             "        Pass()],\n"
             "      orelse=[\n"
             "        If(\n"
             "          test=Name(id='b', ctx=Load()),\n"
             "          body=[\n"
             "            Pass()],\n"
             "          orelse=[\n"
             "            Assign(\n"
             "              targets=[\n"
             "                Name(id='x', ctx=Store()),\n"
             "                Name(id='y', ctx=Store())],\n"
             "              value=Constant(value=1))])])],\n"
             "  type_ignores=[])\n");
}

/* café = 'naïve' + ñ.é */
Test(ast_dump, unicode_names) {
  check_dump(mk_module(L(
                 mk_assign(L(mk_name("caf\303\251", CTX_STORE)),
                           mk_bin_op(mk_str("na\303\257ve"), BINOP_ADD,
                                     mk_attribute(mk_name("\303\261", CTX_LOAD),
                                                  "\303\251", CTX_LOAD))))),
             "Module(\n"
             "  body=[\n"
             "    Assign(\n"
             "      targets=[\n"
             "        Name(id='caf\303\251', ctx=Store())],\n"
             "      value=BinOp(\n"
             "        left=Constant(value='na\303\257ve'),\n"
             "        op=Add(),\n"
             "        right=Attribute(\n"
             "          value=Name(id='\303\261', ctx=Load()),\n"
             "          attr='\303\251',\n"
             "          ctx=Load())))],\n"
             "  type_ignores=[])\n");
}
