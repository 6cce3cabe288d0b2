# round(): half to even, ndigits (negative too), ints, __round__, errors.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-2.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(15, -1))
print(round(7), round(7, 1), round(-7, -1), round(True), round(2**80, -20))
print(round(1e300, -400), round(123.456, -1), round(123.456, 0))
print(round(1.5, None), round(number=2.5), round(number=1.25, ndigits=1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 0)))


class Fixed:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)


print(round(Fixed()), round(Fixed(), 2))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: round())
attempt(lambda: round(1, 2, 3))
attempt(lambda: round("a"))
attempt(lambda: round(None))
attempt(lambda: round(1.5, "a"))
attempt(lambda: round(7, 1.0))
attempt(lambda: round(float("inf")))
attempt(lambda: round(float("nan")))
attempt(lambda: round(x=1))
