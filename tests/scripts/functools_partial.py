# functools.partial: calls, attributes, reprs, nesting, subclasses and
# errors; partialmethod reached through instances.
from functools import partial, partialmethod


def f(a, b, c=0, *, d=1):
    return (a, b, c, d)


p = partial(f, 1)
print(p(2), p(2, 3), p(2, c=5, d=6), p.func is f, p.args, p.keywords)
q = partial(f, 1, 2, d=9)
print(q(), q(3), q(d=0), q.args, q.keywords)
print(partial(f)(1, 2), partial(f, 1, 2, 3, d=4)())

r = partial(print, 1, 2, sep='-')
print(repr(r))
r(3)
r(3, sep='+')
print(repr(partial(len)), repr(partial(max, [1, 2], key=abs)))
print(repr(partial(sorted, key=len, reverse=True)))
print(repr(partial(pow, 2, 'x', None, 3.5)))

# A partial of a partial is flattened into one.
p1 = partial(f, 1)
p2 = partial(p1, 2, d=3)
print(p2.func is f, p2.args, p2.keywords, p2())
p3 = partial(p2, c=4, d=5)
print(p3.args, p3.keywords, p3())
# ... unless the inner one has attributes of its own.
p1.note = 'kept'
p4 = partial(p1, 2)
print(p4.func is p1, p4.args, p4())

# Keywords named like partial's own parameters are passed on.
def kw(**k):
    return sorted(k.items())


print(partial(kw, self=1, func=2)(), partial(kw)(self=3))
print(partial(f, d=5)(1, 2, d=7))

base = partial(int, base=2)
print(base('1010'), base('777', base=8))
double = partial(map, lambda x: 2 * x)
print(list(double([1, 2, 3])))
hexer = partial(int, base=16)
print(hexer('ff'))

p = partial(f, 1)
p.attr = 'x'
print(p.attr, callable(p))


class Tagged(partial):
    def describe(self):
        return f'{self.func.__name__}{self.args}'


t = Tagged(f, 'a', 'b')
print(t(), t.describe(), type(t).__name__, isinstance(t, partial))
print(repr(Tagged(len, 'abc')))

for args in [(), (1,), ('not callable', 2), (None,)]:
    try:
        partial(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    partial(f)(1)
except TypeError as e:
    print(type(e).__name__)


class Cell:
    def __init__(self):
        self.state = False

    def set_state(self, state, note=''):
        self.state = state
        return (state, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='gone')


c = Cell()
print(c.state, c.set_alive(), c.state, c.set_dead(), c.state)
print(c.set_alive(note='back'), c.state)
try:
    partialmethod(42)
except TypeError as e:
    print(type(e).__name__, e)


class Tools:
    @staticmethod
    def joined(*parts):
        return '-'.join(map(str, parts))

    @classmethod
    def made(cls, *parts):
        return (cls.__name__, parts)

    first = partialmethod(joined, 'a')
    build = partialmethod(made, 1, 2)


class MoreTools(Tools):
    pass


print(Tools().first('b', 'c'), Tools().build(3), MoreTools().build())
