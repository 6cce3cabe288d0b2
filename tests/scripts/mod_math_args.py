# math: argument-count and keyword errors, worded as CPython words them
# for each kind of function.
import math


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: math.sqrt())
attempt(lambda: math.sqrt(1, 2))
attempt(lambda: math.sqrt(x=1))
attempt(lambda: math.floor())
attempt(lambda: math.fsum())
attempt(lambda: math.isqrt(x=4))
attempt(lambda: math.pow(1))
attempt(lambda: math.pow(1, 2, 3))
attempt(lambda: math.pow(1, y=2))
attempt(lambda: math.atan2(1))
attempt(lambda: math.copysign())
attempt(lambda: math.fmod(1, 2, 3))
attempt(lambda: math.ldexp(1))
attempt(lambda: math.dist((1,)))
attempt(lambda: math.comb(5))
attempt(lambda: math.perm())
attempt(lambda: math.perm(5, 2, 3))
attempt(lambda: math.log())
attempt(lambda: math.log(1, 2, 3))
attempt(lambda: math.log(x=1))
attempt(lambda: math.gcd(a=1))
attempt(lambda: math.lcm(x=1))
attempt(lambda: math.hypot(x=1))
attempt(lambda: math.isclose())
attempt(lambda: math.isclose(1))
attempt(lambda: math.isclose(1, 2, 3))
attempt(lambda: math.isclose(1, 2, tol=3))
attempt(lambda: math.isclose(1, 2, rel_tol='a'))
attempt(lambda: math.prod())
attempt(lambda: math.prod([1], 2))
attempt(lambda: math.prod([1], start=2, x=1))
attempt(lambda: math.prod([1], x=1))
attempt(lambda: math.factorial())
attempt(lambda: math.modf(1, 2))
attempt(lambda: math.ulp())
