# abs() of every kind of number.
for x in [0, 5, -5, -9223372036854775808, 10 ** 30, -(10 ** 30), True, False, -0.0, -1.5, float('-inf'), float('nan')]:
    r = abs(x)
    print(r, type(r).__name__)
