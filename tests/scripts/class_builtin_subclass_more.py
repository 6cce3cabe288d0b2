def make(*bases):
    try:
        class X(*bases): pass
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)
make(int, list); make(float, int); make(str, tuple); make(int, str); make(int, object)
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def __add__(self, o): return Celsius(float(self) + float(o))
c = Celsius(20.5)
print(c, repr(c), type(c + 1).__name__, c + 1, 1.5 + c, type(1.5 + c).__name__, c > 20, max(c, 3), min([c, Celsius(1)]))
try: Celsius(-300)
except ValueError as e: print("error:", e)
class Flag(int):
    names = {1: "READ", 2: "WRITE"}
    def __str__(self): return self.names.get(int(self), "?")
f = Flag(2); print(f, f | 1, f & 2, f << 1, str(f), "%s" % f, f"{f}", f"{f!r}", [f], {f: 1})
print(Flag(1) == 1, Flag(1) in {1, 2}, 1 in [Flag(1)], sum([Flag(1), Flag(2)]), int(Flag(2)) + 0)
class Name(str):
    def __new__(cls, first, last):
        self = super().__new__(cls, first + " " + last)
        self.first = first
        return self
n = Name("Ada", "Lovelace"); print(n, n.first, n.split(), n.upper(), len(n), n.__class__.__name__)
print(sorted([Name("b", "x"), Name("a", "y")]), ",".join([Name("a","b"), "c"]))
class Pair(tuple):
    def __new__(cls, a, b): return tuple.__new__(cls, (a, b))
    def swap(self): return Pair(self[1], self[0])
pp = Pair(1, 2); print(pp.swap(), pp.swap().__class__.__name__, pp[::-1], pp * 2, sorted(pp), max(pp), pp.count(1), pp.index(2))
x = Pair(3, 4); x.label = "L"; print(x.label, vars(x))
class Big(int): pass
b = Big(2**100); print(b, b + 1, b // 3, hash(b) == hash(2**100), Big(-5) % 3, Big("ff", 16))
print(isinstance(Big(1), Big), issubclass(Big, int), Big.__mro__, Big.__bases__)
print(float.__new__(Celsius, 3.0), type(int.__new__(Flag, 1)).__name__)
try: object.__new__(1)
except TypeError as e: print(e)
class K: pass
try: object.__new__(K, 1)
except TypeError as e: print(e)
import math
print(math.sqrt(Celsius(16.0)), math.floor(Celsius(2.5)), round(Celsius(2.567), 2), abs(Celsius(-0.0) if False else Celsius(-1.0)), -Celsius(2.0))
print(Flag(3).to_bytes(2, "big"), Flag(5).bit_count(), Celsius(1.5).as_integer_ratio(), Celsius(2.0).hex())
