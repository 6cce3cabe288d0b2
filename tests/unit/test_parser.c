/* test_parser.c: the parser against CPython 3.11.
 *
 * Three tables of cases, each generated from python3 (never written by
 * hand): the ast.dump(indent=2) text of a source, the positions (lineno,
 * col_offset, end_lineno, end_col_offset) of every positioned node of a
 * source in CPython's field order, and the SyntaxError CPython raises for
 * an invalid source (class, message, lineno, offset, end_lineno,
 * end_offset). The sources cover operator precedence, the statements and
 * expressions whose trees are easy to get wrong, f-strings, and the
 * errors of the parser and of the checks made after parsing. A few cases
 * at the end test what is Eddy's own: the syntax it rejects and its
 * nesting limit.
 */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdio.h>
#include <string.h>

#include "parser/parser.h"

/* A source and the text expected from it. */
typedef struct DumpCase {
  const char *name;     /* what the case is about */
  const char *source;   /* the program */
  const char *expected; /* CPython's text for it */
} DumpCase;

/* A source and the SyntaxError CPython raises for it. */
typedef struct ErrorCase {
  const char *name;    /* what the case is about */
  const char *source;  /* the program */
  const char *kind;    /* "SyntaxError", "IndentationError", ... */
  const char *message; /* the exception's msg */
  int line;            /* lineno */
  int col;             /* offset (1-based characters) */
  int end_line;        /* end_lineno */
  int end_col;         /* end_offset, 0 when CPython has none */
} ErrorCase;

/* ---- generated cases: expected values from CPython 3.11 ---- */

