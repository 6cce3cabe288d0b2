# abs(): ints (small and big), floats, bools, __abs__, errors.
print(abs(0), abs(5), abs(-5), abs(-2**63), abs(2**100), abs(-2**100))
print(abs(1.5), abs(-1.5), abs(-0.0), abs(float("-inf")))
print(abs(True), abs(False))


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


print(abs(Vec(3, 4)))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: abs("a"))
attempt(lambda: abs(None))
attempt(lambda: abs([]))
attempt(lambda: abs())
attempt(lambda: abs(1, 2))
attempt(lambda: abs(x=1))
