# math: predicates, isclose, copysign, fmod, remainder, nextafter, ulp,
# cbrt, erf and erfc.
import math

for x in [0.0, 1, -2.5, math.inf, -math.inf, math.nan, 10**300, True]:
    print(math.isnan(x), math.isinf(x), math.isfinite(x))

print(math.isclose(1.0, 1.0000000001), math.isclose(1.0, 1.1),
      math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1),
      math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf),
      math.isclose(math.nan, math.nan), math.isclose(a=1, b=1.0),
      math.isclose(1, b=2, rel_tol=1.0), math.isclose(0.0, 0.0))

for x, y in [(1, -0.0), (-3, 2), (2.5, -math.inf), (math.nan, -1), (0.0, -1.0)]:
    print(repr(math.copysign(x, y)))
for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 1.5), (1e300, 3), (3, math.inf),
             (-0.0, 1.0), (10, 0.3)]:
    print(repr(math.fmod(x, y)), repr(math.remainder(x, y)))
print(repr(math.remainder(5, 2)), repr(math.remainder(7, 2)),
      repr(math.remainder(-5, 2)), repr(math.remainder(math.inf, math.nan)))

print(repr(math.nextafter(1.0, 2.0)), repr(math.nextafter(1.0, 0.0)),
      repr(math.nextafter(0.0, 1.0)), repr(math.nextafter(5, 5)))
for x in [1.0, 0.0, -2.0, 1e300, 5e-324, math.inf, 1.7976931348623157e308]:
    print(repr(math.ulp(x)))
print(math.isnan(math.ulp(math.nan)))

for x in [27, -8, 2.0, 0.0, 1e300]:
    print(repr(math.cbrt(x)))
for x in [0.0, 0.5, -1.0, 2.0, 6.0, -30.0]:
    print(repr(math.erf(x)), repr(math.erfc(x)))
