# Generator expressions: lazy, single-use, with conditions and nesting.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello"), reverse=True))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((a, b) for a in range(3) for b in "xy" if a != 1))
print(tuple(str(n) for n in [1, 2, 3]))
print(",".join(w.upper() for w in ["a", "b"]))
print(dict((k, k * 2) for k in "ab"))
print(set(n % 3 for n in range(10)) == {0, 1, 2})
log = []


def source():
    for i in range(3):
        log.append("produce " + str(i))
        yield i


g = (v * 10 for v in source())
log.append("genexp created")
print(next(g))
log.append("after first")
print(list(g))
print(log)
try:
    bad = (1 // x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("raised lazily:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("first iterable checked eagerly:", e)
nested = ((i, j) for i in range(2) for j in (k for k in range(i + 1)))
print(list(nested))
data = [1, 2, 3]
g = (d for d in data)
data.append(4)
print(list(g))
g = (d for d in data)
data = [100]
print(list(g))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in []))
