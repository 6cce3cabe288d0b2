#!/usr/bin/env python3
"""Prints a test case for tests/unit/test_ast_dump.c from Python source.

The case is the tree CPython parses the source into, written with the
builders of tests/unit/ast_build.h, and the text CPython's
ast.dump(tree, indent=2) prints for it: the expected output comes from
CPython, never from hand.

Usage: python3 scripts/ast_dump_case.py NAME 'source'      (one case)
       python3 scripts/ast_dump_case.py --file FILE...     (whole files)
"""

import ast
import sys

SKIPPED_FIELDS = {"type_comment", "type_ignores"}

ENUMS = {
    ast.Load: "CTX_LOAD", ast.Store: "CTX_STORE", ast.Del: "CTX_DEL",
    ast.And: "BOOLOP_AND", ast.Or: "BOOLOP_OR",
    ast.Invert: "UNARY_INVERT", ast.Not: "UNARY_NOT",
    ast.UAdd: "UNARY_UADD", ast.USub: "UNARY_USUB",
    ast.Eq: "CMP_EQ", ast.NotEq: "CMP_NOT_EQ", ast.Lt: "CMP_LT",
    ast.LtE: "CMP_LT_E", ast.Gt: "CMP_GT", ast.GtE: "CMP_GT_E",
    ast.Is: "CMP_IS", ast.IsNot: "CMP_IS_NOT", ast.In: "CMP_IN",
    ast.NotIn: "CMP_NOT_IN",
    ast.Add: "BINOP_ADD", ast.Sub: "BINOP_SUB", ast.Mult: "BINOP_MULT",
    ast.MatMult: "BINOP_MATMULT", ast.Div: "BINOP_DIV", ast.Mod: "BINOP_MOD",
    ast.Pow: "BINOP_POW", ast.LShift: "BINOP_LSHIFT",
    ast.RShift: "BINOP_RSHIFT", ast.BitOr: "BINOP_BITOR",
    ast.BitXor: "BINOP_BITXOR", ast.BitAnd: "BINOP_BITAND",
    ast.FloorDiv: "BINOP_FLOORDIV",
}


def c_string(data):
    """A C string literal holding the bytes [data]."""
    out = []
    for b in data:
        c = chr(b)
        if c in '"\\?':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def snake(name):
    out = ""
    for i, c in enumerate(name):
        if c.isupper() and i > 0:
            out += "_"
        out += c.lower()
    return out


def constant(node):
    v = node.value
    if node.kind == "u":
        return "mk_ustr(%s)" % c_string(v.encode("utf-8", "surrogatepass"))
    if v is None:
        return "mk_const(CONST_NONE)"
    if v is True:
        return "mk_const(CONST_TRUE)"
    if v is False:
        return "mk_const(CONST_FALSE)"
    if v is Ellipsis:
        return "mk_const(CONST_ELLIPSIS)"
    if isinstance(v, int):
        if -(2**63) < v < 2**63:
            return "mk_int(%dLL)" % v
        return "mk_bigint(%s)" % c_string(str(v).encode())
    if isinstance(v, float):
        if v != v:
            return "mk_float(NAN)"
        if v in (float("inf"), float("-inf")):
            return "mk_float(%sINFINITY)" % ("-" if v < 0 else "")
        return "mk_float(%s)" % v.hex()
    if isinstance(v, str):
        return "mk_str(%s)" % c_string(v.encode("utf-8", "surrogatepass"))
    if isinstance(v, bytes):
        return "mk_bytes(%s)" % c_string(v)
    raise ValueError("unsupported constant %r" % (v,))


def value(v, depth):
    if v is None:
        return "NULL"
    if isinstance(v, ast.AST):
        if type(v) in ENUMS:
            return ENUMS[type(v)]
        return build(v, depth)
    if isinstance(v, list):
        if not v:
            return "NONE"
        if isinstance(v[0], ast.cmpop):
            return "OPS(%s)" % ", ".join(ENUMS[type(x)] for x in v)
        if isinstance(v[0], str):
            return "NAMES(%s)" % ", ".join(c_string(x.encode()) for x in v)
        pad = "\n" + "  " * (depth + 1)
        return "L(" + ",".join(pad + value(x, depth + 1) for x in v) + ")"
    if isinstance(v, str):
        return c_string(v.encode("utf-8", "surrogatepass"))
    if isinstance(v, int):
        return str(v)
    raise ValueError("unsupported field %r" % (v,))


def build(node, depth=0):
    if isinstance(node, ast.Constant):
        return constant(node)
    if isinstance(node, (ast.Match, ast.TryStar)) or type(node).__name__ in (
            "MatchValue", "TypeIgnore", "Interactive", "Expression"):
        raise ValueError("unsupported node " + type(node).__name__)
    args = [value(getattr(node, f), depth) for f in node._fields
            if f not in SKIPPED_FIELDS]
    return "mk_%s(%s)" % (snake(type(node).__name__), ", ".join(args))


def case(name, source, comment=True):
    tree = ast.parse(source)
    expected = ast.dump(tree, indent=2) + "\n"
    lines = expected.split("\n")
    literal = "\n".join("      " + c_string((l + "\n").encode())
                        for l in lines[:-1])
    head = ""
    if comment:
        head = "/* %s */\n" % source.strip().replace("*/", "* /").replace(
            "\n", "\n * ")
    return "%sTest(ast_dump, %s) {\n  check_dump(%s,\n%s);\n}\n" % (
        head, name, build(tree, 1), literal)


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "--file":
        for i, path in enumerate(sys.argv[2:]):
            with open(path, encoding="utf-8") as f:
                src = f.read()
            try:
                print(case("file%d" % i, src, comment=False))
            except (ValueError, SyntaxError) as e:
                print("/* skipped %s: %s */" % (path, e))
        return
    print(case(sys.argv[1], sys.argv[2]))


if __name__ == "__main__":
    main()
