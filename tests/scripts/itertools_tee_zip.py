# itertools.tee and zip_longest.
from itertools import tee, zip_longest, count, islice

a, b = tee(range(5))
print(list(a), list(b))
a, b = tee('abc')
print(next(a), next(a), next(b), list(b), list(a))
x, y, z = tee([1, 2, 3], 3)
print(list(x), list(y), list(z))
print(tee([1], 0), len(tee('ab', 1)), tee('')[0] is not tee('')[1])
it = iter(range(10))
a, b = tee(it)
print(next(a), next(a), next(b))
print(list(islice(a, 2)), list(islice(b, 4)))
print(next(it), list(a))      # the source moved on without the tees

# A tee of a tee shares the buffer: the original stays usable.
a, b = tee(count())
next(a)
c, d = tee(a)
print(next(a), next(c), next(d), next(b), next(c))
print(type(a) is type(c), iter(a) is a)
e = a.__copy__()
print(next(e), next(a))

calls = []


def source():
    for i in range(4):
        calls.append(i)
        yield i


a, b = tee(source())
print(calls)
print(next(a), calls)
print(list(a), calls, list(b), calls)

for args in [('ab', -1), ('ab', 'x'), (5,), (), ('ab', 2, 3)]:
    try:
        tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    tee('ab', n=2)
except TypeError as e:
    print(type(e).__name__, e)

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', 'wxyz')), list(zip_longest()), list(zip_longest('')))
print(list(zip_longest([1, 2, 3])), list(zip_longest([], [], fillvalue=0)))
print(list(zip_longest('a', 'bcd', [1, 2], fillvalue=None)))
print(list(islice(zip_longest(count(), 'ab'), 4)))

# An exhausted input is not asked again.
asked = []


class Counted:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        asked.append(self.name)
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.name


print(list(zip_longest(Counted('p', 1), Counted('q', 3), Counted('r', 0))))
print(asked)
z = zip_longest('a', 'bc')
print(list(z), list(z))
try:
    zip_longest('a', 5)
except TypeError as e:
    print(type(e).__name__, e)
