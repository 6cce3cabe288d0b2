# ChainMap: lookups through several mappings, writes to the first one.
from collections import ChainMap, OrderedDict, defaultdict, Counter


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
args = {'size': 3}
cm = ChainMap(args, env, defaults)
print(cm)
print(cm['color'], cm['user'], cm['size'], cm.get('missing'), cm.get('missing', 0))
print(len(cm), list(cm), sorted(cm), 'user' in cm, 'nope' in cm, bool(cm))
print(cm.maps, cm.maps[0] is args)
attempt('missing key', lambda: cm['nope'])

# writes, updates and deletions touch only the first mapping
cm['color'] = 'blue'
cm.update({'debug': True}, verbose=False)
print(args, defaults['color'], cm['color'])
del cm['color']
print(cm['color'], args)
attempt('del deeper', lambda: cm.__delitem__('user'))
attempt('pop deeper', lambda: cm.pop('user'))
print(cm.pop('debug'), cm.pop('user', 'dflt'), cm.setdefault('size', 0), cm.setdefault('new', 5))
print(cm.popitem(), cm.popitem(), args)
print(cm.popitem())
attempt('popitem empty', lambda: cm.popitem())
cm.clear()
print(cm, len(cm))

# new_child and parents
base = ChainMap({'a': 1})
child = base.new_child()
child['a'] = 2
print(base, child, child['a'], child.parents['a'])
print(child.new_child({'b': 3}), child.new_child(b=4), child.new_child({'c': 5}, d=6))
print(child.parents, child.parents.parents, type(child.parents).__name__)
print(ChainMap(), ChainMap().maps, ChainMap({}).parents)

# views follow the chain
cm = ChainMap({'a': 1, 'b': 2}, {'b': 20, 'c': 30})
print(cm.keys(), cm.items(), cm.values())
print(list(cm.keys()), list(cm.items()), list(cm.values()))
print(len(cm.keys()), 'c' in cm.keys(), ('b', 2) in cm.items(), ('b', 20) in cm.items(), 30 in cm.values())
print(sorted(cm.keys() & {'a', 'z'}), sorted(cm.keys() | {'z'}), sorted(cm.keys() - {'a'}))
print(cm.keys() == {'a', 'b', 'c'}, cm.items() == {('a', 1), ('b', 2), ('c', 30)})
print(type(cm.keys()).__name__, type(cm.items()).__name__, type(cm.values()).__name__)
print(dict(cm), dict(cm.items()), sorted(cm.values()))

# equality is that of mappings
print(cm == {'a': 1, 'b': 2, 'c': 30}, cm == ChainMap({'c': 30, 'b': 2, 'a': 1}), cm != {'a': 1})
print(cm == [1], ChainMap() == {}, {'a': 1, 'b': 2, 'c': 30} == cm)
attempt('hash', lambda: hash(cm))
attempt('reversed', lambda: reversed(cm))

# | and |=
cm = ChainMap({'a': 1}, {'b': 2})
print(cm | {'a': 10, 'c': 3}, {'b': 20, 'z': 0} | cm, cm)
cm |= {'q': 9}
print(cm)
attempt('or int', lambda: cm | 1)
attempt('ror int', lambda: 1 | cm)
print(type(cm | ChainMap({'x': 1})).__name__, ChainMap({'x': 1}) | cm)

# copies share all maps but the first
cm = ChainMap({'a': 1}, {'b': 2})
c = cm.copy()
c['a'] = 100
c.maps[1]['b'] = 200
print(cm, c, cm.__copy__())
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys(['x', 'y'], 0))

# other mappings in the chain
cm = ChainMap(OrderedDict(a=1), defaultdict(lambda: 'made'), Counter('zz'))
print(cm['a'], cm['z'], cm['other'], len(cm.maps[1]))
print(sorted(cm), cm.maps[2])
nested = ChainMap(ChainMap({'deep': 1}), {'x': 0})
print(nested['deep'], nested, len(nested))

# a ChainMap that holds itself
me = ChainMap()
me['me'] = me
print(me)


class Scope(ChainMap):
    # Variable lookup through nested scopes.
    def define(self, name, value):
        self.maps[0][name] = value


s = Scope({'print': 'builtin'})
inner = s.new_child()
inner.define('x', 1)
print(type(inner).__name__, inner, inner['print'], inner.parents)


class Strict(ChainMap):
    def __missing__(self, key):
        return f'no {key}'


st = Strict({'a': 1})
print(st['a'], st['b'], st.get('b'), 'b' in st)

# scopes of a small interpreter
scope = ChainMap({'x': 'global'})
log = []
for depth in range(3):
    scope = scope.new_child({'depth': depth})
    if depth == 1:
        scope['x'] = 'local'
    log.append((scope['x'], scope['depth'], len(scope.maps)))
print(log)
while len(scope.maps) > 1:
    scope = scope.parents
print(scope)
attempt('keys and int', lambda: ChainMap().keys() & 1)
attempt('int or items', lambda: 1 | ChainMap().items())
attempt('values and set', lambda: ChainMap().values() & set())
