# encode and decode with the utf-8, ascii and latin-1 codecs.
text = "aé€𝄞"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii", "us-ascii"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
print("plain".encode(), "plain".encode("ascii"), "".encode(), "é".encode(encoding="latin1"))
data = [b"caf\xc3\xa9", b"\xff\xfeab", b"\xe2\x82", b"\xed\xa0\x80", b"a\x80b\xc0\xafc", b"\xf0\x9d\x84", b"\xe2\x82a", b"plain"]
for d in data:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace"]:
            try:
                print(enc, errors, repr(d.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, "UnicodeDecodeError:", e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"x\xffy", "ascii", "replace"), str(b"abc", encoding="ascii"))
for call in [lambda: "x".encode("rot13x"), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "bogus"),
             lambda: "x".encode(1), lambda: b"x".decode("utf-8", 2), lambda: str("x", "utf-8"),
             lambda: str(5, "utf-8"), lambda: bytes("x"), lambda: bytes(5, "utf-8")]:
    try:
        print(call())
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("x".encode("ascii", "bogus"))
try:
    "naïve".encode("ascii")
except UnicodeError as e:
    print("caught as UnicodeError:", e)
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", e)
