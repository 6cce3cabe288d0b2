# itertools: accumulate, chain, compress, dropwhile, takewhile,
# filterfalse, starmap and pairwise.
from itertools import (accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, starmap, pairwise, count, islice)


def show(*args):
    print(*[list(a) for a in args])


show(accumulate([1, 2, 3, 4, 5]), accumulate([]), accumulate([7]))
show(accumulate([3, 1, 4, 1, 5], max), accumulate([1, 2, 3], min))
show(accumulate([1, 2, 3, 4], lambda a, b: a * b))
show(accumulate([1, 2, 3], initial=100), accumulate([], initial=5))
show(accumulate([1, 2, 3], lambda a, b: a - b, initial=10))
show(accumulate(['a', 'b', 'c']), accumulate([[1], [2], [3]]))
show(accumulate([1.5, 2.5]), accumulate(range(5), initial=None))
show(accumulate(iterable=[1, 2], func=lambda a, b: a + 2 * b))
print(list(islice(accumulate(count()), 6)))

show(chain(), chain([]), chain('ab', '', [1, 2], (3,), range(2)))
show(chain.from_iterable(['abc', [1], range(3)]))
show(chain.from_iterable([]))
print(list(islice(chain.from_iterable(repeat_list for repeat_list in
                                      ([i] * i for i in count())), 10)))
lazy = chain([1], 5)
print(next(lazy))
try:
    next(lazy)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chain.from_iterable(5)
except TypeError as e:
    print(type(e).__name__, e)

show(compress('ABCDEF', [1, 0, 1, 0, 1, 1]), compress('ABC', [1, 1, 1, 1, 1]))
show(compress('ABCDEF', [True, False]), compress(range(10), count()))
show(compress(data=[1, 2, 3], selectors=[0, 1, 1]))

show(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]), dropwhile(bool, []))
show(dropwhile(lambda x: True, range(5)), dropwhile(lambda x: False, 'ab'))
show(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]), takewhile(bool, []))
show(takewhile(lambda x: x < 10, count()), takewhile(str.isalpha, 'abc1de'))

it = iter(range(10))
show(takewhile(lambda x: x < 3, it))
print(list(it))          # takewhile consumed the first failing item
it = iter(range(10))
dw = dropwhile(lambda x: x < 3, it)
print(next(dw), next(it), list(dw))

show(filterfalse(lambda x: x % 2, range(10)), filterfalse(None, [0, 1, '', 'a', [], None, 2]))
show(filterfalse(str.isdigit, 'a1b2'))

show(starmap(pow, [(2, 5), (3, 2), (10, 3)]), starmap(max, [[1, 5, 2], 'zya']))
show(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)]))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__, e)

show(pairwise('ABCDEFG'), pairwise([]), pairwise([1]), pairwise([1, 2]))
print(list(islice(pairwise(count()), 3)))

for name, call in [("pairwise", lambda: pairwise()),
                   ('dropwhile', lambda: dropwhile(None)),
                   ('takewhile', lambda: takewhile(None, [], None)),
                   ('filterfalse kw', lambda: filterfalse(None, iterable=[])),
                   ('starmap', lambda: starmap(pow)),
                   ('accumulate', lambda: accumulate(5)),
                   ('compress', lambda: compress([], 5)),
                   ('dropwhile iter', lambda: dropwhile(None, 5))]:
    try:
        call()
    except TypeError as e:
        print(name, type(e).__name__, e)
