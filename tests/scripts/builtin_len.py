# len(): built-in containers, user __len__, and CPython's errors.
print(len(""), len("abc"), len("héllo"), len("😀😀"))
print(len([]), len([1, 2, 3]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(set()), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(b"bytes"))


class Sized:
    def __len__(self):
        return 42


print(len(Sized()))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: len(5))
attempt(lambda: len(None))
attempt(lambda: len(3.5))
attempt(lambda: len())
attempt(lambda: len([1], [2]))
attempt(lambda: len(obj=[1]))
attempt(lambda: len(x for x in []))