static const DumpCase dump_cases[] = {
    {"assign_chain", "a = b = c\n",
     "Module(\n"
     "  body=[\n"
     "    Assign(\n"
     "      targets=[\n"
     "        Name(id='a', ctx=Store()),\n"
     "        Name(id='b', ctx=Store())],\n"
     "      value=Name(id='c', ctx=Load()))],\n"
     "  type_ignores=[])\n"},
    {"neg_pow", "x = -y ** 2\n",
     "Module(\n"
     "  body=[\n"
     "    Assign(\n"
     "      targets=[\n"
     "        Name(id='x', ctx=Store())],\n"
     "      value=UnaryOp(\n"
     "        op=USub(),\n"
     "        operand=BinOp(\n"
     "          left=Name(id='y', ctx=Load()),\n"
     "          op=Pow(),\n"
     "          right=Constant(value=2))))],\n"
     "  type_ignores=[])\n"},
    {"not_eq", "not a == b\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=UnaryOp(\n"
     "        op=Not(),\n"
     "        operand=Compare(\n"
     "          left=Name(id='a', ctx=Load()),\n"
     "          ops=[\n"
     "            Eq()],\n"
     "          comparators=[\n"
     "            Name(id='b', ctx=Load())])))],\n"
     "  type_ignores=[])\n"},
    {"await_pow",
     "async def f():\n"
     "    return await x ** 2\n",
     "Module(\n"
     "  body=[\n"
     "    AsyncFunctionDef(\n"
     "      name='f',\n"
     "      args=arguments(\n"
     "        posonlyargs=[],\n"
     "        args=[],\n"
     "        kwonlyargs=[],\n"
     "        kw_defaults=[],\n"
     "        defaults=[]),\n"
     "      body=[\n"
     "        Return(\n"
     "          value=BinOp(\n"
     "            left=Await(\n"
     "              value=Name(id='x', ctx=Load())),\n"
     "            op=Pow(),\n"
     "            right=Constant(value=2)))],\n"
     "      decorator_list=[])],\n"
     "  type_ignores=[])\n"},
    {"lambda_lowest", "f = lambda: a if b else c\n",
     "Module(\n"
     "  body=[\n"
     "    Assign(\n"
     "      targets=[\n"
     "        Name(id='f', ctx=Store())],\n"
     "      value=Lambda(\n"
     "        args=arguments(\n"
     "          posonlyargs=[],\n"
     "          args=[],\n"
     "          kwonlyargs=[],\n"
     "          kw_defaults=[],\n"
     "          defaults=[]),\n"
     "        body=IfExp(\n"
     "          test=Name(id='b', ctx=Load()),\n"
     "          body=Name(id='a', ctx=Load()),\n"
     "          orelse=Name(id='c', ctx=Load()))))],\n"
     "  type_ignores=[])\n"},
    {"pow_right_assoc", "2 ** 3 ** 2\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=BinOp(\n"
     "        left=Constant(value=2),\n"
     "        op=Pow(),\n"
     "        right=BinOp(\n"
     "          left=Constant(value=3),\n"
     "          op=Pow(),\n"
     "          right=Constant(value=2))))],\n"
     "  type_ignores=[])\n"},
    {"sub_left_assoc", "a - b - c\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=BinOp(\n"
     "        left=BinOp(\n"
     "          left=Name(id='a', ctx=Load()),\n"
     "          op=Sub(),\n"
     "          right=Name(id='b', ctx=Load())),\n"
     "        op=Sub(),\n"
     "        right=Name(id='c', ctx=Load())))],\n"
     "  type_ignores=[])\n"},
    {"bool_flat", "a or b or c and d\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=BoolOp(\n"
     "        op=Or(),\n"
     "        values=[\n"
     "          Name(id='a', ctx=Load()),\n"
     "          Name(id='b', ctx=Load()),\n"
     "          BoolOp(\n"
     "            op=And(),\n"
     "            values=[\n"
     "              Name(id='c', ctx=Load()),\n"
     "              Name(id='d', ctx=Load())])]))],\n"
     "  type_ignores=[])\n"},
    {"compare_chain", "a < b <= c is not d not in e\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=Compare(\n"
     "        left=Name(id='a', ctx=Load()),\n"
     "        ops=[\n"
     "          Lt(),\n"
     "          LtE(),\n"
     "          IsNot(),\n"
     "          NotIn()],\n"
     "        comparators=[\n"
     "          Name(id='b', ctx=Load()),\n"
     "          Name(id='c', ctx=Load()),\n"
     "          Name(id='d', ctx=Load()),\n"
     "          Name(id='e', ctx=Load())]))],\n"
     "  type_ignores=[])\n"},
    {"elif_chain",
     "if a:\n"
     "    pass\n"
     "elif b:\n"
     "    pass\n"
     "else:\n"
     "    pass\n",
     "Module(\n"
     "  body=[\n"
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
     "            Pass()])])],\n"
     "  type_ignores=[])\n"},
    {"ann_assign_simple",
     "x: int = 1\n"
     "(y): int\n",
     "Module(\n"
     "  body=[\n"
     "    AnnAssign(\n"
     "      target=Name(id='x', ctx=Store()),\n"
     "      annotation=Name(id='int', ctx=Load()),\n"
     "      value=Constant(value=1),\n"
     "      simple=1),\n"
     "    AnnAssign(\n"
     "      target=Name(id='y', ctx=Store()),\n"
     "      annotation=Name(id='int', ctx=Load()),\n"
     "      simple=0)],\n"
     "  type_ignores=[])\n"},
    {"star_unpack", "first, *rest = items\n",
     "Module(\n"
     "  body=[\n"
     "    Assign(\n"
     "      targets=[\n"
     "        Tuple(\n"
     "          elts=[\n"
     "            Name(id='first', ctx=Store()),\n"
     "            Starred(\n"
     "              value=Name(id='rest', ctx=Store()),\n"
     "              ctx=Store())],\n"
     "          ctx=Store())],\n"
     "      value=Name(id='items', ctx=Load()))],\n"
     "  type_ignores=[])\n"},
    {"slices", "a[1:2, ::3]\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=Subscript(\n"
     "        value=Name(id='a', ctx=Load()),\n"
     "        slice=Tuple(\n"
     "          elts=[\n"
     "            Slice(\n"
     "              lower=Constant(value=1),\n"
     "              upper=Constant(value=2)),\n"
     "            Slice(\n"
     "              step=Constant(value=3))],\n"
     "          ctx=Load()),\n"
     "        ctx=Load()))],\n"
     "  type_ignores=[])\n"},
    {"call_args", "f(a, *b, c=1, **d)\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=Call(\n"
     "        func=Name(id='f', ctx=Load()),\n"
     "        args=[\n"
     "          Name(id='a', ctx=Load()),\n"
     "          Starred(\n"
     "            value=Name(id='b', ctx=Load()),\n"
     "            ctx=Load())],\n"
     "        keywords=[\n"
     "          keyword(\n"
     "            arg='c',\n"
     "            value=Constant(value=1)),\n"
     "          keyword(\n"
     "            value=Name(id='d', ctx=Load()))]))],\n"
     "  type_ignores=[])\n"},
    {"genexp_arg", "sum(x for x in y)\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=Call(\n"
     "        func=Name(id='sum', ctx=Load()),\n"
     "        args=[\n"
     "          GeneratorExp(\n"
     "            elt=Name(id='x', ctx=Load()),\n"
     "            generators=[\n"
     "              comprehension(\n"
     "                target=Name(id='x', ctx=Store()),\n"
     "                iter=Name(id='y', ctx=Load()),\n"
     "                ifs=[],\n"
     "                is_async=0)])],\n"
     "        keywords=[]))],\n"
     "  type_ignores=[])\n"},
    {"dict_unpack", "{**a, \"k\": 1}\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=Dict(\n"
     "        keys=[\n"
     "          None,\n"
     "          Constant(value='k')],\n"
     "        values=[\n"
     "          Name(id='a', ctx=Load()),\n"
     "          Constant(value=1)]))],\n"
     "  type_ignores=[])\n"},
    {"comprehension",
     "async def f():\n"
     "    return [x async for x in y if x for z in x]\n",
     "Module(\n"
     "  body=[\n"
     "    AsyncFunctionDef(\n"
     "      name='f',\n"
     "      args=arguments(\n"
     "        posonlyargs=[],\n"
     "        args=[],\n"
     "        kwonlyargs=[],\n"
     "        kw_defaults=[],\n"
     "        defaults=[]),\n"
     "      body=[\n"
     "        Return(\n"
     "          value=ListComp(\n"
     "            elt=Name(id='x', ctx=Load()),\n"
     "            generators=[\n"
     "              comprehension(\n"
     "                target=Name(id='x', ctx=Store()),\n"
     "                iter=Name(id='y', ctx=Load()),\n"
     "                ifs=[\n"
     "                  Name(id='x', ctx=Load())],\n"
     "                is_async=1),\n"
     "              comprehension(\n"
     "                target=Name(id='z', ctx=Store()),\n"
     "                iter=Name(id='x', ctx=Load()),\n"
     "                ifs=[],\n"
     "                is_async=0)]))],\n"
     "      decorator_list=[])],\n"
     "  type_ignores=[])\n"},
    {"walrus", "if (n := 10) > 5: pass\n",
     "Module(\n"
     "  body=[\n"
     "    If(\n"
     "      test=Compare(\n"
     "        left=NamedExpr(\n"
     "          target=Name(id='n', ctx=Store()),\n"
     "          value=Constant(value=10)),\n"
     "        ops=[\n"
     "          Gt()],\n"
     "        comparators=[\n"
     "          Constant(value=5)]),\n"
     "      body=[\n"
     "        Pass()],\n"
     "      orelse=[])],\n"
     "  type_ignores=[])\n"},
    {"params", "def f(a, /, b=1, *c, d, e=2, **f): pass\n",
     "Module(\n"
     "  body=[\n"
     "    FunctionDef(\n"
     "      name='f',\n"
     "      args=arguments(\n"
     "        posonlyargs=[\n"
     "          arg(arg='a')],\n"
     "        args=[\n"
     "          arg(arg='b')],\n"
     "        vararg=arg(arg='c'),\n"
     "        kwonlyargs=[\n"
     "          arg(arg='d'),\n"
     "          arg(arg='e')],\n"
     "        kw_defaults=[\n"
     "          None,\n"
     "          Constant(value=2)],\n"
     "        kwarg=arg(arg='f'),\n"
     "        defaults=[\n"
     "          Constant(value=1)]),\n"
     "      body=[\n"
     "        Pass()],\n"
     "      decorator_list=[])],\n"
     "  type_ignores=[])\n"},
    {"lambda_params", "g = lambda a, b=1, *c, d, **e: 0\n",
     "Module(\n"
     "  body=[\n"
     "    Assign(\n"
     "      targets=[\n"
     "        Name(id='g', ctx=Store())],\n"
     "      value=Lambda(\n"
     "        args=arguments(\n"
     "          posonlyargs=[],\n"
     "          args=[\n"
     "            arg(arg='a'),\n"
     "            arg(arg='b')],\n"
     "          vararg=arg(arg='c'),\n"
     "          kwonlyargs=[\n"
     "            arg(arg='d')],\n"
     "          kw_defaults=[\n"
     "            None],\n"
     "          kwarg=arg(arg='e'),\n"
     "          defaults=[\n"
     "            Constant(value=1)]),\n"
     "        body=Constant(value=0)))],\n"
     "  type_ignores=[])\n"},
    {"import_from", "from ..a.b import c as d, e\n",
     "Module(\n"
     "  body=[\n"
     "    ImportFrom(\n"
     "      module='a.b',\n"
     "      names=[\n"
     "        alias(name='c', asname='d'),\n"
     "        alias(name='e')],\n"
     "      level=2)],\n"
     "  type_ignores=[])\n"},
    {"try_handlers",
     "try:\n"
     "    pass\n"
     "except (A, B) as e:\n"
     "    pass\n"
     "else:\n"
     "    pass\n"
     "finally:\n"
     "    pass\n",
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
     "            Pass()])],\n"
     "      orelse=[\n"
     "        Pass()],\n"
     "      finalbody=[\n"
     "        Pass()])],\n"
     "  type_ignores=[])\n"},
    {"with_parens",
     "with (a as b, c):\n"
     "    pass\n",
     "Module(\n"
     "  body=[\n"
     "    With(\n"
     "      items=[\n"
     "        withitem(\n"
     "          context_expr=Name(id='a', ctx=Load()),\n"
     "          optional_vars=Name(id='b', ctx=Store())),\n"
     "        withitem(\n"
     "          context_expr=Name(id='c', ctx=Load()))],\n"
     "      body=[\n"
     "        Pass()])],\n"
     "  type_ignores=[])\n"},
    {"fstring", "f\"a{b!r:>{w}}c{d=}\"\n",
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
     "                  conversion=-1)])),\n"
     "          Constant(value='cd='),\n"
     "          FormattedValue(\n"
     "            value=Name(id='d', ctx=Load()),\n"
     "            conversion=114)]))],\n"
     "  type_ignores=[])\n"},
    {"string_concat", "\"a\" f\"{b}\" \"c\"\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=JoinedStr(\n"
     "        values=[\n"
     "          Constant(value='a'),\n"
     "          FormattedValue(\n"
     "            value=Name(id='b', ctx=Load()),\n"
     "            conversion=-1),\n"
     "          Constant(value='c')]))],\n"
     "  type_ignores=[])\n"},
    {"bytes_concat", "b\"a\" b\"b\"\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=Constant(value=b'ab'))],\n"
     "  type_ignores=[])\n"},
    {"bigint", "x = 0xffffffffffffffffffff\n",
     "Module(\n"
     "  body=[\n"
     "    Assign(\n"
     "      targets=[\n"
     "        Name(id='x', ctx=Store())],\n"
     "      value=Constant(value=1208925819614629174706175))],\n"
     "  type_ignores=[])\n"},
    {"yield_forms",
     "def g():\n"
     "    x = yield\n"
     "    y = yield from z\n"
     "    yield 1, 2\n",
     "Module(\n"
     "  body=[\n"
     "    FunctionDef(\n"
     "      name='g',\n"
     "      args=arguments(\n"
     "        posonlyargs=[],\n"
     "        args=[],\n"
     "        kwonlyargs=[],\n"
     "        kw_defaults=[],\n"
     "        defaults=[]),\n"
     "      body=[\n"
     "        Assign(\n"
     "          targets=[\n"
     "            Name(id='x', ctx=Store())],\n"
     "          value=Yield()),\n"
     "        Assign(\n"
     "          targets=[\n"
     "            Name(id='y', ctx=Store())],\n"
     "          value=YieldFrom(\n"
     "            value=Name(id='z', ctx=Load()))),\n"
     "        Expr(\n"
     "          value=Yield(\n"
     "            value=Tuple(\n"
     "              elts=[\n"
     "                Constant(value=1),\n"
     "                Constant(value=2)],\n"
     "              ctx=Load())))],\n"
     "      decorator_list=[])],\n"
     "  type_ignores=[])\n"},
    {"decorated_class",
     "@d\n"
     "class A(B, metaclass=M):\n"
     "    pass\n",
     "Module(\n"
     "  body=[\n"
     "    ClassDef(\n"
     "      name='A',\n"
     "      bases=[\n"
     "        Name(id='B', ctx=Load())],\n"
     "      keywords=[\n"
     "        keyword(\n"
     "          arg='metaclass',\n"
     "          value=Name(id='M', ctx=Load()))],\n"
     "      body=[\n"
     "        Pass()],\n"
     "      decorator_list=[\n"
     "        Name(id='d', ctx=Load())])],\n"
     "  type_ignores=[])\n"},
    {"soft_keywords",
     "match = case = _\n"
     "match(x)\n",
     "Module(\n"
     "  body=[\n"
     "    Assign(\n"
     "      targets=[\n"
     "        Name(id='match', ctx=Store()),\n"
     "        Name(id='case', ctx=Store())],\n"
     "      value=Name(id='_', ctx=Load())),\n"
     "    Expr(\n"
     "      value=Call(\n"
     "        func=Name(id='match', ctx=Load()),\n"
     "        args=[\n"
     "          Name(id='x', ctx=Load())],\n"
     "        keywords=[]))],\n"
     "  type_ignores=[])\n"},
    {"global_nonlocal",
     "def f():\n"
     "    x = 1\n"
     "    def g():\n"
     "        nonlocal x\n"
     "        global y\n",
     "Module(\n"
     "  body=[\n"
     "    FunctionDef(\n"
     "      name='f',\n"
     "      args=arguments(\n"
     "        posonlyargs=[],\n"
     "        args=[],\n"
     "        kwonlyargs=[],\n"
     "        kw_defaults=[],\n"
     "        defaults=[]),\n"
     "      body=[\n"
     "        Assign(\n"
     "          targets=[\n"
     "            Name(id='x', ctx=Store())],\n"
     "          value=Constant(value=1)),\n"
     "        FunctionDef(\n"
     "          name='g',\n"
     "          args=arguments(\n"
     "            posonlyargs=[],\n"
     "            args=[],\n"
     "            kwonlyargs=[],\n"
     "            kw_defaults=[],\n"
     "            defaults=[]),\n"
     "          body=[\n"
     "            Nonlocal(\n"
     "              names=[\n"
     "                'x']),\n"
     "            Global(\n"
     "              names=[\n"
     "                'y'])],\n"
     "          decorator_list=[])],\n"
     "      decorator_list=[])],\n"
     "  type_ignores=[])\n"},
    {"del_targets", "del a, b.c, d[0]\n",
     "Module(\n"
     "  body=[\n"
     "    Delete(\n"
     "      targets=[\n"
     "        Name(id='a', ctx=Del()),\n"
     "        Attribute(\n"
     "          value=Name(id='b', ctx=Load()),\n"
     "          attr='c',\n"
     "          ctx=Del()),\n"
     "        Subscript(\n"
     "          value=Name(id='d', ctx=Load()),\n"
     "          slice=Constant(value=0),\n"
     "          ctx=Del())])],\n"
     "  type_ignores=[])\n"},
    {"raise_from", "raise E from None\n",
     "Module(\n"
     "  body=[\n"
     "    Raise(\n"
     "      exc=Name(id='E', ctx=Load()),\n"
     "      cause=Constant(value=None))],\n"
     "  type_ignores=[])\n"},
    {"u_kind", "u\"x\" \"y\"\n",
     "Module(\n"
     "  body=[\n"
     "    Expr(\n"
     "      value=Constant(value='xy', kind='u'))],\n"
     "  type_ignores=[])\n"},
    {"async_for_with",
     "async def f():\n"
     "    async for a in b:\n"
     "        async with c as d:\n"
     "            pass\n",
     "Module(\n"
     "  body=[\n"
     "    AsyncFunctionDef(\n"
     "      name='f',\n"
     "      args=arguments(\n"
     "        posonlyargs=[],\n"
     "        args=[],\n"
     "        kwonlyargs=[],\n"
     "        kw_defaults=[],\n"
     "        defaults=[]),\n"
     "      body=[\n"
     "        AsyncFor(\n"
     "          target=Name(id='a', ctx=Store()),\n"
     "          iter=Name(id='b', ctx=Load()),\n"
     "          body=[\n"
     "            AsyncWith(\n"
     "              items=[\n"
     "                withitem(\n"
     "                  context_expr=Name(id='c', ctx=Load()),\n"
     "                  optional_vars=Name(id='d', ctx=Store()))],\n"
     "              body=[\n"
     "                Pass()])],\n"
     "          orelse=[])],\n"
     "      decorator_list=[])],\n"
     "  type_ignores=[])\n"},
};

