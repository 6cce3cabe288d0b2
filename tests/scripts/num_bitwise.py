# & | ^ ~ with two's complement semantics on negative and big ints.
vals = [0, 1, -1, 5, -6, 255, -256, 2 ** 63, -(2 ** 63), 2 ** 70 + 3, -(2 ** 70) - 5]
for a in vals:
    for b in vals[:6]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a)
print(True & True, True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, False | 2, True ^ 1)
print(~True, ~False)
x = 0xF0F0
x &= 0xFF00
x |= 0x000F
x ^= 0x1
print(x)
