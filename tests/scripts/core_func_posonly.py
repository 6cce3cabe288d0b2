# Positional-only parameters before /.
def f(a, b, /, c, *, d):
    return a, b, c, d


print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))


def g(x, /, y=5):
    return x, y


print(g(1))
print(g(1, 2))
print(g(1, y=3))


def kw_same_name(a, /, **kw):
    return a, kw


print(kw_same_name(1, a=2))
print(kw_same_name(1, b=3, a=4))


def defaults_posonly(a=1, b=2, /):
    return a + b


print(defaults_posonly())
print(defaults_posonly(10))
print(defaults_posonly(10, 20))
for call in [lambda: f(a=1, b=2, c=3, d=4),
             lambda: g(x=1),
             lambda: f(1, b=2, c=3, d=4),
             lambda: defaults_posonly(a=5)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
lam = lambda p, /, q: (p, q)
print(lam(1, q=2))
try:
    lam(p=1, q=2)
except TypeError as e:
    print("TypeError:", e)
