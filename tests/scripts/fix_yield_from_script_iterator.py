# `yield from` over a script's iterator crashed when its __next__ raised StopIteration.
class Counter:
    def __init__(self, n, result=None):
        self.i = 0
        self.n = n
        self.result = result

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(self.result)
        return self.i


def delegate(n, result):
    r = yield from Counter(n, result)
    yield ("returned", r)


for x in delegate(2, "done"):
    print(x)
print(list(delegate(0, None)), list(delegate(1, [1, 2])))


class Exploding:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("boom")


def through():
    try:
        yield from Exploding()
    except ValueError as e:
        yield "caught " + str(e)


print(list(through()))


def uncaught():
    yield from Exploding()


try:
    list(uncaught())
except ValueError as e:
    print("propagated", e)


def nested():
    yield from delegate(1, "inner")
    yield from (c for c in Counter(2))


print(list(nested()))
