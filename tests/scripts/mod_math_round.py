# math: floor, ceil, trunc return ints (also beyond int64), and the float
# anatomy functions modf, frexp, ldexp.
import math

for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 1.5e300, 2**70 + 0.5, 7, -7,
          True, 10**30, 0.99999999, -1e-300]:
    f, c, t = math.floor(x), math.ceil(x), math.trunc(x)
    print(f, c, t, type(f).__name__, type(c).__name__, type(t).__name__)

for x in [3.5, -3.5, 0.0, -0.0, 1e300, 5, math.inf, -math.inf]:
    print(math.modf(x))
print(math.modf(math.nan))

for x in [0.0, 1.0, -3.0, 0.1, 1e-310, 1e308, 12345, math.inf]:
    print(math.frexp(x))

for x, i in [(1.0, 10), (0.5, -1), (3, 4), (1.0, 1023), (1.0, -1074),
             (1.0, -1075), (0.0, 5000), (-2.5, 3), (1.0, -10**30),
             (math.inf, -5), (1.0, True)]:
    print(repr(math.ldexp(x, i)))
m, e = math.frexp(123.456)
print(math.ldexp(m, e) == 123.456)
