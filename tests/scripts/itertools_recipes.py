# itertools used together, as in the recipes of CPython's documentation,
# and the laziness they rely on.
from itertools import (accumulate, chain, combinations, count, cycle,
                       filterfalse, groupby, islice, repeat, starmap, tee,
                       zip_longest, product, permutations, pairwise,
                       takewhile, dropwhile, compress)


def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return map(function, count(start))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_item in nexts:
                yield next_item()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in (iterable if key is None else filterfalse(lambda e: key(e) in seen, iterable)):
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def unique_justseen(iterable, key=None):
    return map(next, map(lambda kg: kg[1], groupby(iterable, key)))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n))
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window = window[1:] + [x]
        yield tuple(window)


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


print(take(5, tabulate(lambda x: x * x)))
print(nth(count(100), 7), nth('abc', 10, 'none'))
print(all_equal('aaaa'), all_equal('aaba'), all_equal(''))
print(quantify([1, 0, 3, 0, 5]), quantify(range(10), lambda x: x % 3 == 0))
print(list(ncycles('ab', 3)), list(flatten([[1, 2], [], [3]])))
print(list(repeatfunc(pow, 3, 2, 5)), take(3, repeatfunc(len, None, 'abc')))
print(list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), list(unique_justseen('ABBcCAD', str.lower)))
print(list(sliding_window('ABCDEFG', 4)))
print(first_true([0, '', 7, 8]), first_true([0, ''], 'none'), first_true(range(10), None, lambda x: x > 5))

# Running totals, primes and the like on infinite inputs.
print(take(8, accumulate(count(1))))
print(take(6, accumulate(repeat(2), lambda a, b: a * b)))
primes = filter(lambda n: all(n % d for d in range(2, int(n ** 0.5) + 1)), count(2))
print(take(10, primes))
print(list(takewhile(lambda x: x < 40, dropwhile(lambda x: x < 10, (n * n for n in count())))))
print(take(5, compress(count(), cycle([1, 0, 0]))))
print([''.join(p) for p in permutations('abc')][::2], len(list(product('01', repeat=8))))
print(list(pairwise(accumulate([3, 1, 4, 1, 5]))))
print(list(zip(count(), 'xyz', cycle([True, False]))))
print({k: len(list(g)) for k, g in groupby(sorted('mississippi'))})

# Dropping an itertools iterator leaves the iterator it read from usable.


def numbers():
    try:
        for i in range(8):
            yield i
    finally:
        print('numbers finished')


source = numbers()
for it in (islice(source, 1, None), chain(source), dropwhile(lambda x: False, source),
           zip_longest(source), takewhile(lambda x: True, source)):
    print(next(it))
    del it
print(list(source))
