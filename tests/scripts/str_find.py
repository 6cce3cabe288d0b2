# find, rfind, index, rindex, count with start and end.
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", ""]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 1), s.rfind(sub, 0, 8),
          s.count(sub, 2, -2), s.find(sub, -4), s.find(sub, 20), s.rfind(sub, -100, 100))
u = "héllo wörld héllo"
print(u.find("llo"), u.rfind("héllo"), u.count("é"), u.index("ö"), u.rindex("l"), u.find("l", -5, -1))
print("aaaa".count("aa"), "aaaa".count(""), "".count(""), "abc".count("", 5), "abc".count("", 1, 2))
print(s.find("a", None, None), s.find("a", True), s.find("b", 2**70), s.find("b", -2**70))
for args in [("z",), ("a", 3, 3), ("bra", 0, 5)]:
    for name in ["index", "rindex"]:
        try:
            print(getattr(s, name)(*args))
        except ValueError as e:
            print("ValueError:", e)
for args in [(), (1,), ("a", "x"), ("a", 1, 2, 3)]:
    try:
        print(s.find(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    s.count()
except TypeError as e:
    print("TypeError:", e)
print(b"abcabc".find(b"c"), b"abcabc".rfind(99), b"abcabc".count(b"bc"), b"abc".index(b"b"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
