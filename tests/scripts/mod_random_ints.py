# random: getrandbits, randrange, randint and randbytes use CPython's
# exact draws (_randbelow with rejection sampling).
import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'))
print([random.getrandbits(k) for k in [0, 1, 2, 7, 31, 32, 33, 63, 64, 65, 100]])
print(random.getrandbits(300))
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)])
print([random.randrange(100, 0, -3) for _ in range(5)])
print([random.randrange(-50, -10, 4) for _ in range(5)])
print([random.randint(-3, 3) for _ in range(15)])
print(random.randint(1, 1), random.randrange(1), random.randrange(2**64),
      random.randrange(10**30), random.randint(-10**20, 10**20))
print(random.randrange(2**64 - 1), random.randrange(2**63), random.randrange(2**63 + 1))
print(random.randint(1.0, 3), random.randrange(10.0), random.randrange(0, 20.0, 5.0))
print(random.randrange(True), random.randint(False, True))
print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(9))
print(len(random.randbytes(1000)), random.random())