static const DumpCase position_cases[] = {
    {"binop_parens", "x = (a) + (b)\n",
     "Assign@1:0-1:13\n"
     "Name@1:0-1:1\n"
     "BinOp@1:4-1:13\n"
     "Name@1:5-1:6\n"
     "Name@1:11-1:12\n"},
    {"call_genexp", "f(x for x in y)\n",
     "Expr@1:0-1:15\n"
     "Call@1:0-1:15\n"
     "Name@1:0-1:1\n"
     "GeneratorExp@1:1-1:15\n"
     "Name@1:2-1:3\n"
     "Name@1:8-1:9\n"
     "Name@1:13-1:14\n"},
    {"decorated",
     "@dec\n"
     "def f(): pass;\n",
     "FunctionDef@2:0-2:14\n"
     "Pass@2:9-2:13\n"
     "Name@1:1-1:4\n"},
    {"fstring_fields", "f\"{a} {b!r:{c}}\"\n",
     "Expr@1:0-1:16\n"
     "JoinedStr@1:0-1:16\n"
     "FormattedValue@1:0-1:16\n"
     "Name@1:3-1:4\n"
     "Constant@1:0-1:16\n"
     "FormattedValue@1:0-1:16\n"
     "Name@1:7-1:8\n"
     "JoinedStr@1:0-1:16\n"
     "FormattedValue@1:0-1:16\n"
     "Name@1:12-1:13\n"},
    {"multiline",
     "x = [\n"
     "    1,\n"
     "    2 +\n"
     "    3,\n"
     "]\n",
     "Assign@1:0-5:1\n"
     "Name@1:0-1:1\n"
     "List@1:4-5:1\n"
     "Constant@2:4-2:5\n"
     "BinOp@3:4-4:5\n"
     "Constant@3:4-3:5\n"
     "Constant@4:4-4:5\n"},
    {"slices", "a[1:2, ::3]\n",
     "Expr@1:0-1:11\n"
     "Subscript@1:0-1:11\n"
     "Name@1:0-1:1\n"
     "Tuple@1:2-1:10\n"
     "Slice@1:2-1:5\n"
     "Constant@1:2-1:3\n"
     "Constant@1:4-1:5\n"
     "Slice@1:7-1:10\n"
     "Constant@1:9-1:10\n"},
    {"unicode", "s = \"\303\251\342\202\254\"; t = x\n",
     "Assign@1:0-1:11\n"
     "Name@1:0-1:1\n"
     "Constant@1:4-1:11\n"
     "Assign@1:13-1:18\n"
     "Name@1:13-1:14\n"
     "Name@1:17-1:18\n"},
    {"elif",
     "if a:\n"
     "    b\n"
     "elif c:\n"
     "    d\n"
     "else:\n"
     "    e\n",
     "If@1:0-6:5\n"
     "Name@1:3-1:4\n"
     "Expr@2:4-2:5\n"
     "Name@2:4-2:5\n"
     "If@3:0-6:5\n"
     "Name@3:5-3:6\n"
     "Expr@4:4-4:5\n"
     "Name@4:4-4:5\n"
     "Expr@6:4-6:5\n"
     "Name@6:4-6:5\n"},
    {"fstring_multiline",
     "x = f\"\"\"abc\n"
     "  {y}\"\"\"\n",
     "Assign@1:0-2:8\n"
     "Name@1:0-1:1\n"
     "JoinedStr@1:4-2:8\n"
     "Constant@1:4-2:8\n"
     "FormattedValue@1:4-2:8\n"
     "Name@2:3-2:4\n"},
    {"tuple_no_parens", "x = 1, 2,\n",
     "Assign@1:0-1:9\n"
     "Name@1:0-1:1\n"
     "Tuple@1:4-1:9\n"
     "Constant@1:4-1:5\n"
     "Constant@1:7-1:8\n"},
};

