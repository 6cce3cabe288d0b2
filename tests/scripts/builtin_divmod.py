# divmod(): ints (signs, big), floats, mixed, __divmod__, errors.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 5), divmod(2**100, 7), divmod(-2**100, 2**50))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(5, 2.0), divmod(True, 2))
q, r = divmod(17, 5)
print(q, r, q * 5 + r)


class Clock:
    def __init__(self, m):
        self.m = m

    def __divmod__(self, other):
        return ("divmod", self.m, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.m)


print(divmod(Clock(90), 60), divmod(100, Clock(7)))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: divmod(1, 0))
attempt(lambda: divmod(1.0, 0.0))
attempt(lambda: divmod(1, 0.0))
attempt(lambda: divmod("a", 1))
attempt(lambda: divmod(1, None))
attempt(lambda: divmod())
attempt(lambda: divmod(1))
attempt(lambda: divmod(1, 2, 3))
attempt(lambda: divmod(x=1, y=2))
