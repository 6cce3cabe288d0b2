# repr and str of floats produced by arithmetic.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1e22, 1e23,
        -0.0, 5e-324, 1.7976931348623157e308, 2.0 ** 63, 2.0 ** 64, 1.5e300 * 1.5e10, 100.0, 3.0 * 1.1]
for v in vals:
    print(v, repr(v), str(v))
print([1.0, -2.5, float('inf'), float('-inf'), float('nan')])
print((0.5,), {1.5: 2.5})