static const ErrorCase error_cases[] = {
    {"unclosed",
     "x = (1,\n"
     "y = 2\n",
     "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"missing_colon",
     "if x\n"
     "    pass\n",
     "SyntaxError", "expected ':'", 1, 5, 1, 5},
    {"generic", "x = 5 6\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"unexpected_indent",
     "x = 1\n"
     "    y = 2\n",
     "IndentationError", "unexpected indent", 2, 4, 2, 0},
    {"expected_indent",
     "if x:\n"
     "pass\n",
     "IndentationError",
     "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"assign_literal", "1 = x\n", "SyntaxError",
     "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1,
     1, 1, 2},
    {"forgot_comma", "f(a b)\n", "SyntaxError",
     "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6},
    {"positional_after_kw", "f(a=1, b)\n", "SyntaxError",
     "positional argument follows keyword argument", 1, 9, 1, 10},
    {"return_outside",
     "def f(): pass\n"
     "return 1\n",
     "SyntaxError", "'return' outside function", 2, 1, 2, 9},
    {"await_sync",
     "def f():\n"
     "    await x\n",
     "SyntaxError", "'await' outside async function", 2, 5, 2, 12},
    {"nonlocal_no_binding",
     "def f():\n"
     "    nonlocal x\n",
     "SyntaxError", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"duplicate_arg", "def f(a, a): pass\n", "SyntaxError",
     "duplicate argument 'a' in function definition", 1, 10, 1, 11},
    {"later_tokenizer_error",
     "x = 5 6\n"
     "y = \"abc\n",
     "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2,
     5},
    {"first_error_wins",
     "return 1\n"
     "x = (\n",
     "SyntaxError", "'(' was never closed", 2, 5, 2, 0},
    {"parser_error_before_check",
     "return 1\n"
     "x = 1 +\n",
     "SyntaxError", "invalid syntax", 2, 8, 2, 8},
    {"multiple_except_types",
     "try:\n"
     "    pass\n"
     "except A, B:\n"
     "    pass\n",
     "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3,
     12},
    {"multibyte_column", "s = \"\303\251\" \342\202\254\n", "SyntaxError",
     "invalid character '\342\202\254' (U+20AC)", 1, 9, 1, 9},
    {"too_many_blocks",
     "while x:\n"
     "    while x:\n"
     "        while x:\n"
     "            while x:\n"
     "                while x:\n"
     "                    while x:\n"
     "                        while x:\n"
     "                            while x:\n"
     "                                while x:\n"
     "                                    while x:\n"
     "                                        while x:\n"
     "                                            while x:\n"
     "                                                while x:\n"
     "                                                    while x:\n"
     "                                                        while x:\n"
     "                                                            while x:\n"
     "                                                                while "
     "x:\n"
     "                                                                    "
     "while x:\n"
     "                                                                        "
     "while x:\n"
     "                                                                         "
     "   while x:\n"
     "                                                                         "
     "       while x:\n"
     "                                                                         "
     "           pass\n",
     "SyntaxError", "too many statically nested blocks", 21, 81, 22, 89},
};

/* ---- helpers --------------------------------------------------------- */

/* Parses [source] into [arena]; fills [diag] on error. */
static Node *parse(Arena *arena, const char *source, SyntaxDiag *diag) {
  arena_init(arena);
  memset(diag, 0, sizeof *diag);
  return parser_parse_module(arena, source, strlen(source), diag);
}

/* The ast_dump text of [tree] (malloc'd). */
static char *dump_text(const Node *tree) {
  char *text = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&text, &size);
  cr_assert(out != NULL);
  ast_dump(tree, out);
  fclose(out);
  return text;
}

