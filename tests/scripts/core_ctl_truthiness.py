# Truth value of every built-in type, via bool(), if, not and while.
values = [0, 1, -1, 0.0, -0.0, 0.5, "", " ", "0", b"", b"\x00", [], [0], (),
          (None,), {}, {0: 0}, set(), {0}, frozenset(), None, True, False,
          range(0), range(1), 10 ** 30, 0 * 10 ** 30, float("nan"),
          float("inf"), print, len, bool, Ellipsis]
for v in values:
    branch = "if-true" if v else "if-false"
    print(repr(v) if not callable(v) else v.__name__, bool(v), not v, branch)
print(type(bool(1)).__name__, bool(), bool(0) is False)
n = 3
count = 0
while n:
    n -= 1
    count += 1
print("count", count)
s = "abc"
while s:
    s = s[1:]
print(repr(s))
print(sum(1 for v in values if v), len(values))
print(any([0, "", None]), any([0, "x"]), all([1, "a", [0]]), all([]), any([]))
print(True + True, True * 10, False - 1)
print(1 == True, 0 == False, True is True)
print(bool(iter([])), bool(lambda: 0))
