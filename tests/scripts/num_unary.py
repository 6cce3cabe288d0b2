# Unary minus, plus and invert on every kind of number.
print(-5, +5, ~5)
print(-(-9223372036854775808))
print(type(-(-9223372036854775808)).__name__)
print(-(2 ** 63))
print(-(10 ** 30), +(10 ** 30), ~(10 ** 30))
print(-True, +True, ~True, -False, +False)
print(-0.0, +(-0.0), -(0.0), -float('inf'), -float('nan'))
print(-1.5, +1.5)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
print(not 0, not 1, not 0.0, not 2 ** 100)
