class Money(int):
    def __repr__(self): return f"Money({int(self)})"
m = Money(5)
print(m, repr(m), m + 1, 1 + m, m * 2, -m, m == 5, hash(m) == hash(5), isinstance(m, int))
print(type(m + 1), type(m).__name__, m.bit_length(), [10, 20, 30, 40, 50, 60][m], f"{m:04d}", str(m))
d = {5: "five"}; print(d[m], m < 6, sorted([Money(3), 1, Money(2)]))
class Meters(float):
    unit = "m"
    def __str__(self): return f"{float(self)}{self.unit}"
x = Meters(2.5); x.note = "hi"
print(x, x * 2, x.note, x.is_integer(), round(x), float(x), int(x), x.__dict__)
class P(tuple):
    __slots__ = ()
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"P(x={self[0]}, y={self[1]})"
p = P(1, 2)
print(p, p.x, len(p), p + (3,), type(p + (3,)), list(p), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p; print(a, b, isinstance(p, tuple), tuple.__new__(P, [7, 8]))
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hey"); s.tag = 1
print(s, s.shout(), s + "x", type(s + "x"), s.tag, s == "hey", {s: 1}["hey"], s[1:], repr(s), len(s))
class L(list):
    def __add__(self, o): return "added"
l = L([1]); l.name = "n"
print(l + [2], [2] + l, l.name, l.__dict__)
class A:
    def __new__(cls, *a):
        o = super().__new__(cls); o.made = True; return o
    def __init__(self, v): self.v = v
a = A(3); print(a.made, a.v, object.__new__(A).__class__.__name__)
class B(bytes): pass
print(B(b"ab"), B(b"ab") + b"c", type(B(b"x")).__name__)
class E(Exception):
    def __new__(cls, *args): return super().__new__(cls, *args)
print(repr(E("m")))
class I2(int):
    def __add__(self, o): return "custom"
    def __radd__(self, o): return "rcustom"
print(I2(1) + 1, 1 + I2(1), I2(7) // 2, divmod(I2(7), 2), abs(I2(-3)), I2(3) ** 2, ~I2(0))
print(int.__new__(I2, 9) + 0, range(Money(3)), "%d items" % Money(4), bool(Money(0)), Money("12", 8) if False else Money("12"))
