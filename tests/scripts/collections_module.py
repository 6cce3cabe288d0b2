# The collections module itself: names, classes and how they relate.
import collections
from collections import *
from collections import deque as Deque, Counter as Bag

print(sorted(n for n in collections.__all__ if not n.startswith('User')))
print(deque is Deque, Counter is Bag, collections.OrderedDict is OrderedDict)
for cls in (deque, defaultdict, Counter, OrderedDict, ChainMap):
    print(cls, cls.__name__, cls.__qualname__, cls.__module__)
print(issubclass(defaultdict, dict), issubclass(Counter, dict), issubclass(OrderedDict, dict))
print(issubclass(deque, dict), issubclass(ChainMap, dict), issubclass(deque, object))
print(isinstance(Counter(), dict), isinstance(OrderedDict(), dict), isinstance(defaultdict(), dict))
print(type(deque()) is deque, type(Counter()) is Counter, type(defaultdict(int)) is defaultdict)
print(callable(namedtuple), namedtuple.__name__, collections.namedtuple is namedtuple)
print(deque.__doc__ is not None, Counter.__doc__.split('.')[0])
try:
    from collections import Nothing
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])


# dict subclasses are still dicts to the builtins
c = Counter('aab')
od = OrderedDict(x=1)
dd = defaultdict(int, y=2)
print(dict(c), dict(od), dict(dd), {**c, **od, **dd}, len(c) + len(od) + len(dd))
print(sorted(c), list(od.keys()), list(dd.values()), sorted({**c}))
print(max(c, key=c.get), sum(dd.values()), [k for k in od])


def takes(**kw):
    return kw


print(takes(**od), takes(**dd), '{x}'.format(**od), '%(y)s' % dd)
print(c == {'a': 2, 'b': 1}, od == {'x': 1}, dd == {'y': 2})
print(list(zip(deque('ab'), OrderedDict(a=1, b=2))))
print(str(deque([1])), f'{deque([1])}', '%s' % (Counter('z'),), f'{OrderedDict()!r}')
print(sorted(set(Counter('abc'))), dict.fromkeys(deque('xy')), tuple(ChainMap({'k': 1})))
