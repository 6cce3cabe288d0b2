# deque: comparisons, arithmetic, subclasses, reprs, and a long random
# run checked against a list doing the same operations.
import random
from collections import deque

a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == deque([1, 2, 3]), a == b, a != b, a < b, a <= b, a > b, a >= b)
print(deque() < deque([0]), deque([1]) > deque(), deque([1, 2]) == deque([1, 2], maxlen=5))
print(deque([2]) > deque([1, 9]), deque([1]) <= deque([1]), deque('ab') < deque('b'))
print(sorted([deque([3]), deque([1, 2]), deque([1])]))

# + and * make new deques; += and *= change the deque in place
print(a + b, a + deque(), deque() + deque())
print(a * 2, 3 * deque('x'), a * 0, a * -3, deque() * 5, a * True)
print(deque([1, 2], maxlen=3) + deque([3, 4]))
print(deque([1, 2], maxlen=3) * 3, deque([1, 2, 3], maxlen=3) * 2)
print(deque([1, 2, 3], maxlen=5) * 2, deque([7], maxlen=0) * 4)
c = deque([1])
same = c
c += [2, 3]
c += (4,)
c += 'ab'
c += deque([5])
print(c, same is c)
c *= 2
print(c, same is c)
c *= 1
print(c)
c *= 0
print(c, same is c)
m = deque([1, 2], maxlen=3)
m += range(5)
print(m)
m *= 5
print(m)


class Pair:
    # A type whose reflected operations accept deques.
    def __radd__(self, other):
        return ('radd', list(other))

    def __rmul__(self, other):
        return ('rmul', list(other))

    def __gt__(self, other):
        return ('gt', list(other))


print(deque([1]) + Pair(), deque([2]) * Pair(), deque([3]) < Pair())


# subclasses keep their class through copy, + and *
class Ring(deque):
    def peek(self):
        return self[0]


r = Ring([1, 2, 3], 4)
print(r, r.peek(), type(r).__name__, isinstance(r, deque))
print(r.copy(), type(r.copy()).__name__, type(r + deque([5])).__name__)
print(type(r * 2).__name__, r * 2, Ring('ab'), Ring('ab').copy())
r.append(4)
r.append(5)
print(r, r.maxlen)

# a deque that holds itself
s = deque()
s.append(s)
s.append(1)
print(s)
t = deque([1], maxlen=3)
t.append([t])
print(t, repr(t) == str(t))
u = deque([[], {}, (), 'q', None, 1.5])
print(u, str(u))
print(repr(deque(['a\n', "it's"])))

# random operations against a list model
rng = random.Random(20231122)
d, model = deque(), []
for step in range(20000):
    op = rng.randrange(10)
    if op < 3:
        d.append(step)
        model.append(step)
    elif op < 5:
        d.appendleft(step)
        model.insert(0, step)
    elif op == 5 and model:
        assert d.pop() == model.pop()
    elif op == 6 and model:
        assert d.popleft() == model.pop(0)
    elif op == 7 and model:
        n = rng.randrange(-len(model) - 3, len(model) + 3)
        d.rotate(n)
        if model:
            k = n % len(model)
            model[:] = model[len(model) - k:] + model[:len(model) - k]
    elif op == 8 and model:
        i = rng.randrange(len(model))
        assert d[i] == model[i] and d[-1 - i] == model[-1 - i]
        d[i] = -step
        model[i] = -step
    elif op == 9:
        if rng.random() < 0.5:
            items = list(range(rng.randrange(5)))
            d.extend(items)
            model.extend(items)
        else:
            items = list(range(rng.randrange(5)))
            d.extendleft(items)
            model[0:0] = items[::-1]
    assert len(d) == len(model)
print(len(d), list(d) == model, list(reversed(d)) == model[::-1])
print(sum(d), d[0], d[-1])

# a bounded window over a stream keeps the last items
rng = random.Random(5)
window = deque(maxlen=50)
model = []
for i in range(5000):
    if rng.random() < 0.3:
        window.appendleft(i)
        model.insert(0, i)
        del model[50:]
    else:
        window.append(i)
        model.append(i)
        del model[:-50]
print(len(window), list(window) == model, window[0], window[-1])

# a long queue: everything that goes in comes out in order
q = deque()
out = []
for i in range(30000):
    q.append(i)
    if i % 3 == 0:
        out.append(q.popleft())
while q:
    out.append(q.popleft())
print(len(out), out == list(range(30000)))
stack = deque()
for i in range(10000):
    stack.appendleft(i)
print(stack.popleft(), stack.pop(), len(stack))


# a subclass whose __init__ skips deque.__init__ is an empty deque
class Jobs(deque):
    def __init__(self, name):
        self.name = name


jobs = Jobs('batch')
jobs.append(1)
jobs.extend(jobs)
jobs.extendleft(jobs)
print(jobs, jobs.name, jobs.maxlen, len(jobs))


class Pair2(deque):
    def __init__(self, *args):
        super().__init__(*args, maxlen=2)


print(Pair2([1, 2, 3]), Pair2().maxlen)

# __init__ again empties the deque and stops its iterators
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.__init__([4, 5])
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
print(d)
d.__init__()
print(d, d.maxlen)
