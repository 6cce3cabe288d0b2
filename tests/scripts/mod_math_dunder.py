# math, random, time, os: objects of script classes are accepted through
# their special methods (__float__, __index__, __floor__, __ceil__,
# __trunc__, __fspath__), as CPython accepts them.
import math
import os
import random
import time


class Real:
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return self.value


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


class Rounds:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


class BadFloat:
    def __float__(self):
        return 1


class Path:
    def __fspath__(self):
        return 'some/dir/file.txt'


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(math.sqrt(Real(2.25)), math.sqrt(Index(16)), math.exp(Real(0.0)))
print(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()))
print(math.floor(Real(2.7)), math.ceil(Index(3)), math.hypot(Real(3.0), Index(4)))
print(math.gcd(Index(12), 18), math.factorial(Index(5)), math.isqrt(Index(17)),
      math.comb(Index(5), Index(2)), math.fsum([Real(0.5), Index(1)]))
print(math.isclose(Real(1.0), Index(1)), math.log(Index(8), Index(2)))
attempt(lambda: math.sqrt(BadFloat()))
attempt(lambda: math.trunc(Real(1.5)))
attempt(lambda: math.gcd(Real(1.5)))
random.seed(Index(5) .__index__())
print(random.randrange(Index(10)), random.randint(Index(1), 3),
      random.getrandbits(Index(8)))
print(time.gmtime(Index(86400)).tm_mday, time.sleep(Index(0)))
print(os.path.basename(Path()), os.path.splitext(Path()), os.path.join(Path(), 'x'))
print(os.path.exists(Path()))
