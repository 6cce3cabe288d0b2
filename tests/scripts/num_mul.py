# Multiplication: overflow into big ints and back, signs, floats.
print(3037000499 * 3037000499)
print(3037000500 * 3037000500)
print(-3037000500 * 3037000500)
print(4294967296 * -2147483648)
print(-9223372036854775808 * -1)
print(-9223372036854775808 * 1)
print(123456789 * 987654321 * 192837465 * 564738291)
print((2 ** 100) * (2 ** 100) == 2 ** 200)
print(2 ** 100 * 0)
print(-(2 ** 100) * -1)
print(1.5 * 4)
print(3 * 0.1)
print(-2 * 0.0)
print(1e200 * 1e200)
print(-1e200 * 1e200)
print(True * 7, False * 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
