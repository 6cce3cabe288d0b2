# deque: construction, both ends, indexing, searching and reordering.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d = deque([1, 2, 3])
print(d, len(d), bool(d))
print(deque('abc'), deque(range(5)), deque((x * x for x in range(4))))
print(deque({'k': 1, 'j': 2}))
print(deque(iterable=[4, 5]), deque([1, 2], maxlen=5), deque(maxlen=2))

# the two ends
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d)
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft([20, 21])
print(d)
d.extend(x for x in 'xy')
d.extendleft(iter((7, 8)))
print(d)
d.extend(d)
print(d, len(d))
d.extendleft(d)
print(len(d), d[0], d[-1])

# indexing
d = deque('abcdef')
print(d[0], d[5], d[-1], d[-6], d[2])
d[0] = 'A'
d[-1] = 'F'
d[True] = 'B'
print(d)
del d[2]
del d[-1]
print(d)
del d[0]
print(d, d[0])

# membership, count, index
d = deque([1, 2, 3, 2, 1, 2])
print(2 in d, 9 in d, 'x' not in d)
print(d.count(2), d.count(1), d.count(7))
print(d.index(2), d.index(2, 2), d.index(2, 4), d.index(1, -2), d.index(3, 0, 3))
print(d.index(2, -100, 100), d.index(1, 1, -1))

# insert, remove, reverse, rotate
d = deque([1, 2, 3])
d.insert(0, 'a')
d.insert(2, 'b')
d.insert(100, 'z')
d.insert(-1, 'y')
d.insert(-100, 'first')
print(d)
d.remove('b')
d.remove('first')
print(d)
d.reverse()
print(d)
d = deque(range(7))
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(15)
print(d)
d.rotate(-22)
print(d)
d.rotate(0)
print(d)
e = deque()
e.rotate(3)
e.append(1)
e.rotate(-5)
print(e)

# iteration and reversed
d = deque([3, 1, 4, 1, 5])
print(list(d), list(reversed(d)), sorted(d), sum(d), max(d))
print([x * 2 for x in d], tuple(d), list(enumerate(d))[:2])
it = iter(d)
print(next(it), next(it), list(it))
print(list(reversed(deque())), list(deque()))

# copy and clear
d = deque([1, [2, 3]], maxlen=4)
c = d.copy()
c.append(9)
c[1].append(4)
print(d, c, c.maxlen)
d.clear()
print(d, len(d), d.maxlen)

print(deque([1, 2]).__copy__())

# maxlen
d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31, 32, 33])
print(d)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([1, 2, 3])
z.extendleft('ab')
print(z, len(z))
d = deque([1, 2], maxlen=3)
d.insert(1, 'x')
print(d)
print(deque([1, 2, 3], maxlen=None).maxlen, deque(maxlen=True).maxlen)

# re-initialising
d = deque([1, 2, 3])
d.__init__('ab')
print(d)
d.__init__([5, 6, 7], 2)
print(d, d.maxlen)