static void positions(const Node *n, FILE *out);

/* Writes the positions of the nodes of [list]. */
static void list_positions(NodeList list, FILE *out) {
  for (int i = 0; i < list.count; i++)
    if (list.items[i]) positions(list.items[i], out);
}

/* Writes the positions of [n], if not NULL. */
static void opt_positions(const Node *n, FILE *out) {
  if (n) positions(n, out);
}

/* True for the kinds CPython gives no position (mod, arguments, ...). */
static bool unpositioned(NodeKind kind) {
  return kind == NODE_MODULE || kind == NODE_ARGUMENTS ||
         kind == NODE_WITHITEM || kind == NODE_COMPREHENSION;
}

/* Writes the children of a statement [n] in CPython's field order. */
static bool stmt_children(const Node *n, FILE *out) {
  switch (n->kind) {
  case NODE_MODULE: list_positions(n->as.module.body, out); return true;
  case NODE_FUNCTION_DEF:
  case NODE_ASYNC_FUNCTION_DEF:
    positions(n->as.function_def.args, out);
    list_positions(n->as.function_def.body, out);
    list_positions(n->as.function_def.decorator_list, out);
    opt_positions(n->as.function_def.returns, out);
    return true;
  case NODE_CLASS_DEF:
    list_positions(n->as.class_def.bases, out);
    list_positions(n->as.class_def.keywords, out);
    list_positions(n->as.class_def.body, out);
    list_positions(n->as.class_def.decorator_list, out);
    return true;
  case NODE_ASSIGN:
    list_positions(n->as.assign.targets, out);
    positions(n->as.assign.value, out);
    return true;
  case NODE_IF:
  case NODE_WHILE:
    positions(n->as.if_.test, out);
    list_positions(n->as.if_.body, out);
    list_positions(n->as.if_.orelse, out);
    return true;
  case NODE_EXPR: positions(n->as.expr.value, out); return true;
  case NODE_ARGUMENTS:
    list_positions(n->as.arguments.posonlyargs, out);
    list_positions(n->as.arguments.args, out);
    opt_positions(n->as.arguments.vararg, out);
    list_positions(n->as.arguments.kwonlyargs, out);
    list_positions(n->as.arguments.kw_defaults, out);
    opt_positions(n->as.arguments.kwarg, out);
    list_positions(n->as.arguments.defaults, out);
    return true;
  case NODE_COMPREHENSION:
    positions(n->as.comprehension.target, out);
    positions(n->as.comprehension.iter, out);
    list_positions(n->as.comprehension.ifs, out);
    return true;
  default: return false;
  }
}

