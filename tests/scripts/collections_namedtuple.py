# namedtuple: classes of tuples with named fields.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], len(p))
x, y = p
print(x + y, tuple(p), list(p), p == (11, 22), p == Point(11, 22), p != (11, 23))
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, type(p) is Point)
print(hash(p) == hash((11, 22)), {p: 'pt'}[(11, 22)], p + (33,), p * 2, 11 in p)
print(p.count(11), p.index(22), sorted(Point(3, 1)), max(p), Point(1, 2) < Point(1, 3))
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(Point._fields, Point._field_defaults, Point.__match_args__)
print(Point(x=1, y=2), Point(*[5, 6]), Point(**{'y': 8, 'x': 7}))

# field names as a string, separated by spaces and/or commas
P3 = namedtuple('P3', 'a b,c')
print(P3(1, 2, 3), P3._fields, namedtuple('P', 'a,b')._fields, namedtuple('E', '')())
print(namedtuple('T', ('one', 'two'))(1, 2), namedtuple('U', iter(['u']))(0))
print(namedtuple('S', 'x  y  ,  z')._fields, namedtuple('Single', 'v')(1))

# _make, _asdict, _replace
print(Point._make([3, 4]), Point._make(range(2)), Point._make(iter('ab')))
print(p._asdict(), type(p._asdict()).__name__, p._replace(x=0), p._replace(), p)
print(p._replace(y=5, x=4), Point._make(p._asdict().values()))

# defaults fill the rightmost fields
Account = namedtuple('Account', 'owner balance currency', defaults=[0, 'EUR'])
print(Account('ann'), Account('bob', 5), Account('cy', 1, 'USD'), Account('di', currency='GBP'))
print(Account._field_defaults, Account.__new__.__defaults__ if False else '')
print(namedtuple('D', 'a b', defaults=iter([9]))(1), namedtuple('D', 'a', defaults=[])(1))
print(namedtuple('D', 'a b', defaults=None)._field_defaults)

# rename replaces invalid names with positional ones
R = namedtuple('R', ['ok', 'def', '_hidden', 'ok', '1st', 'fine'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
print(namedtuple('M', 'a b', module='geometry'), namedtuple('M', 'a', module='geometry').__module__)


# subclasses add methods
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, type(v).__name__, Vector._fields, v._replace(x=0), type(v._replace(x=0)).__name__)
print(Vector._make([0, 0]), type(Vector._make([0, 0])).__name__, v._asdict())

# namedtuples in other data structures
people = [namedtuple('Person', 'name age')(n, a) for n, a in [('b', 30), ('a', 30), ('c', 25)]]
print(sorted(people), sorted(people, key=lambda q: q.age)[0].name)
print(max(people, key=lambda q: (q.age, q.name)), {q.name: q.age for q in people})
print(dict(zip(Point._fields, Point(1, 2))), [q for q in Point(9, 8)])
print(repr(Point('a', [1])), Point(None, Point(1, 2)), f'{p}', '%s' % (p,))
