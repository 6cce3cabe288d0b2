# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c


print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=9, b=8))


def g(*args, sep=", ", end="."):
    return sep.join(str(x) for x in args) + end


print(g(1, 2, 3))
print(g(1, 2, 3, sep="-"))
print(g(end="!"))
print(g("a", "b", end="?", sep=""))


def h(*, only):
    return only * 2


print(h(only=21))


def k(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(k(1, c=3))
print(k(1, 2, 3, 4, c=5))
print(k(1, c=3, d=5, e=6))
print(k.__kwdefaults__)
print(f.__kwdefaults__)
print(h.__kwdefaults__)

for call in [lambda: f(1, 2), lambda: f(1), lambda: h(1), lambda: h()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
