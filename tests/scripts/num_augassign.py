# Augmented assignment with numbers, crossing the int64 boundary.
x = 9223372036854775800
for i in range(10):
    x += 1
print(x)
x -= 20
print(x)
x *= -x
print(x)
x //= 10 ** 20
print(x)
x %= 1000003
print(x)
y = 1.5
y += 2
y *= 3
y /= 4
y **= 2
y -= 0.5
print(y)
z = 1
z <<= 70
z >>= 5
z |= 1
z ^= 3
z &= (2 ** 66 - 1)
print(z)
