# itertools: product, permutations, combinations and
# combinations_with_replacement, with their sizes and errors.
from itertools import (product, permutations, combinations,
                       combinations_with_replacement, islice)
from math import comb, factorial, perm

print(list(product('ABC', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', range(2), repeat=2))[:6])
print(list(product()), list(product(repeat=3)), list(product('ab', repeat=0)))
print(list(product('ab', [])), list(product([], 'ab')), list(product('a', 'b', 'c')))
print(len(list(product(range(4), range(5), range(3)))))
p = product([1, 2], [3, 4])
print(next(p), list(p), list(p))
print(list(islice(product(range(1000), repeat=4), 3)))
print(list(product(iter([1, 2]), iter('xy'))))

print(list(permutations('ABC')))
print(list(permutations('ABCD', 2)))
print(list(permutations(range(3), 1)), list(permutations(range(3), 0)))
print(list(permutations('AB', 3)), list(permutations([], 0)), list(permutations([])))
print(list(permutations([1, 1, 2])))
print(list(permutations(range(4), 3))[:8])
for n in range(6):
    for r in range(n + 2):
        got = list(permutations(range(n), r))
        assert len(got) == (perm(n, r) if r <= n else 0), (n, r)
        assert got == sorted(got) and len(set(got)) == len(got), (n, r)
print('permutation counts and order ok')

print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ABC', 0)), list(combinations('ABC', 3)), list(combinations('ABC', 4)))
print(list(combinations([], 0)), list(combinations([], 1)))
for n in range(7):
    for r in range(n + 2):
        got = list(combinations(range(n), r))
        assert len(got) == (comb(n, r) if r <= n else 0), (n, r)
        assert got == sorted(got), (n, r)
print('combination counts and order ok')

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('AB', 0)), list(combinations_with_replacement([], 2)),
      list(combinations_with_replacement([], 0)), list(combinations_with_replacement('x', 3)))
for n in range(6):
    for r in range(5):
        got = list(combinations_with_replacement(range(n), r))
        assert len(got) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0)), (n, r)
        assert got == sorted(got), (n, r)
print('combinations_with_replacement counts and order ok')

print(list(permutations(iterable='abc', r=2))[:2], list(combinations(iterable='abc', r=2))[:2])
print(list(combinations_with_replacement(r=1, iterable='ab')))

calls = [lambda: product('ab', repeat=-1), lambda: product(5),
         lambda: product('a', repeat='2'), lambda: product('a', repeat=1.0),
         lambda: permutations(5), lambda: permutations('a', -1),
         lambda: permutations('a', 'b'), lambda: permutations('a', 1.0),
         lambda: combinations('a', -1), lambda: combinations('a', None),
         lambda: combinations('a', 1.5), lambda: combinations(5, 1),
         lambda: combinations_with_replacement('a', -2),
         lambda: combinations_with_replacement('a', None)]
for call in calls:
    try:
        call()
        print('accepted')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
