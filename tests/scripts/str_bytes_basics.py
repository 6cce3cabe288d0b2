# bytes: construction, indexing, slicing, iteration, operators, repr.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1", "strict"))
b = b"hello world"
print(len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], b[100:], list(b[:3]))
print(b"ell" in b, 111 in b, 300 - 200 in b, b"" in b)
print(b + b"!", b"ab" * 3, 2 * b"xy", b"ab" * 0, b == b"hello world", b < b"help", b"a" < b"b")
print(repr(b"\x00\x07\t\n\r'\"\\\x7f\x80\xff"), repr(b"it's"), repr(b'say "x"'))
for byte in b"AZ":
    print(byte, end=" ")
print()
print(b.hex(), b"\x01\xab".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4), bytes.fromhex("de ad BE EF"))
print(hash(b"abc") == hash(b"ab" + b"c"), bool(b""), bool(b"\x00"))
print(str(b"abc"), b"abc".decode(), b"x".decode("ascii"))
for call in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([1.5]), lambda: bytes(1.5), lambda: bytes("abc"),
             lambda: bytes(None), lambda: b[20], lambda: b["x"], lambda: b + "s", lambda: 300 in b, lambda: "s" in b,
             lambda: bytes.fromhex("xy"), lambda: bytes.fromhex("abc"), lambda: b.hex("::")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
