# int + and - around the int64 boundaries, with bigints and floats.
big = 9223372036854775807
print(big + 1)
print(big + 1 - 1)
print(-big - 1)
print(-big - 2)
print(-big - 2 + 1)
print(big + big)
print(10 ** 30 + 1)
print(10 ** 30 - 10 ** 30)
print(type(10 ** 30 - 10 ** 30 + 5))
print(1 + 2.5)
print(2.5 - 1)
print(0.1 + 0.2)
print(1 - 1.0)
print(-0.0 + 0.0)
print(-0.0 - 0.0)
print(2 ** 64 + 0.5)
print(1e308 + 1e308)
x = 0
for i in range(100):
    x = x + i * 123456789123
print(x)
x = 2 ** 63
for i in range(5):
    x = x - 2 ** 62
    print(x, type(x).__name__)
