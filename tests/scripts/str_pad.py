# center, ljust, rjust and zfill.
for s in ["", "a", "ab", "abc", "é😀", "toolong"]:
    for w in [-1, 0, 3, 6, 7]:
        print(repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "é")), repr(s.zfill(w)), end=" ")
    print()
for s in ["42", "-42", "+42", "-", "+", "", "3.14", "-0.5", "abc", "--1"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
print(b"ab".center(6, b"-"), b"ab".ljust(5), b"ab".rjust(4, b"0"), b"-7".zfill(4))
for call in [lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".center("5"),
             lambda: "a".zfill("5"), lambda: "a".ljust(5, ""), lambda: b"a".center(3, "x"), lambda: "a".center(1, "b", "c")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12, ".") + str(qty).rjust(4) + ("%.2f" % price).rjust(8))
print("TITLE".center(30, "="))