/* Writes the children of an expression [n] in CPython's field order. */
static void expr_children(const Node *n, FILE *out) {
  switch (n->kind) {
  case NODE_BIN_OP:
    positions(n->as.bin_op.left, out);
    positions(n->as.bin_op.right, out);
    break;
  case NODE_LIST:
  case NODE_TUPLE: list_positions(n->as.tuple.elts, out); break;
  case NODE_GENERATOR_EXP:
    positions(n->as.comp.elt, out);
    list_positions(n->as.comp.generators, out);
    break;
  case NODE_CALL:
    positions(n->as.call.func, out);
    list_positions(n->as.call.args, out);
    list_positions(n->as.call.keywords, out);
    break;
  case NODE_FORMATTED_VALUE:
    positions(n->as.formatted_value.value, out);
    opt_positions(n->as.formatted_value.format_spec, out);
    break;
  case NODE_JOINED_STR: list_positions(n->as.joined_str.values, out); break;
  case NODE_SUBSCRIPT:
    positions(n->as.subscript.value, out);
    positions(n->as.subscript.slice, out);
    break;
  case NODE_SLICE:
    opt_positions(n->as.slice.lower, out);
    opt_positions(n->as.slice.upper, out);
    opt_positions(n->as.slice.step, out);
    break;
  default: break;
  }
}

