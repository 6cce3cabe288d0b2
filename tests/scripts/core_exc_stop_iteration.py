# StopIteration from next() on exhausted iterators, and next() with a default.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
print(next(it, "default"))
print(next(iter([]), None))
empty = iter(())
try:
    next(empty)
except StopIteration:
    print("empty tuple iterator stops")
r = iter(range(2))
print(list(r), next(r, "done"))
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"k": 1})
print(next(d), next(d, "end"))


def gen():
    yield "only"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("generator stopped", e.value)
z = zip([1], [2])
print(next(z), next(z, "zip done"))
m = map(str, [1])
print(next(m), next(m, "map done"))
e = enumerate("x")
print(next(e), next(e, "enumerate done"))
print(issubclass(StopIteration, Exception))
count = 0
it = iter([10, 20, 30])
while True:
    try:
        value = next(it)
    except StopIteration:
        break
    count += value
print("manual loop total", count)
