# The errors of % formatting.
cases = [
    ("%s %s", (1,)), ("%s", (1, 2)), ("hello", 5), ("%d", "x"), ("%x", 1.5), ("%f", "x"), ("%f", None),
    ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%(a)s", (1,)), ("%(a", {"a": 1}), ("%(a)s", {}),
    ("%z", 5), ("%", 5), ("%5", 5), ("%.", 5), ("%*d", ("x", 3)), ("%.*f", ("x", 1.0)), ("%(a)s %s", {"a": 1}),
    ("%d", float("inf")), ("%d", float("nan")), ("%d", None), ("%o", "8"), ("%ü", 1), ("%s %(a)s", {"a": 1}),
    ("%d", [1]), ("%e", 2**2000),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__ + ":", e)
