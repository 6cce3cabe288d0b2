# deque: the exceptions and messages of misuse, as CPython words them.
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def set_item(d, i, v):
    d[i] = v


def del_item(d, i):
    del d[i]


def multiply_in_place(d, n):
    d *= n
    return d


d = deque([1, 2, 3])
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index high', lambda: d[3])
attempt('index low', lambda: d[-4])
attempt('index str', lambda: d['a'])
attempt('index float', lambda: d[1.0])
attempt('index slice', lambda: d[0:2])
attempt('index None', lambda: d[None])
attempt('set high', lambda: set_item(d, 3, 0))
attempt('set str', lambda: set_item(d, 'x', 0))
attempt('del high', lambda: del_item(d, -4))
attempt('del empty', lambda: del_item(deque(), 0))
attempt('index missing', lambda: d.index(99))
attempt('index range', lambda: d.index(3, 0, 2))
attempt('index start str', lambda: d.index(1, 'a'))
attempt('index stop float', lambda: d.index(1, 0, 2.5))
attempt('remove missing', lambda: d.remove('x'))
attempt('remove empty', lambda: deque().remove(None))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 5))
attempt('insert full zero', lambda: deque(maxlen=0).insert(0, 5))
attempt('insert str', lambda: d.insert('a', 5))
attempt('rotate str', lambda: d.rotate('a'))
attempt('rotate float', lambda: d.rotate(1.5))
attempt('maxlen negative', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque([], 'a'))
attempt('maxlen float', lambda: deque(maxlen=2.0))
attempt('not iterable', lambda: deque(1))
attempt('extend int', lambda: d.extend(5))
attempt('extendleft None', lambda: d.extendleft(None))
attempt('too many args', lambda: deque([], 2, 3))
attempt('bad keyword', lambda: deque([], foo=1))
attempt('hash', lambda: hash(deque()))
attempt('set of deques', lambda: {deque()})
attempt('add list', lambda: deque([1]) + [2])
attempt('add tuple', lambda: deque([1]) + (2,))
attempt('mul str', lambda: deque([1]) * 'a')
attempt('mul float', lambda: deque([1]) * 2.0)
attempt('rmul float', lambda: 2.0 * deque([1]))
attempt('imul str', lambda: multiply_in_place(d, 'x'))
attempt('lt list', lambda: deque([1]) < [1])
attempt('ge int', lambda: deque([1]) >= 3)
attempt('eq list', lambda: deque([1]) == [1])
attempt('ne list', lambda: deque([1]) != [1])
attempt('lt mixed items', lambda: deque([1, 'a']) < deque([1, 2]))
attempt('no attribute', lambda: d.nothing)
attempt('maxlen readonly', lambda: setattr(d, 'maxlen', 3))


class Sub(deque):
    pass


attempt('sub no attribute', lambda: Sub().nothing)
attempt('sub hash', lambda: hash(Sub()))


# mutating a deque while iterating over it
def mutate_while_iterating(change):
    e = deque([1, 2, 3])
    seen = []
    try:
        for x in e:
            seen.append(x)
            change(e)
    except RuntimeError as exc:
        return f'{seen} RuntimeError {exc}'
    return f'{seen} {e}'


print(mutate_while_iterating(lambda e: e.append(0)))
print(mutate_while_iterating(lambda e: e.appendleft(0)))
print(mutate_while_iterating(lambda e: e.pop()))
print(mutate_while_iterating(lambda e: e.popleft()))
print(mutate_while_iterating(lambda e: e.clear()))
print(mutate_while_iterating(lambda e: e.rotate(1)))
print(mutate_while_iterating(lambda e: e.insert(0, 9)))
print(mutate_while_iterating(lambda e: e.remove(3)))
print(mutate_while_iterating(lambda e: e.extend([7])))
print(mutate_while_iterating(lambda e: e.extend([])))
print(mutate_while_iterating(lambda e: set_item(e, 0, 'z')))
print(mutate_while_iterating(lambda e: e.reverse()))
print(mutate_while_iterating(lambda e: e.count(1)))


def mutate_reversed():
    e = deque([1, 2, 3])
    try:
        for x in reversed(e):
            e.appendleft(x)
    except RuntimeError as exc:
        return f'RuntimeError {exc} {e}'


print(mutate_reversed())

it = iter(deque([1, 2]))
print(next(it))
try:
    next(it)
    next(it)
except StopIteration:
    print('StopIteration')
full = deque(maxlen=0)
it = iter(full)
full.append(1)
try:
    next(it)
except RuntimeError as exc:
    print('RuntimeError', exc)
