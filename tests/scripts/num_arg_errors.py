# Argument errors of the number constructors and methods.
tests = [
    lambda: (5).to_bytes(1, 'big', True),
    lambda: int.from_bytes(),
    lambda: (5).to_bytes(1, 5),
    lambda: (5).to_bytes(-1),
    lambda: int.from_bytes(5),
    lambda: int.from_bytes('ab'),
    lambda: int.from_bytes([256]),
    lambda: int.from_bytes([1.5]),
    lambda: (5).bit_length(1),
    lambda: int.bit_length('x'),
    lambda: (5).to_bytes(1.5),
    lambda: bool(1, 2),
    lambda: float(1, 2),
    lambda: bool(x=1),
    lambda: float(x=1),
    lambda: int(1, 2, 3),
    lambda: int(x=5),
    lambda: (1.5).is_integer(1),
    lambda: float.hex(1),
    lambda: (5).to_bytes(length=2, byteorder='little'),
    lambda: int.from_bytes(bytes=b'\x01', byteorder='big'),
    lambda: (5).to_bytes(2, 'big', signed=1),
    lambda: int.bit_length(7),
    lambda: float.is_integer(2.0),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
