# itertools.islice: every argument form, laziness, what it consumes from
# the iterator, and CPython's messages for bad arguments.
import sys
from itertools import islice, count

s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)), list(islice(s, None)), list(islice(s, None, None, None)))
print(list(islice(s, 1, 6, 2)), list(islice(s, 5, 2)), list(islice(s, 0)), list(islice(s, 10)))
print(list(islice(s, 3, 3)), list(islice(s, 6, 100, 3)), list(islice(s, None, 3)))
print(list(islice(range(100), 10, 50, 7)), list(islice(s, True, 3)))
print(list(islice(count(), 5, 20, 5)), list(islice(count(), 3)))
print(list(islice(s, sys.maxsize)), list(islice(s, 2, sys.maxsize, sys.maxsize)))

# islice reads only what it needs: items before start, then one item per
# step, and nothing at or past stop.
it = iter(range(20))
print(list(islice(it, 3)), next(it))
it = iter(range(20))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(20))
print(list(islice(it, 0, 5, 3)), next(it))
it = iter(range(20))
print(list(islice(it, 1, 8, 3)), next(it))
it = iter(range(20))
print(list(islice(it, 4, None)), list(it))
it = iter(range(3))
print(list(islice(it, 5, 10)), list(it))


def noisy():
    for i in range(5):
        print('produce', i)
        yield i


sl = islice(noisy(), 1, 4, 2)
print('created')
print(next(sl))
print(next(sl))
print(list(sl))

for args in [(-1,), ('a',), (1.5,), (2.0,), (1, -1), (-1, 3), ('x', 3), (1, 3, 0),
             (1, 3, -1), (1, 3, 1.5), (-1, -1), ('a', -1), (-1, 'a', 0),
             (sys.maxsize + 1,), (0, 1, sys.maxsize + 1)]:
    try:
        islice([], *args)
        print(args, 'accepted')
    except ValueError as e:
        print(args, type(e).__name__, e)
for call in [lambda: islice([]), lambda: islice([], 1, 2, 3, 4),
             lambda: islice([], stop=3), lambda: islice(5, 2),
             lambda: islice(5, -1), lambda: islice()]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 2


print(list(islice('abcdef', Index())), list(islice('abcdef', Index(), None, Index())))
