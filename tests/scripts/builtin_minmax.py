# min() and max(): iterables, several arguments, key=, default=.
print(min([3, 1, 2]), max([3, 1, 2]))
print(min(3, 1, 2), max(3, 1, 2))
print(min("hello"), max("hello"))
print(min([1.5, -2, 3]), max([1.5, -2, 3]))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(min(1, 2, key=lambda x: -x), max(1, 2, key=lambda x: -x))
print(max([], default="empty"), min([], default=None))
print(max([5], default=0), min((), key=len, default=-1))
print(max([1, 2], key=None))
print(max(range(10), key=lambda x: x % 4))
print(min(x * x for x in [-3, 2, -1]))
print(max({"a": 1, "b": 2}))
# ties keep the first item found
print(max([(1, "first"), (1, "second")], key=lambda p: p[0]))
print(min([(1, "first"), (1, "second")], key=lambda p: p[0]))
print(max(True, 1), max(1, True), min(0, False))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __gt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


print(min([Rev(1), Rev(5), Rev(3)]), max([Rev(1), Rev(5), Rev(3)]))
