# sum(): argument errors and the refusal to sum strings.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: sum())
attempt(lambda: sum(1))
attempt(lambda: sum([1], 2, 3))
attempt(lambda: sum(["a", "b"]))
attempt(lambda: sum(["a", "b"], ""))
attempt(lambda: sum([1], start="a"))
attempt(lambda: sum([b"a"], b""))
attempt(lambda: sum(iterable=[1]))
attempt(lambda: sum([], start=5, x=1))
attempt(lambda: sum([1], foo=2))
attempt(lambda: sum([1, None]))
attempt(lambda: sum([[1]], 0))
