# User-defined iterators (__iter__/__next__) in for loops and built-ins.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for v in Countdown(3):
    print("for", v)
print(list(Countdown(4)), sum(Countdown(10)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))


class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i


sq = Squares(4)
print(list(sq), list(sq))
print(3 in Countdown(5), [x for x in Squares(3) if x])


class Faulty:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("iteration failed")


try:
    for _ in Faulty():
        pass
except ValueError as e:
    print("ValueError:", e)


class NotIterator:
    def __iter__(self):
        return 42


try:
    iter(NotIterator())
except TypeError as e:
    print("TypeError:", e)


class GetItemOnly:
    def __getitem__(self, index):
        if index >= 3:
            raise IndexError(index)
        return index * 10


print(list(GetItemOnly()))
a, b, c = Countdown(3)
print(a, b, c)
