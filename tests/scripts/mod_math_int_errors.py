# math: errors of the integer functions.
import math


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: math.factorial(-1))
attempt(lambda: math.factorial(-10**30))
attempt(lambda: math.factorial(5.0))
attempt(lambda: math.factorial('5'))
attempt(lambda: math.factorial(10**20))
attempt(lambda: math.gcd(1.5))
attempt(lambda: math.gcd(4, 'a'))
attempt(lambda: math.gcd(1, 2.0))
attempt(lambda: math.lcm(4, 0, 'a'))
attempt(lambda: math.lcm(2.5))
attempt(lambda: math.isqrt(-1))
attempt(lambda: math.isqrt(2.0))
attempt(lambda: math.comb(-1, 2))
attempt(lambda: math.comb(5, -2))
attempt(lambda: math.comb(5.0, 2))
attempt(lambda: math.comb(10**30, 10**20))
attempt(lambda: math.perm(-3, 1))
attempt(lambda: math.perm(3, -1))
attempt(lambda: math.perm(10**30, 10**20))
attempt(lambda: math.perm(-1))
attempt(lambda: math.perm(2.5, None))
