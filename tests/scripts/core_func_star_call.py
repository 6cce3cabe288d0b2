# Calls that unpack sequences and mappings: f(*seq, **mapping).
def f(a, b, c, d=0):
    return a, b, c, d


args = [1, 2, 3]
kwargs = {"d": 4}
print(f(*args))
print(f(*args, **kwargs))
print(f(1, *[2, 3]))
print(f(*[1], *[2], 3))
print(f(*(1, 2), c=3))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, **{"b": 2}, c=3))
print(f(*range(3)))
print(f(*"xyz"))
print(f(*{10: "ten"}, 20, 30))


def star(*a, **k):
    return a, k


print(star(*[], **{}))
print(star(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3))
print(star(*[1, 2], **{"a": 1}, **{"b": 2}))


def gen():
    yield 1
    yield 2


print(star(*gen()))
t = (1, 2)
print(star(*t, *t))
nested = [[1, 2], [3, 4]]
print(star(*nested))
print(star(*[x * x for x in range(4)]))
print(f(*args, d=kwargs["d"] * 10))
