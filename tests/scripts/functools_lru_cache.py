# functools.lru_cache and cache: the decorator forms, cache_info, the
# least-recently-used order, typed keys, keywords and errors.
from functools import lru_cache, cache


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib(10), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())
print(fib.__name__, fib.__wrapped__(10) if False else fib.__wrapped__.__name__)


@lru_cache()
def plain(x):
    return x


plain(1), plain(1)
print(plain.cache_info(), plain.cache_parameters())


@lru_cache(maxsize=2)
def square(x):
    print('  compute', x)
    return x * x


for v in (1, 2, 1, 3, 2, 1, 1, 3):
    print(v, square(v))
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(tuple(info), info == (3, 5, 2, 2), info[1], type(info).__name__, isinstance(info, tuple))
h, m, size, cur = info
print(h, m, size, cur, info._asdict())


@lru_cache(maxsize=None)
def unbounded(x):
    print('  unbounded', x)
    return -x


for v in (1, 2, 3, 1, 2, 3):
    unbounded(v)
print(unbounded.cache_info(), unbounded.cache_parameters())


@lru_cache(maxsize=0)
def never(x):
    print('  never', x)
    return x


never(1), never(1)
print(never.cache_info())
never.cache_clear()
print(never.cache_info())


@lru_cache(-5)
def negative(x):
    return x


negative(1), negative(1)
print(negative.cache_info(), negative.cache_parameters())


@lru_cache(typed=True)
def typed(x):
    print('  typed', type(x).__name__, x)
    return x


typed(1), typed(1.0), typed(True), typed(1), typed(1.0)
print(typed.cache_info(), typed.cache_parameters())


@lru_cache
def untyped(x):
    print('  untyped', type(x).__name__, x)
    return x


print(untyped(2), untyped(2.0), untyped(2), untyped(2.0), untyped.cache_info())


@cache
def kw(a, b=1, *args, **kwargs):
    print('  kw', a, b, args, kwargs)
    return a + b


print(kw(1), kw(1), kw(1, 1), kw(1, b=1), kw(a=1, b=1), kw(b=1, a=1))
print(kw(1, 2, 3), kw(1, 2, 3), kw(1, x=5), kw(1, x=5), kw.cache_info())
print(kw.cache_parameters())


@lru_cache(maxsize=3)
def key_of(*args):
    print('  key_of', args)
    return len(args)


key_of((1, 2)), key_of(1, 2), key_of((1, 2)), key_of('ab'), key_of('ab'), key_of()
print(key_of.cache_info())

try:
    key_of([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(key_of.cache_info())


class Repo:
    def __init__(self, name):
        self.name = name
        self.loads = 0

    @lru_cache(maxsize=8)
    def load(self, item):
        self.loads += 1
        return f'{self.name}:{item}'


r = Repo('r')
print(r.load('a'), r.load('a'), r.load('b'), r.loads, Repo.load.cache_info())

# The cached function may raise: nothing is cached then.
attempts = []


@lru_cache
def flaky(x):
    attempts.append(x)
    if len(attempts) < 2:
        raise ValueError('first try fails')
    return x


try:
    flaky(7)
except ValueError as e:
    print(e)
print(flaky(7), flaky(7), attempts, flaky.cache_info())

for bad in ('big', 2.5, [1]):
    try:
        lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    lru_cache(1, 2, 3)
except TypeError as e:
    print(type(e).__name__)

# Eviction follows recency of use, not of insertion.
@lru_cache(maxsize=3)
def ident(x):
    print('  miss', x)
    return x


for v in [1, 2, 3, 1, 4, 2, 3, 1]:
    ident(v)
print(ident.cache_info())
