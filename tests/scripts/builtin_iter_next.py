# iter() and next(): built-in iterators, defaults, StopIteration, the
# callable/sentinel form, user iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("hé")
print(next(s), next(s), next(s, "end"))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
print(iter(it) is it)


def gen():
    yield "g1"
    yield "g2"


g = gen()
print(next(g), next(g), next(g, "exhausted"))

counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))
print(next(iter(tick, 100)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, next(c), list(c), next(c, "empty"))


class Seq:
    def __iter__(self):
        return iter([10, 20])


print(next(iter(Seq())), list(Seq()))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: iter())
attempt(lambda: iter(1))
attempt(lambda: iter(None))
attempt(lambda: iter(1, 2))
attempt(lambda: iter(1, 2, 3))
attempt(lambda: iter(x=1))
attempt(lambda: next())
attempt(lambda: next(1))
attempt(lambda: next([]))
attempt(lambda: next({}.keys()))
attempt(lambda: next(iter([]), 1, 2))
attempt(lambda: next(iter([]), default=1))
