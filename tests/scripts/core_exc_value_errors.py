# ValueError messages from conversions and built-in functions.
def attempt(label, fn):
    try:
        print(label, fn())
    except ValueError as e:
        print(label, "ValueError:", e)


def exec_unpack(seq):
    a, b = seq
    return a, b


attempt("int('x')", lambda: int("x"))
attempt("int('')", lambda: int(""))
attempt("int('1.5')", lambda: int("1.5"))
attempt("int(' 42 ')", lambda: int(" 42 "))
attempt("int('ff', 16)", lambda: int("ff", 16))
attempt("int('z', 10)", lambda: int("z", 10))
attempt("int('12', 1)", lambda: int("12", 1))
attempt("float('abc')", lambda: float("abc"))
attempt("float('1e5')", lambda: float("1e5"))
attempt("[1, 2].index(3)", lambda: [1, 2].index(3))
attempt("[].remove(0)", lambda: [].remove(0))
attempt("'abc'.index('z')", lambda: "abc".index("z"))
attempt("chr(-1)", lambda: chr(-1))
attempt("a, b = [1, 2, 3]", lambda: exec_unpack([1, 2, 3]))
attempt("a, b = [1]", lambda: exec_unpack([1]))
attempt("max([])", lambda: max([]))
attempt("min([])", lambda: min([]))
attempt("int(float('nan'))", lambda: int(float("nan")))
attempt("'a'.split('')", lambda: "a".split(""))
attempt("range(0, 1, 0)", lambda: range(0, 1, 0))


try:
    int("nope")
except Exception as e:
    print(type(e).__name__, e.args)
print(issubclass(ValueError, Exception), issubclass(UnicodeError, ValueError))
