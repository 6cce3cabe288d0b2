# math: logarithms, including ints far beyond the float range.
import math

for x in [1, 2, 2.718281828459045, 10, 0.5, 1e-300, 1e300, 3**50, True]:
    print(repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)))
for x, base in [(8, 2), (100, 10), (1000, 10), (2, 8), (0.5, 2), (81, 3),
                (5, 0.5), (10**20, 10), (2**64, 2), (1e-10, 10)]:
    print(repr(math.log(x, base)))
print(repr(math.log(10**1000)))
print(repr(math.log(2**2000, 2)))
print(repr(math.log10(10**500)))
print(repr(math.log2(2**3000)))
print(repr(math.log2(3**2000)))
print(repr(math.log(7**1234, 7)))
print(repr(math.log(10**400, 10**200)))
for x in [0.0, -0.0, 1e-20, 1.0, -0.5, 100.0]:
    print(repr(math.log1p(x)))
print(math.log(math.inf), math.log2(math.inf), math.isnan(math.log(math.nan)))
