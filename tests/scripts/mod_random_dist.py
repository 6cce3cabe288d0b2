# random: real-valued distributions, bit-identical to CPython's.
import random

random.seed(7)
print(random.random(), random.random())
print(random.uniform(1, 10), random.uniform(1.5, 2), random.uniform(5, 5),
      random.uniform(10, 1))
print(random.triangular(), random.triangular(1, 5, 2), random.triangular(0, 10),
      random.triangular(3, 3, 3), random.triangular(0, 1, 1))
print(random.gauss(), random.gauss(5, 2), random.gauss(mu=1), random.gauss(0, 0))
print(random.normalvariate(), random.normalvariate(1, 3), random.normalvariate(sigma=2))
print(random.lognormvariate(0, 1), random.lognormvariate(1, 0.5))
print(random.expovariate(2), random.expovariate(0.5), random.expovariate(-1))
print(random.gauss(10, 1), random.gauss(10, 1), random.gauss(10, 1))
random.seed(7)
print(random.gauss(), random.gauss())
print(random.uniform(1, 3) * 0, type(random.uniform(1, 2)).__name__)
