# defaultdict: the factory, __missing__, reprs, copies and errors.
from collections import defaultdict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    groups[word[0]].append(word)
print(groups)
print(groups['a'], len(groups), groups['z'], len(groups))
print(dict(groups) == groups, isinstance(groups, dict), type(groups).__name__)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(counts.get('q'), 'q' in counts, counts.setdefault('q', 7), counts['q'])
print(counts.pop('m'), counts)

nested = defaultdict(lambda: defaultdict(set))
nested['x']['y'].add(1)
nested['x']['z'].add(2)
nested['w']['y'].add(3)
print(sorted(nested), sorted(nested['x']), nested['x']['y'], nested['w']['y'])

# construction: the first argument is the factory, the rest go to dict()
print(defaultdict())
print(defaultdict(None, {'a': 1}))
print(defaultdict(list, a=1))
print(defaultdict(list, {'a': 1}, b=2))
print(defaultdict(str, [('k', 'v'), ('j', 'w')]))
print(defaultdict(default_factory=list))
print(defaultdict(dict, defaultdict(int, z=0)))
attempt('factory int', lambda: defaultdict(1))
attempt('factory str', lambda: defaultdict('list'))
attempt('two mappings', lambda: defaultdict(list, {}, {}))
attempt('bad items', lambda: defaultdict(list, [1]))

# without a factory a missing key is a KeyError
attempt('no factory', lambda: defaultdict()['x'])
attempt('None factory', lambda: defaultdict(None)[('t', 1)])

# the default_factory attribute
d = defaultdict(list)
print(d.default_factory, defaultdict().default_factory)
d.default_factory = lambda: 'fresh'
print(d['k'], dict(d), d.default_factory.__name__)
d.default_factory = None
attempt('after None', lambda: d['other'])
d.default_factory = 5
attempt('not callable', lambda: d['other'])
print(d.__missing__ is not None)
e = defaultdict(tuple)
print(e.__missing__('m'), e)

# copies keep the factory and the class
d = defaultdict(list, a=[1])
c = d.copy()
c['b'].append(2)
c['a'].append(3)
print(d, c, c.default_factory, type(c).__name__)
print(d.__copy__())


class Tally(defaultdict):
    def total(self):
        return sum(self.values())


t = Tally(int)
t['x'] += 2
t['y'] += 3
print(t, t.total(), type(t.copy()).__name__, t.copy())
print(Tally(int, a=1) | {'b': 2}, type({'b': 2} | Tally(int)).__name__)

# | merges into a new defaultdict, |= updates in place
d = defaultdict(list, a=[1])
print(d | {'b': [2]}, {'b': [2]} | d, d)
m = d | defaultdict(set, z=set())
print(m, m.default_factory)
d |= {'c': []}
print(d, type(d).__name__)
attempt('or int', lambda: defaultdict(list) | 1)
attempt('ror int', lambda: 1 | defaultdict(list))
attempt('hash', lambda: hash(defaultdict(list)))
attempt('attribute', lambda: defaultdict(list).nothing)

# reprs
print(repr(defaultdict(dict)), str(defaultdict(float, k=0.5)))


def make():
    return 'made'


print(repr(defaultdict(make))[:30], repr(defaultdict(lambda: 0))[:33])
me = defaultdict(list)
me['self'] = me
print(me)
loop = defaultdict(list)
loop['a'] = [loop]
print(loop)
print(defaultdict.fromkeys('ab'), defaultdict.fromkeys('ab', 0).default_factory)
print(defaultdict(list) == {}, defaultdict(list, a=1) == defaultdict(int, a=1))


# a subclass whose __init__ never sets the factory has none
class Lazy(defaultdict):
    def __init__(self):
        pass


lazy = Lazy()
print(lazy.default_factory, lazy)
attempt('lazy missing', lambda: lazy['x'])
d = defaultdict(list)
del d.default_factory
print(d.default_factory, d)
attempt('deleted factory', lambda: d['k'])
