# replace and expandtabs.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 1), s.replace("fish", "", 2), s.replace("x", "y"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "éü".replace("", "."))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"), s.replace(" ", "", -1), s.replace("fish", "F", 0))
print("ααα".replace("α", "beta"), b"a-b-c".replace(b"-", b"+"), b"abc".replace(b"", b"|"))
for bad in [("a",), ("a", 1), (1, "b"), ("a", "b", "c"), ("a", "b", 1.5)]:
    try:
        print("abc".replace(*bad))
    except TypeError as e:
        print("TypeError:", e)
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc".expandtabs(4)), repr("\t\t".expandtabs(2)))
print(repr("x\ty\nab\tc\r\td".expandtabs(3)), repr("a\tb".expandtabs(0)), repr("é\tx".expandtabs(tabsize=4)))
print(repr(b"a\tb".expandtabs(4)))
try:
    "a".expandtabs("4")
except TypeError as e:
    print("TypeError:", e)
