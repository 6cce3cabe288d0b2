# Keyword binding errors: unexpected, multiple values, positional-only.
def f(a, b=2):
    return a, b


def g(a, *, k):
    return a, k


def p(a, /, b):
    return a, b


def tries(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, "TypeError:", e)


tries("f(1, c=3)", f, 1, c=3)
tries("f(a=1, z=0)", f, a=1, z=0)
tries("f(1, a=2)", f, 1, a=2)
tries("f(1, 2, b=3)", f, 1, 2, b=3)
tries("g(1, k=2, m=3)", g, 1, k=2, m=3)
tries("g(1, a=2, k=3)", g, 1, a=2, k=3)
tries("p(a=1, b=2)", p, a=1, b=2)
tries("p(1, 2, b=3)", p, 1, 2, b=3)
tries("p(1, a=2, b=3)", p, 1, a=2, b=3)


def kw(**kwargs):
    return kwargs


print(kw(a=1))
tries("f(1, **{'b': 2, 'c': 3})", f, 1, **{"b": 2, "c": 3})
tries("f(*[1], **{'a': 1})", f, *[1], **{"a": 1})


def direct():
    try:
        f(1, a=2)
    except TypeError as e:
        print("direct:", e)
    try:
        f(1, nope=2)
    except TypeError as e:
        print("direct:", e)
    try:
        g(1)
    except TypeError as e:
        print("direct:", e)
    try:
        p(a=1, b=2)
    except TypeError as e:
        print("direct:", e)


direct()
