# min() and max(): CPython's errors for every misuse.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: max())
attempt(lambda: min())
attempt(lambda: max([]))
attempt(lambda: min(""))
attempt(lambda: max(x for x in []))
attempt(lambda: max(1))
attempt(lambda: min(None))
attempt(lambda: max(1, 2, default=3))
attempt(lambda: min([1, 2], [3], default=1))
attempt(lambda: max([1], foo=1))
attempt(lambda: min([1], bar=2))
attempt(lambda: max(default=1))
attempt(lambda: max(1, "a"))
attempt(lambda: min(1, "a"))
attempt(lambda: min([1, None]))
attempt(lambda: max([1, 2], key=5))
attempt(lambda: min(1, 2, key=len))


def failing_key(x):
    raise KeyError(x)


attempt(lambda: max([1, 2], key=failing_key))


def gen():
    yield 1
    raise RuntimeError("generator broke")


attempt(lambda: max(gen()))
