# functools.reduce: with and without an initial value, laziness and
# CPython's errors.
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a + b, [1, 2, 3], 10))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, ['a', 'b', 'c']))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, [42]))
print(reduce(lambda a, b: a + b, [42], 0), reduce(max, [3, 9, 2]), reduce(min, 'hello'))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
print(reduce(lambda a, b: (a, b), 'abcd'))
print(reduce(lambda a, b: a + b, (x * x for x in range(5))))
print(reduce(lambda d, k: {**d, k: len(d)}, 'xyz', {}))
print(reduce(pow, [2, 3, 2]), reduce(divmod, [100]))
print(reduce(lambda a, b: a or b, [0, '', None], 'fallback'))


calls = []


def add(a, b):
    calls.append((a, b))
    return a + b


print(reduce(add, iter([1, 2, 3, 4])), calls)


def boom(a, b):
    if b == 3:
        raise KeyError(b)
    return a + b


try:
    reduce(boom, [1, 2, 3, 4])
except KeyError as e:
    print('KeyError', e)

for args in [(lambda a, b: a, []), (lambda a, b: a, ()), (lambda a, b: a, iter([])),
             (lambda a, b: a, 5), (lambda a, b: a, None, 1), (1, [1, 2]),
             (), (len,), (len, [], 1, 2)]:
    try:
        print(reduce(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(lambda a, b: a, [1], initial=0)
except TypeError as e:
    print(type(e).__name__, e)
