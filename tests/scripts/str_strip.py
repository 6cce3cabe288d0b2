# strip, lstrip, rstrip with whitespace and character sets.
for s in ["", "  x  ", "\t\n x y \r\x0b\x0c", "\u3000\u2003wide\u00a0", "xxhixx", "éaéb", "abc"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr(s.strip("xé")), repr(s.lstrip("ax")), repr(s.rstrip("xbc")), repr(s.strip(None)), repr(s.strip("")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("  spacious  ".lstrip()), repr("mississippi".rstrip("ipz")))
print(b"  bytes \n".strip(), b"xxaxx".strip(b"x"), b"\x1c a".strip())
for bad in [1, ["a"]]:
    try:
        "abc".strip(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    b"abc".strip("a")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".strip("a", "b")
except TypeError as e:
    print("TypeError:", e)
