# The methods of bytes.
data = b"  The Quick,Brown,,Fox  "
print(data.split(), data.split(b","), data.rsplit(b",", 1), data.strip().split(b",", 2))
print(data.lower(), data.upper(), data.swapcase(), data.strip().title(), b"word".capitalize())
print(data.find(b"Quick"), data.rfind(b","), data.count(b","), data.index(b"F"), data.find(ord("Q")))
print(data.startswith(b"  T"), data.endswith(b"x  "), data.replace(b",", b";", 2), data.partition(b","))
print(b"a1".isalnum(), b"ab".isalpha(), b"12".isdigit(), b"ab".islower(), b"AB".isupper(), b" ".isspace(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"-".join([b"2024", b"01", b"31"]), b"x".center(5, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4))
print(b"a b".split(maxsplit=1), b"a\nb\n".splitlines(), b"ab".removeprefix(b"a"), b"ab".removesuffix(b"b"))
print(b"\xc3\xa9t\xc3\xa9".decode("utf-8"), b"\xe9t\xe9".decode("latin-1"), b"abc".hex())
for call in [lambda: b"abc".split("b"), lambda: b"abc".split(b""), lambda: b"abc".replace("a", b"x"),
             lambda: b"abc".find(300), lambda: b"abc".startswith("a"), lambda: b"abc".count(),
             lambda: b"abc".upper(1), lambda: b"abc".center(5, b"ab"), lambda: b"abc".join(5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
