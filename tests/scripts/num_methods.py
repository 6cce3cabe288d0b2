# Methods of int and float.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in [0, 1, -1, 5, 255, -256, 2 ** 63, -(2 ** 63), 10 ** 30]:
    print(n.bit_length(), n.bit_count())
print(True.bit_length(), (7).as_integer_ratio(), True.as_integer_ratio())
t(lambda: (1024).to_bytes(2, 'big'))
t(lambda: (1024).to_bytes(2, 'little'))
t(lambda: (1024).to_bytes(4, byteorder='big'))
t(lambda: (-1).to_bytes(2, 'big', signed=True))
t(lambda: (-129).to_bytes(2, 'little', signed=True))
t(lambda: (127).to_bytes(1, 'big', signed=True))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-128).to_bytes(1, 'big', signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (1).to_bytes(1, 'middle'))
t(lambda: (0).to_bytes(0, 'big'))
t(lambda: (5).to_bytes())
t(lambda: (2 ** 70).to_bytes(10, 'big'))
t(lambda: int.from_bytes(b'\x04\x00', 'big'))
t(lambda: int.from_bytes(b'\x04\x00', 'little'))
t(lambda: int.from_bytes(b'\xff\xff', 'big', signed=True))
t(lambda: int.from_bytes(b'\xff\xff', 'big'))
t(lambda: int.from_bytes(b'', 'big', signed=True))
t(lambda: int.from_bytes(b'\x01' * 12, 'little'))
t(lambda: int.from_bytes([1, 2, 3], 'big'))
t(lambda: int.from_bytes(b'\x80', byteorder='big', signed=True))
for x in [1.0, 1.5, -2.0, 1e300, float('inf'), float('nan'), -0.0]:
    print(x.is_integer())
for x in [0.5, -0.75, 3.0, 0.1, 1e300, 5e-324, -0.0, 2.0 ** 70]:
    print(x.as_integer_ratio())
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
for x in [1.0, 3.0, -0.1, 0.0, -0.0, 5e-324, 1.7976931348623157e308, float('inf'), float('nan'), 2.5]:
    print(x.hex())
