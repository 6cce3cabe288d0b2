# Iterating over str and bytes.
it = iter("héllo")
print(type(it).__name__, type(iter("abc")).__name__, type(iter(b"ab")).__name__)
print(iter(it) is it, next(it), next(it), list(it), list(it))
print(list(reversed("abc😀")), "".join(reversed("stressed")), list(enumerate("ab", 1)))
print(list(zip("abc", b"xyz")), sorted(b"banana"), sum(b"\x01\x02\x03"), max(b"az"))
print([c * 2 for c in "ab"], {c for c in "aabbc"} == {"a", "b", "c"}, dict.fromkeys("ab", 0))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count, any(c.isdigit() for c in "ab1"), all(c.isalpha() for c in "ab1"))
for i, byte in enumerate(b"AB"):
    print(i, byte, chr(byte))
it = iter("x")
print(next(it), next(it, "done"))
