# math: the integer functions gcd, lcm, isqrt, factorial, comb and perm,
# exact for ints of any size.
import math

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18),
      math.gcd(-12, 18, 27), math.gcd(0, 0), math.gcd(0, -5), math.gcd(True, 4))
print(math.gcd(2**100, 2**60 * 3), math.gcd(10**30, 10**20 + 10))
print(math.lcm(), math.lcm(6), math.lcm(-6), math.lcm(4, 6), math.lcm(4, 6, 10),
      math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3), math.lcm(5, 0, 7))

for n in [0, 1, 2, 3, 15, 16, 17, 99, 10**20, 2**127 - 1, 10**50, True]:
    print(math.isqrt(n))

for n in [0, 1, 5, 20, 21, 25, 30]:
    print(math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(100) % 10**30)

for n, k in [(10, 3), (10, 0), (10, 10), (5, 7), (100, 50), (60, 30),
             (10**20, 2), (0, 0), (52, 5)]:
    print(math.comb(n, k), math.perm(n, k))
print(math.perm(6), math.perm(6, None), math.perm(0))
print(math.comb(200, 100) == math.factorial(200) // math.factorial(100) ** 2)