/* Writes "Kind@line:col-line:col" for [n] and, in CPython's field order,
 * its descendants (for the node kinds the position cases use). */
static void positions(const Node *n, FILE *out) {
  if (!unpositioned(n->kind))
    fprintf(out, "%s@%d:%d-%d:%d\n", ast_kind_name(n->kind), n->lineno,
            n->col_offset, n->end_lineno, n->end_col_offset);
  if (!stmt_children(n, out)) expr_children(n, out);
}

/* ---- parameters in shared memory ------------------------------------ */

/* Copies [s] into memory the test processes share: Criterion runs each
 * parameterized test in a new process, where pointers into this one's
 * data would not be valid. */
static const char *shared_str(const char *s) {
  size_t n = strlen(s) + 1;
  char *copy = cr_malloc(n);
  cr_assert(copy != NULL);
  return memcpy(copy, s, n);
}

/* The [count] cases of [cases] in shared memory. */
static DumpCase *shared_dump_cases(const DumpCase *cases, size_t count) {
  DumpCase *copy = cr_malloc(sizeof(DumpCase) * count);
  for (size_t i = 0; i < count; i++) {
    copy[i].name = shared_str(cases[i].name);
    copy[i].source = shared_str(cases[i].source);
    copy[i].expected = shared_str(cases[i].expected);
  }
  return copy;
}

/* The [count] cases of [cases] in shared memory. */
static ErrorCase *shared_error_cases(const ErrorCase *cases, size_t count) {
  ErrorCase *copy = cr_malloc(sizeof(ErrorCase) * count);
  for (size_t i = 0; i < count; i++) {
    copy[i] = cases[i];
    copy[i].name = shared_str(cases[i].name);
    copy[i].source = shared_str(cases[i].source);
    copy[i].kind = shared_str(cases[i].kind);
    copy[i].message = shared_str(cases[i].message);
  }
  return copy;
}

/* ---- CPython's trees ------------------------------------------------- */

ParameterizedTestParameters(parser, dump) {
  size_t count = sizeof dump_cases / sizeof dump_cases[0];
  return cr_make_param_array(DumpCase, shared_dump_cases(dump_cases, count),
                             count);
}

ParameterizedTest(const DumpCase *c, parser, dump) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, c->source, &diag);
  cr_assert(tree != NULL, "%s: %s", c->name, diag.message);
  char *text = dump_text(tree);
  cr_expect_str_eq(text, c->expected, "%s", c->name);
  free(text);
  arena_free(&arena);
}

/* ---- CPython's positions --------------------------------------------- */

ParameterizedTestParameters(parser, positions) {
  size_t count = sizeof position_cases / sizeof position_cases[0];
  return cr_make_param_array(DumpCase, shared_dump_cases(position_cases, count),
                             count);
}

ParameterizedTest(const DumpCase *c, parser, positions) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, c->source, &diag);
  cr_assert(tree != NULL, "%s: %s", c->name, diag.message);
  char *text = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&text, &size);
  cr_assert(out != NULL);
  positions(tree, out);
  fclose(out);
  cr_expect_str_eq(text, c->expected, "%s", c->name);
  free(text);
  arena_free(&arena);
}

/* ---- CPython's errors ------------------------------------------------ */

ParameterizedTestParameters(parser, errors) {
  size_t count = sizeof error_cases / sizeof error_cases[0];
  return cr_make_param_array(ErrorCase, shared_error_cases(error_cases, count),
                             count);
}

ParameterizedTest(const ErrorCase *c, parser, errors) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, c->source, &diag);
  cr_assert(tree == NULL, "%s: no error", c->name);
  cr_expect(diag.set, "%s", c->name);
  cr_expect_str_eq(diag_kind_name(diag.kind), c->kind, "%s", c->name);
  cr_expect_str_eq(diag.message, c->message, "%s", c->name);
  cr_expect_eq(diag.line, c->line, "%s: line", c->name);
  cr_expect_eq(diag.col, c->col, "%s: col", c->name);
  cr_expect_eq(diag.end_line, c->end_line, "%s: end line", c->name);
  cr_expect_eq(diag.end_col, c->end_col, "%s: end col", c->name);
  arena_free(&arena);
}

