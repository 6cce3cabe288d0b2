# itertools: count, cycle and repeat, their laziness and reprs.
from itertools import count, cycle, repeat, islice

c = count()
print(c, next(c), next(c), c)
print(list(islice(count(10), 5)))
print(list(islice(count(10, -3), 5)))
print(list(islice(count(2.5), 3)), list(islice(count(0, 0.25), 5)))
c = count(1.5, 0.5)
print(repr(c), next(c), repr(c))
print(count(5), count(5, 1), count(5, 1.0), count(5, 2), count(2.0), count(0, -1))
print(count(start=3, step=2), count(step=4), count(True), count(-7))
print(iter(c) is c)
print(list(zip('abc', count(1))))
big = count(2 ** 70)
print(next(big), big)
for bad in ('a', None, [1]):
    try:
        count(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    count(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)

cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(islice(cycle([1, 2]), 5)))
print(list(cycle([])), list(cycle('')))


def numbers():
    print('start')
    yield 1
    yield 2
    print('exhausted')


g = cycle(numbers())
print('made')
print([next(g) for _ in range(5)])
try:
    cycle(5)
except TypeError as e:
    print(type(e).__name__, e)

r = repeat('x', 3)
print(r, next(r), r, list(r), r)
print(repeat(None), repeat([1, 2]), repeat('a', -2), repeat(1, 0))
print(list(repeat(7, 4)), list(repeat(7, -1)), list(repeat(7, times=2)))
print(list(islice(repeat('z'), 4)))
print(list(map(pow, range(6), repeat(2))))
print(list(zip(range(3), repeat('k'))))
print(iter(r) is r)
for bad in ('3', 2.5, None):
    try:
        repeat(1, bad)
    except TypeError as e:
        print(type(e).__name__, e)
