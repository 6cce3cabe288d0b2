# Too many positional arguments: every wording of the message.
def zero():
    return 0


def one(a):
    return a


def two(a, b):
    return a


def opt(a, b=2):
    return a


def opts(a, b=2, c=3):
    return a


def all_opt(a=1):
    return a


def kwo(a, *, k):
    return a


def kwo_opt(a, *, k=1, j=2):
    return a


def tries(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, "TypeError:", e)


tries("zero(1)", zero, 1)
tries("zero(1, 2)", zero, 1, 2)
tries("one(1, 2)", one, 1, 2)
tries("two(1, 2, 3)", two, 1, 2, 3)
tries("two(1, 2, 3, 4)", two, 1, 2, 3, 4)
tries("opt(1, 2, 3)", opt, 1, 2, 3)
tries("opts(1, 2, 3, 4)", opts, 1, 2, 3, 4)
tries("all_opt(1, 2)", all_opt, 1, 2)
tries("kwo(1, 2)", kwo, 1, 2)
tries("kwo(1, 2, k=3)", kwo, 1, 2, k=3)
tries("kwo_opt(1, 2, k=3)", kwo_opt, 1, 2, k=3)
tries("kwo_opt(1, 2, k=3, j=4)", kwo_opt, 1, 2, k=3, j=4)
tries("zero(1, x=2)", zero, 1, x=2)
tries("lambda", lambda: 0, 1)
tries("lambda2", lambda a, b=1: 0, 1, 2, 3)
