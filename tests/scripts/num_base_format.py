# hex(), oct() and bin() of ints of every size and sign.
for n in [0, 1, -1, 10, -10, 255, -256, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 70) - 1, True, False]:
    print(hex(n), oct(n), bin(n))
print(hex(10 ** 50))
print(int(hex(-(10 ** 50)), 16) == -(10 ** 50))
print(int(bin(12345678901234567890), 0), int(oct(-99), 0))
