# hex(), oct(), bin(): signs, big ints, bools, __index__, errors.
print(hex(0), hex(255), hex(-255), hex(2**64), hex(-2**100))
print(oct(0), oct(8), oct(-8), oct(2**70))
print(bin(0), bin(5), bin(-5), bin(2**65))
print(hex(True), oct(False), bin(True))


class Idx:
    def __index__(self):
        return 42


print(hex(Idx()), oct(Idx()), bin(Idx()))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: hex(1.5))
attempt(lambda: hex("a"))
attempt(lambda: oct(1.0))
attempt(lambda: bin(None))
attempt(lambda: hex())
attempt(lambda: oct(1, 2))
attempt(lambda: bin(x=1))


class BadIdx:
    def __index__(self):
        return "no"


attempt(lambda: hex(BadIdx()))
