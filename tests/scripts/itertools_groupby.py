# itertools.groupby: keys, key functions, and the groups sharing one
# iterator: advancing the groupby object ends the previous group.
from itertools import groupby, islice, count

for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print(list(groupby([])), [list(g) for k, g in groupby('')])

words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in groupby(range(10), lambda n: n // 3):
    print(k, tuple(g))
for k, g in groupby([1, 1.0, True, 2, 2.0], key=None):
    print(k, list(g))

# Groups are invalidated when the groupby object moves on.
groups = list(groupby('AAABBC'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbbccc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g2), next(g3), list(g3), list(g3))
try:
    next(gb)
except StopIteration:
    print('StopIteration')
try:
    next(gb)
except StopIteration:
    print('StopIteration again')

# A group read to its end has read the next group's first item ahead.
it = iter('xxyyz')
gb = groupby(it)
k, g = next(gb)
print(k, list(g), list(it))
k, g = next(gb)
print(k, list(g))

# Key calls: once per item, never again for an item read ahead.
calls = []


def key(x):
    calls.append(x)
    return x % 2


print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 6, 5], key)])
print(calls)

# Lazy on an infinite input.
gb = groupby(count(), lambda n: n // 4)
print([(k, list(g)) for k, g in islice(gb, 3)])


class Thing:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print('eq', self.tag, other.tag)
        return True


things = [Thing('a'), Thing('b'), Thing('c')]
print([(k.tag, [t.tag for t in g]) for k, g in groupby(things)])

try:
    groupby(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(groupby([1, 2], key=len))
except TypeError as e:
    print(type(e).__name__, e)
