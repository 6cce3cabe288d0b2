# namedtuple: invalid definitions and wrong calls, with CPython's messages.
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('keyword field', lambda: namedtuple('E', 'a def'))
attempt('keyword type', lambda: namedtuple('class', 'a'))
attempt('underscore', lambda: namedtuple('E', 'a _b'))
attempt('duplicate', lambda: namedtuple('E', 'a b a'))
attempt('digit field', lambda: namedtuple('E', 'a 1x'))
attempt('bad type name', lambda: namedtuple('my type', 'a'))
attempt('dash field', lambda: namedtuple('E', ['a-b']))
attempt('int type name', lambda: namedtuple(5, 'a'))
attempt('int fields', lambda: namedtuple('E', [1, 2]))
attempt('too many defaults', lambda: namedtuple('E', 'a', defaults=[1, 2]))
attempt('defaults not iterable', lambda: namedtuple('E', 'a', defaults=1))
attempt('fields not iterable', lambda: namedtuple('E', 5))
attempt('positional rename', lambda: namedtuple('E', 'a', True))
attempt('unknown keyword', lambda: namedtuple('E', 'a', verbose=True))

P = namedtuple('P', 'x y')
Q = namedtuple('Q', 'a b c')
D = namedtuple('D', 'a b', defaults=[2])
N = namedtuple('N', '')
attempt('missing one', lambda: P(1))
attempt('missing two', lambda: P())
attempt('missing three', lambda: Q())
attempt('missing last two', lambda: Q(1))
attempt('missing with default', lambda: D())
attempt('too many', lambda: P(1, 2, 3))
attempt('too many default', lambda: D(1, 2, 3))
attempt('too many empty', lambda: N(1))
attempt('too many single', lambda: namedtuple('S', 'a')(1, 2))
attempt('multiple values', lambda: P(1, x=2))
attempt('unexpected keyword', lambda: P(1, 2, z=3))
attempt('unexpected before count', lambda: P(1, 2, 3, z=3))
attempt('multiple before count', lambda: P(1, 2, 3, y=3))
attempt('cls keyword', lambda: P(_cls=1))
attempt('make short', lambda: P._make([1]))
attempt('make long', lambda: P._make('abc'))
attempt('make not iterable', lambda: P._make(5))
attempt('replace unknown', lambda: P(1, 2)._replace(z=1, w=2))
attempt('replace mixed', lambda: P(1, 2)._replace(x=0, q=1))

p = P(1, 2)


def set_field():
    p.x = 5


def del_field():
    del p.y


attempt('set field', set_field)
attempt('del field', del_field)
attempt('no attribute', lambda: p.z)
attempt('index', lambda: p[2])
attempt('item assignment', lambda: p.__setitem__(0, 1))
print(p)
