# math: fsum (exactly rounded), prod, hypot and dist.
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(iter([1, 2, 3.5])))
print(math.fsum([0.1 * i for i in range(1000)]), math.fsum(range(10)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]),
      math.fsum([math.nan, 1.0]))
print(repr(math.fsum([2.0**53, 1.0, 1.0])), repr(math.fsum([1.0, 1e-30] * 7)))
print(math.fsum([10**20, 0.5, -10**20]))

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]),
      math.prod([1, 2], start=10), math.prod(range(1, 30)),
      math.prod([3], start=2.0), math.prod(['ab'], start=3))
print(math.prod(x for x in [1.5, 2, 3]), math.prod([10**20, 10**20]))

print(math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(), math.hypot(-7))
print(repr(math.hypot(0.1, 0.2, 0.3)), repr(math.hypot(1e-320, 1e-320)))
print(repr(math.hypot(1e308, 1e308)), math.hypot(math.inf, math.nan),
      math.hypot(math.nan, 2))
print(repr(math.hypot(1.5, 2.5, 3.5, 4.5)), repr(math.hypot(10**20, 1)))

print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], (1, 1, 1)), math.dist((), ()))
print(repr(math.dist([0.1, 0.2, 0.3], (1.5, -2.5, 1e-5))))
print(math.dist(iter([1, 1]), range(2)))
