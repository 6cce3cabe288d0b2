# math: constants, sqrt, pow, exp and fabs, printed with repr so every
# digit of every float is compared.
import math

print(repr(math.pi), repr(math.e), repr(math.tau))
print(math.inf, -math.inf, math.nan, type(math.nan))
print(math.isinf(math.inf), math.isnan(math.nan))

for x in [0, 1, 2, 3.0, 0.25, 1e-300, 1e300, 10**20, 2**1000, True]:
    print(repr(math.sqrt(x)))
print(repr(math.sqrt(-0.0)), math.sqrt(math.inf))

for x, y in [(2, 10), (2.0, 0.5), (-8.0, 3), (10, -2), (0.0, 0), (1.5, 2.5),
             (-2.0, -3.0), (4, 0.5), (1e10, 10), (math.inf, -1), (-math.inf, 3)]:
    print(x, y, repr(math.pow(x, y)))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf))

for x in [0, 1, -1, 0.5, 100, -745.5, 709.7, 1e-10]:
    print(repr(math.exp(x)), repr(math.exp2(x)), repr(math.expm1(x)))

for x in [-3, -2.5, 0.0, -0.0, 7, 1e308, -math.inf]:
    print(repr(math.fabs(x)))
