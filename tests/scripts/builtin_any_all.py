# any() and all(): truth of items, empty iterables, short-circuiting.
print(any([]), all([]))
print(any([0, "", None]), all([1, "a", [0]]))
print(any([0, 2]), all([1, 0]))
print(any("abc"), all(""), any({0: 1}), all({0: 1}))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

seen = []


def track(values):
    for v in values:
        seen.append(v)
        yield v


print(any(track([0, 0, 1, 0, 1])), seen)
seen.clear()
print(all(track([1, 1, 0, 1])), seen)


class Falsy:
    def __bool__(self):
        return False


class Sized:
    def __len__(self):
        return 0


print(any([Falsy(), Sized()]), all([Falsy()]), all([object()]))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: any())
attempt(lambda: all(1, 2))
attempt(lambda: any(1))
attempt(lambda: all(None))
attempt(lambda: any(x=1))
