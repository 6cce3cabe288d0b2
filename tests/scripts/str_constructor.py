# str() of every kind of object, and str(bytes, encoding).
print(str(), str(""), str(42), str(-3.5), str(1e100), str(True), str(None), str([1, "a"]), str((1,)), str({"k": [2]}))
print(str(b"bytes"), str(2**100), str(0.1 + 0.2), str(float("inf")), str("already"))
print(str(object="kw"), str(b"\xc3\xa9", "utf-8"), str(b"\xe9", encoding="latin-1"), str(b"x\xff", "utf-8", "ignore"))
class WithStr:
    def __str__(self):
        return "custom str"
class WithRepr:
    def __repr__(self):
        return "custom repr"
print(str(WithStr()), str(WithRepr()), [WithRepr()], "%s|%r" % (WithStr(), WithRepr()))
class BadStr:
    def __str__(self):
        return 5
for call in [lambda: str(BadStr()), lambda: str(b"x", 5), lambda: str("x", "utf-8"), lambda: str(1, 2, 3, 4),
             lambda: str(x=1), lambda: str(b"\xff", "utf-8")]:
    try:
        print(call())
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
print(type(str(1)).__name__, isinstance("x", str), str.upper("abc"), str.join(",", "ab"))
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)
