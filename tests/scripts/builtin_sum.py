# sum(): ints, floats, mixed, big ints, start=, other addable types.
print(sum([]), sum([1, 2, 3]), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([1.5, 2]))
print(sum([], 5), sum([1, 2], 10), sum([1, 2], start=10))
print(sum([True, True, False]), sum([], True), sum([1], True))
print(sum([2**62, 2**62, 2**62]), sum((2**62, 2**62, -2**63)))
print(sum([1.5, 2**70]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(5)))
print(sum({1: "a", 2: "b"}))
print(sum([0.5, 1, True]))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)

    def __radd__(self, other):
        return Money(self.cents + other)

    def __repr__(self):
        return "Money(%d)" % self.cents


print(sum([Money(5), Money(7)]))
print(sum([Money(5), Money(7)], Money(100)))
