# int.from_bytes(5) took 5 for the receiver; from_bytes is a classmethod.
print(int.from_bytes(b"\x01\x00", "big"), (5).from_bytes(b"\x01", byteorder="little"))
print(int.from_bytes([1, 2]), int.from_bytes(bytes=b"\xff", byteorder="big", signed=True))
print(repr(bool.from_bytes(b"\x02", "big")), repr(True.from_bytes(b"\x00", "big")))
f = int.from_bytes
print(f(b"\x10"), f(b"\x00\x10", "little"))
for attempt in [lambda: int.from_bytes(5), lambda: int.from_bytes(), lambda: int.from_bytes(b"", "middle"),
                lambda: (7).from_bytes("ab"), lambda: int.from_bytes(b"", "big", True)]:
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
