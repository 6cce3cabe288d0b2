# split and rsplit: whitespace, separators, maxsplit.
samples = ["", "   ", "a", "  a  b   c ", "a,b,,c,", ",a,", "one two\tthree\nfour",
           "x\u3000y\x1cz", "a::b::c", "::"]
for s in samples:
    print(repr(s))
    print("  ", s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
    print("  ", s.split(","), s.rsplit(",", 1), s.split("::"), s.rsplit("::", 1))
    print("  ", s.split(maxsplit=0), s.split(sep=",", maxsplit=2), s.rsplit(sep=None, maxsplit=2))
print("a b c d".split(" ", -1), "a b c d".rsplit(" ", 2))
print("é😀é😀é".split("😀"), "é😀é😀é".rsplit("😀", 1))
for args in [("",), (1,), (None, "x"), ("a", 1, 2)]:
    try:
        print("abc".split(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    "abc".split(x=1)
except TypeError as e:
    print("TypeError:", e)
line = "name=Alice; age=30; city=Paris"
pairs = [item.split("=") for item in line.split("; ")]
print(dict(pairs))
