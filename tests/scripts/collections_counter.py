# Counter: counting, most_common, elements, multiset arithmetic and reprs.
from collections import Counter


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(1), c.most_common(0))
print(c.most_common(-1), c.most_common(10), c.most_common(5) == c.most_common())
print(sorted(c.elements()), ''.join(c.elements()))
print(Counter(), Counter([]), Counter(''), Counter(None))
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8))
print(Counter(['x', 'y', 'x', 'z', 'x', 'y']), Counter([1, 2, 2, (3, 4), (3, 4)]))
print(Counter({'a': 3}, a=1, b=2), Counter(iter('zzy')))
attempt('not iterable', lambda: Counter(1))
attempt('two args', lambda: Counter('a', 'b'))
attempt('fromkeys', lambda: Counter.fromkeys('ab'))
attempt('most_common str', lambda: c.most_common('a'))
attempt('most_common float', lambda: c.most_common(2.5))
attempt('most_common big float', lambda: c.most_common(20.0))
attempt('hash', lambda: hash(Counter()))

# ties keep first-seen order, in most_common and in the repr
t = Counter('eeddccbbaa')
print(t, t.most_common(3))
t = Counter({'b': 1, 'a': 1, 'c': 2})
print(t, list(t), t.most_common())

# update and subtract add and remove counts
c = Counter(a=3, b=1)
c.update('aab')
c.update({'b': 5, 'new': 1})
c.update(x=2)
c.update()
print(c)
c.subtract('aaaa')
c.subtract({'b': 10, 'gone': 1})
c.subtract(x=1)
print(c, c.total())
c.subtract()
empty = Counter()
empty.update({'k': 'not a number'})
print(empty)

# missing keys count zero without being stored; del ignores missing keys
c = Counter('hello')
print(c['q'], len(c), c)
del c['q']
del c['l']
print(c)
c['z'] += 1
c['h'] -= 1
print(c)
c['neg'] = -2
c['zero'] = 0
print(c, +c, -c)

# multiset arithmetic keeps positive counts only
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4, d=-5)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(b - a, b | a, b & a)
print(Counter() + Counter(), Counter(x=1) - Counter(x=1))
attempt('add int', lambda: Counter(a=1) + 1)
attempt('sub dict', lambda: Counter(a=1) - {'a': 1})
attempt('or list', lambda: Counter(a=1) | [1])
attempt('and str', lambda: Counter(a=1) & 'a')

# in-place forms change the counter itself
x = Counter(a=2, b=-1)
same = x
x += Counter(a=1, c=2)
print(x, x is same)
x -= Counter(c=5)
print(x)
x |= Counter(a=10, q=0, r=1)
print(x)
x &= Counter(a=4, r=7)
print(x, x is same)
y = Counter(a=1)
y += {'b': 2}
print(y)

# comparisons treat missing elements as zero
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) != Counter(a=2))
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), Counter(a=1) == 'a')
print(Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=1) < Counter(a=1))
print(Counter(a=2, b=1) > Counter(a=1), Counter(a=1) >= Counter(a=1, b=1))
attempt('lt dict', lambda: Counter(a=1) < {'a': 2})

# reprs: most common first, unorderable counts in insertion order
print(repr(Counter('aab')), str(Counter({'x': 1.5, 'y': 2})))
print(Counter({'a': 'x', 'b': 2}), Counter({'a': [1], 'b': [0, 1]}))


class Tally(Counter):
    pass


t = Tally('aab')
print(t, t.copy(), type(t.copy()).__name__, Tally())
print(type(t + t).__name__, hasattr(t, "__copy__"))
print(dict(Counter('abc')), list(Counter('cab').keys()), Counter('ab').get('c'))

# word frequencies
text = """the quick brown fox jumps over the lazy dog the dog barks and
the fox runs away quick quick"""
words = Counter(text.split())
for word, n in words.most_common(4):
    print(f'{word:>6} {n}')
print(sum(words.values()), words.total(), len(words))
