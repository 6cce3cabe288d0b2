# yield from delegates to a sub-iterator and returns its return value.
def inner():
    yield 1
    yield 2
    return "inner result"


def outer():
    result = yield from inner()
    print("  inner returned", repr(result))
    yield 3
    return "outer result"


print(list(outer()))
g = outer()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("outer StopIteration value:", e.value)


def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    r = yield from []
    yield r


print(list(from_iterables()))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def tree(depth):
    if depth == 0:
        return 1
    left = yield from tree(depth - 1)
    yield depth
    right = yield from tree(depth - 1)
    return left + right


gen = tree(3)
values = []
while True:
    try:
        values.append(next(gen))
    except StopIteration as e:
        print("leaves:", e.value)
        break
print(values)


def no_return():
    yield "x"


def wrapper():
    r = yield from no_return()
    yield r


print(list(wrapper()))
