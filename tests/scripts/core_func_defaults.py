# Default values: used when omitted, evaluated once at definition time.
calls = []


def make_default(v):
    calls.append(v)
    return v


def f(a, b=make_default(10), c=make_default(20)):
    return (a, b, c)


print(calls)
print(f(1))
print(f(1, 2))
print(f(1, 2, 3))
print(f(1, c=5))
print(calls)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))


def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(append_safe(1))
print(append_safe(2))

n = 5


def uses_n(x=n):
    return x


n = 100
print(uses_n())
print(uses_n(7))
print(f.__defaults__)
print(append_to.__defaults__)


def counter(d={}):
    d["count"] = d.get("count", 0) + 1
    return d["count"]


print(counter(), counter(), counter())
print(counter({}), counter())
