# OrderedDict: reordering, popitem, order-sensitive equality, views, reprs.
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


od = OrderedDict()
print(od, len(od), bool(od))
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(reversed(od)))
od['b'] = 20
print(od, isinstance(od, dict), type(od).__name__)
print(OrderedDict([('x', 1), ('y', 2)]), OrderedDict(z=0, y=1), OrderedDict({'k': 'v'}))
print(OrderedDict([('x', 1)], y=2), OrderedDict(OrderedDict(q=1)), OrderedDict(()))
attempt('not iterable', lambda: OrderedDict(1))
attempt('two args', lambda: OrderedDict({}, {}))
attempt('bad item', lambda: OrderedDict([1]))
attempt('long item', lambda: OrderedDict([(1, 2, 3)]))
attempt('update two', lambda: OrderedDict().update({}, {}))

# move_to_end and popitem
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(list(od))
od.move_to_end('d', last=False)
print(list(od))
od.move_to_end('e', False)
od.move_to_end('e', True)
od.move_to_end('e')
print(list(od))
attempt('move missing', lambda: od.move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od.popitem(False), list(od))
print(od.popitem(True), od.popitem(), od)
attempt('popitem empty', lambda: od.popitem())
attempt('popitem empty first', lambda: OrderedDict().popitem(last=False))

# the dict methods still work and keep the order
od = OrderedDict(one=1, two=2, three=3)
print(od.pop('two'), od.pop('zz', None), od.setdefault('four', 4), od.get('one'))
od.update([('five', 5)], one=11)
od.update({'six': 6})
print(od)
del od['one']
od['one'] = 1
print(od, 'one' in od, len(od))
c = od.copy()
c['new'] = 0
print(od, c, type(c).__name__)
od.clear()
print(od)
print(OrderedDict.fromkeys('xyz', 0), OrderedDict.fromkeys([]))

# equality: order matters between OrderedDicts, not against dicts
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(a=1, b=2))
print(a == {'a': 1, 'b': 2, 'c': 3}, a == [('a', 1), ('b', 2)], a != 'x')
attempt('hash', lambda: hash(a))
attempt('attribute', lambda: a.nothing)

# views
od = OrderedDict(a=1, b=2, c=3)
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(len(od.keys()), 'a' in od.keys(), ('a', 1) in od.items(), ('a', 2) in od.items())
print(2 in od.values(), 9 in od.values(), 'zz' in od.keys(), ['a'] in od.items())
print(sorted(od.keys() & {'a', 'z'}), sorted(od.keys() | ['q']), sorted(od.keys() - 'ab'))
print(sorted(od.keys() ^ {'a', 'z'}), sorted({'c', 'x'} & od.keys()), sorted(['x'] - od.keys()))
print(od.keys() == {'a', 'b', 'c'}, od.keys() == {'a'}, od.keys() <= {'a', 'b', 'c', 'd'})
print(od.keys() < {'a', 'b', 'c'}, od.keys() >= {'a'}, od.keys() > {'a'}, od.keys().isdisjoint('xyz'))
print(sorted(od.items() & {('a', 1), ('b', 0)}), od.items() == {('a', 1), ('b', 2), ('c', 3)})
print(od.keys() == od.keys(), od.keys() == OrderedDict(c=0, b=0, a=0).keys())
print(od.keys() == {'a': 0, 'b': 0, 'c': 0}.keys(), {'a', 'b', 'c'} == od.keys())
print(type(od.keys()).__name__, type(od.items()).__name__, type(od.values()).__name__)
print([k for k in od.keys()], [v for v in od.values()], [kv for kv in od.items()])
print(dict(od.items()), list(zip(od.keys(), od.values())))
print(OrderedDict().keys(), OrderedDict().items(), OrderedDict().values())

# changing an OrderedDict while iterating over it
def mutate(change):
    o = OrderedDict(a=1, b=2, c=3)
    try:
        for k in o:
            change(o, k)
    except RuntimeError as e:
        return f'RuntimeError {e}'
    return o


print(mutate(lambda o, k: o.__setitem__('new', 1)))
print(mutate(lambda o, k: o.move_to_end('a')))
print(mutate(lambda o, k: o.pop('c')))
print(mutate(lambda o, k: o.__setitem__(k, 0)))

# | and |= merge in order
a = OrderedDict(a=1, b=2)
print(a | {'c': 3, 'a': 0}, {'c': 3, 'a': 0} | a, type({} | a).__name__)
a |= [('z', 26)]
print(a)
attempt('or int', lambda: a | 1)
attempt('ror list', lambda: [1] | a)

# reprs
print(repr(OrderedDict(a=[1, 2], b=(3,))), str(OrderedDict([(1, 'one')])))
od = OrderedDict(a=1)
od['self'] = od
print(od)
print(od.items())


# subclasses: an LRU cache built on move_to_end and popitem
class LRU(OrderedDict):
    def __init__(self, size, *args, **kwds):
        self.size = size
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.size:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(3, [('a', 1), ('b', 2)], c=3, d=4)
print(cache, cache.size)
cache['b']
cache['e'] = 5
print(cache, type(cache.copy()).__name__ if False else '', list(cache))
cache.update({'f': 6, 'b': 22})
print(cache)
print(cache.popitem(last=False), cache)


class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


lg = Logged([('x', 1)], y=2)
lg.update({'z': 3})
print(lg)
attempt('short item', lambda: OrderedDict([(1,)]))
attempt('empty item', lambda: OrderedDict(['']))
attempt('string items', lambda: OrderedDict(['ab', 'cd']))


# reordering while iterating over a view, or over reversed()
def reorder_during(make_iter, change):
    o = OrderedDict(a=1, b=2, c=3)
    seen = []
    try:
        for x in make_iter(o):
            seen.append(x)
            change(o)
    except RuntimeError as e:
        return f'{seen} RuntimeError {e}'
    return f'{seen} {o}'


print(reorder_during(lambda o: o.keys(), lambda o: o.move_to_end('a')))
print(reorder_during(lambda o: o.values(), lambda o: o.move_to_end('c', False)))
print(reorder_during(lambda o: o.items(), lambda o: o.popitem()))
print(reorder_during(lambda o: reversed(o), lambda o: o.move_to_end('b')))
print(reorder_during(lambda o: reversed(o.items()), lambda o: o.__setitem__('b', 9)))
print(reorder_during(lambda o: o, lambda o: OrderedDict(x=1).move_to_end('x')))

# an iteration left early does not disturb later ones
o = OrderedDict.fromkeys('abcd', 0)
for k in o:
    break
o.move_to_end('a')
print(list(o), [k for k in o])
first, second = OrderedDict(p=1, q=2), OrderedDict(p=1, q=2)
for k in first:
    second.move_to_end('p')
print(list(first), list(second))

# set operations of the views with things that are not iterable
attempt('keys and int', lambda: OrderedDict(a=1).keys() & 1)
attempt('int and keys', lambda: 1 & OrderedDict(a=1).keys())
attempt('items or int', lambda: OrderedDict(a=1).items() | 1)
attempt('items minus None', lambda: OrderedDict(a=1).items() - None)
attempt('int xor keys', lambda: 2 ^ OrderedDict(a=1).keys())
attempt('keys eq int', lambda: OrderedDict(a=1).keys() == 1)
print(sorted(OrderedDict(a=1, b=2).keys() - OrderedDict(b=0).keys()), sorted({'a', 'q'} - OrderedDict(a=1).keys()))
