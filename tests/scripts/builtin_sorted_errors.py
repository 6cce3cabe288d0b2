# sorted(): errors, including those list.sort reports for it.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: sorted())
attempt(lambda: sorted(1))
attempt(lambda: sorted([1], [2]))
attempt(lambda: sorted([3, 1], None))
attempt(lambda: sorted([1], foo=1))
attempt(lambda: sorted([1, "a"]))
attempt(lambda: sorted([3, 1], key=1))
attempt(lambda: sorted([3, 1], reverse=None))
attempt(lambda: sorted(key=len))
attempt(lambda: sorted([None, None, 1]))
