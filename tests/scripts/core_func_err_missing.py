# Missing positional arguments: the message names 1, 2 or 3+ parameters.
def one(a):
    return a


def two(a, b):
    return a, b


def three(a, b, c):
    return a, b, c


def four(a, b, c, d=4):
    return a, b, c, d


def tries(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, "TypeError:", e)


tries("one()", one)
tries("two()", two)
tries("two(1)", two, 1)
tries("two(b=1)", two, b=1)
tries("three()", three)
tries("three(1)", three, 1)
tries("three(b=2)", three, b=2)
tries("four()", four)
tries("four(d=1)", four, d=1)
tries("four(1, 2)", four, 1, 2)
tries("four(1, 2, 3)", four, 1, 2, 3)
tries("lambda", lambda x, y: x)


def outer():
    def inner(p, q):
        return p + q
    return inner


tries("inner", outer())
tries("inner(1)", outer(), 1)


def with_kwonly(a, b, *, c, d):
    return a


tries("with_kwonly()", with_kwonly)
tries("with_kwonly(1, 2)", with_kwonly, 1, 2)
tries("with_kwonly(1, 2, c=3)", with_kwonly, 1, 2, c=3)
tries("with_kwonly(1, 2, d=3)", with_kwonly, 1, 2, d=3)


def three_kwonly(*, x, y, z):
    return x


tries("three_kwonly()", three_kwonly)
