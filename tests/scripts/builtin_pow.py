# pow(): two and three arguments, keywords, modular inverse, errors.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(2, 0.5), pow(-2, 3))
print(pow(10, 30), pow(0, 0), pow(1.5, 2), pow(True, 2))
print(pow(2, 10, 1000), pow(3, 2, -4), pow(2, -1, 5), pow(10, 400, 7))
print(pow(2**100, 0, 1), pow(base=2, exp=3), pow(2, exp=3, mod=5))
print(pow(2, 3, None), pow(-3, 3, 5))


class Pow:
    def __pow__(self, other):
        return "Pow**%r" % (other,)

    def __rpow__(self, other):
        return "%r**Pow" % (other,)


print(pow(Pow(), 2), pow(3, Pow()))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: pow())
attempt(lambda: pow(1))
attempt(lambda: pow(1, 2, 3, 4))
attempt(lambda: pow(2, 3, 0))
attempt(lambda: pow(2.0, 3, 5))
attempt(lambda: pow(2, 0.5, 5))
attempt(lambda: pow(0, -1))
attempt(lambda: pow(0.0, -1))
attempt(lambda: pow(2, -1, 4))
attempt(lambda: pow("a", 2))
attempt(lambda: pow(2, 3, x=1))
