# next() on a finished generator lost its return value: StopIteration.value was None.
def g():
    yield 1
    return 42


it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, "args", e.args)
try:
    next(it)
except StopIteration as e:
    print("again", e.value, e.args)
print(next(it, "default"))


def outer():
    r = yield from g()
    return ("outer", r)


it = outer()
next(it)
try:
    next(it)
except StopIteration as e:
    print("through yield from", e.value)


def returns_none():
    yield 1
    return None


it = returns_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print("None return", e.value, e.args)


def returns_tuple():
    return (1, 2)
    yield


try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple", e.value, e.args)


# send() and __next__ agree with next()
it = g()
it.send(None)
try:
    it.send("x")
except StopIteration as e:
    print("send", e.value)
it = g()
it.__next__()
try:
    it.__next__()
except StopIteration as e:
    print("__next__", e.value)


# a script's iterator: next() lets its StopIteration through unchanged
class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("a", "b")
        return self.n


c = Counter()
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("user", e.value, e.args)


# yield from a script's iterator gets the value of its StopIteration
def from_user():
    r = yield from Counter()
    yield r


print(list(from_user()))


# built-in iterators end with an empty StopIteration
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("list", e.value, e.args)
print(list(g()), [x for x in g()], sum(g()))


# map, filter, zip and enumerate pass the result of the iterator that ended
for name, make in [
    ("filter", lambda: filter(None, g())),
    ("map", lambda: map(str, g())),
    ("map2", lambda: map(max, g(), g())),
    ("zip", lambda: zip(g(), g())),
    ("zip-short", lambda: zip(g(), [1, 2, 3])),
    ("enumerate", lambda: enumerate(g())),
]:
    it = make()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        print(name, e.args)
    try:
        next(it)
    except StopIteration as e:
        print(name, "again", e.args)

    def outer_of(make=make):
        r = yield from make()
        yield r

    print(name, list(outer_of()))