/* ---- Eddy's own rules ------------------------------------------------ */

/* Checks that [source] fails with [message] at line [line]. */
static void expect_error(const char *source, const char *message, int line) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, source, &diag);
  cr_expect(tree == NULL, "no error for %s", source);
  cr_expect_str_eq(diag.message, message);
  cr_expect_eq(diag.line, line);
  arena_free(&arena);
}

Test(parser, rejects_match_statement) {
  expect_error("x = 1\nmatch x:\n    case 1:\n        pass\n",
               "'match' statements are not supported by Eddy", 2);
}

Test(parser, rejects_except_mixed_with_except_star) {
  expect_error("try:\n    pass\nexcept* ValueError:\n    pass\n"
               "except TypeError:\n    pass\n",
               "cannot have both 'except' and 'except*' on the same 'try'", 5);
}

Test(parser, rejects_complex_literal) {
  expect_error("x = 1 + 2j\n", "complex numbers are not supported by Eddy", 1);
}

Test(parser, limits_nesting) {
  char source[4000] = "x = ";
  memset(source + 4, '-', 3000);
  strcpy(source + 3004, "1\n");
  expect_error(source, "too many nested expressions", 1);
}

Test(parser, limits_operator_chains) {
  static char source[20000];
  strcpy(source, "x = 1");
  for (int i = 0; i < 2000; i++) strcat(source, "+1");
  strcat(source, "\n");
  expect_error(source, "too many nested expressions", 1);
}

/* An error inside an f-string field: CPython reports its column within
 * the text "(expr)" it parsed and shows that text as the source line;
 * Eddy points into the module's own line instead. */
Test(parser, fstring_error_positions) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, "x = 1\ny = f'{a b}'\n", &diag);
  cr_assert(tree == NULL);
  cr_expect_str_eq(diag.message,
                   "f-string: invalid syntax. Perhaps you forgot a comma?");
  cr_expect_eq(diag.line, 2);
  cr_expect_eq(diag.col, 8);
  cr_expect_eq(diag.end_col, 11);
  arena_free(&arena);
}

Test(parser, soft_keywords_are_names) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, "match = 1\nmatch(x)\ncase = _ = match\n", &diag);
  cr_expect(tree != NULL, "%s", diag.message);
  arena_free(&arena);
}

Test(parser, empty_source) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, "", &diag);
  cr_assert(tree != NULL);
  cr_expect_eq(tree->kind, NODE_MODULE);
  cr_expect_eq(tree->as.module.body.count, 0);
  arena_free(&arena);
}

Test(parser, carriage_returns_are_newlines) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, "s = '''a\r\nb'''\r\nt = 1\r", &diag);
  cr_assert(tree != NULL, "%s", diag.message);
  cr_assert_eq(tree->as.module.body.count, 2);
  const Node *value = tree->as.module.body.items[0]->as.assign.value;
  cr_expect_eq(value->as.constant.value.len, 3);
  cr_expect(memcmp(value->as.constant.value.as.s, "a\nb", 3) == 0);
  arena_free(&arena);
}

Test(parser, big_integer_digits) {
  Arena arena;
  SyntaxDiag diag;
  Node *tree = parse(&arena, "x = 0x10000000000000000\n", &diag);
  cr_assert(tree != NULL, "%s", diag.message);
  const Constant *c =
      &tree->as.module.body.items[0]->as.assign.value->as.constant.value;
  cr_expect_eq(c->kind, CONST_BIGINT);
  cr_expect_str_eq(c->as.s, "18446744073709551616");
  arena_free(&arena);
}

/* The message of parsing [source] as an interactive entry, "" when it
 * parses. */
static void interactive_error(const char *source, char *out, size_t n) {
  Arena arena;
  arena_init(&arena);
  SyntaxDiag diag = {0};
  Node *tree = parser_parse_interactive(&arena, source, strlen(source), &diag);
  snprintf(out, n, "%s", tree ? "" : diag.message);
  arena_free(&arena);
}

/* An interactive entry may await at its top level (python3 -m asyncio's
 * PyCF_ALLOW_TOP_LEVEL_AWAIT); a module may not, and neither may a class
 * body or a plain function inside the entry. */
Test(parser, top_level_await_in_interactive_entries) {
  static const struct {
    const char *source;
    const char *error;
  } cases[] = {
      {"await f()\n", ""},
      {"x = [await g for g in gs]\n", ""},
      {"async for x in y: pass\n", ""},
      {"async with a as b: pass\n", ""},
      {"print([x async for x in agen()])\n", ""},
      {"class C:\n    await f()\n", "'await' outside function"},
      {"def f():\n    await g()\n", "'await' outside async function"},
      {"def f():\n    async for x in y: pass\n",
       "'async for' outside async function"},
  };
  char message[256];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    interactive_error(cases[i].source, message, sizeof message);
    cr_expect_str_eq(message, cases[i].error, "%s", cases[i].source);
  }
  Arena arena;
  SyntaxDiag diag;
  cr_expect_null(parse(&arena, "await f()\n", &diag), "a module may not");
  cr_expect_str_eq(diag.message, "'await' outside function");
  arena_free(&arena);
}
