# functools.total_ordering from each root operation, NotImplemented
# handling, and cmp_to_key.
from functools import total_ordering, cmp_to_key


def table(cls):
    a, b, c = cls(1), cls(2), cls(1)
    print(cls.__name__, [a < b, a <= b, a > b, a >= b, a < c, a <= c, a > c, a >= c,
                         b < a, b <= a, b > a, b >= a])


@total_ordering
class Lt:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


@total_ordering
class Le:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __le__(self, other):
        return self.v <= other.v


@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


for cls in (Lt, Le, Gt, Ge):
    table(cls)
print(Lt.__gt__.__name__, Le.__lt__.__name__, Gt.__le__.__name__, Ge.__gt__.__name__)
print(sorted([Lt(3), Lt(1), Lt(2)], key=lambda x: x).__len__(), [x.v for x in sorted([Ge(3), Ge(1), Ge(2)])])
print(max(Le(4), Le(9), Le(2)).v, min(Gt(4), Gt(9), Gt(2)).v)


# Defined operations are kept; the first of < <= > >= defined is the root.
@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return 'own gt'

    def __le__(self, other):
        print('le called')
        return self.v <= other.v


x, y = Both(1), Both(2)
print(x > y, x < y, x >= y)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts


print(Version(1, 2) <= Version(1, 3), Version(2) >= Version(1, 9), Version(1) > Version(1))
print(Version(1).__ge__(5), Version(1).__le__('x'), Version(1).__gt__(None))
try:
    Version(1) >= 5
except TypeError as e:
    print(type(e).__name__, e)


class Inherits(Lt):
    pass


print(Inherits(1) >= Inherits(0))

try:
    @total_ordering
    class Nothing:
        def __eq__(self, other):
            return True
except ValueError as e:
    print(type(e).__name__, e)


def numeric(a, b):
    return a - b


def reverse_len(a, b):
    return len(b) - len(a)


print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(numeric)))
print(sorted(['ccc', 'a', 'bb', 'dddd'], key=cmp_to_key(reverse_len)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
print(min([4, 8, 1], key=cmp_to_key(numeric)), max('xyz', key=cmp_to_key(lambda a, b: ord(a) - ord(b))))
K = cmp_to_key(numeric)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 <= k2, k1 >= k2, k1 == k2, k1 != k2, K(3) == K(3), k1.obj)
for bad in (lambda: k1 < 3, lambda: k1 == 'x', lambda: hash(k1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=cmp_to_key(lambda a, b: a[0] - b[0])))


# A subclass of a built-in type inherits all four operations from it.
@total_ordering
class Word(str):
    pass


@total_ordering
class Row(list):
    def __lt__(self, other):
        return 'own lt'


print(Word('a') < Word('b'), Word('b') >= Word('a'), Row([1]) < Row([2]), Row([1]) > Row([2]))
try:
    @total_ordering
    class Failure(Exception):
        pass
except ValueError as e:
    print(type(e).__name__, e)
