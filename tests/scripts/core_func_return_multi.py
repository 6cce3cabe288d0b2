# Returning several values as a tuple and unpacking them.
def divmod_pair(a, b):
    return a // b, a % b


def min_max(items):
    lo = hi = items[0]
    for x in items[1:]:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


q, r = divmod_pair(17, 5)
print(q, r)
print(divmod_pair(17, 5))
lo, hi = min_max([4, -2, 9, 0])
print(lo, hi)


def triple():
    return 1, [2, 3], (4, 5)


a, (b, c), (d, e) = triple()
print(a, b, c, d, e)
first, *rest = triple()
print(first, rest)


def swap(x, y):
    return y, x


x, y = 1, 2
x, y = swap(x, y)
print(x, y)


def maybe(flag):
    if flag:
        return "yes", 1
    return "no", 0


print(maybe(True), maybe(False))
for word, n in [maybe(True), maybe(False)]:
    print(word, n)


def single():
    return 5,


print(single(), type(single()).__name__)


def empty():
    return ()


print(empty())
try:
    a, b = triple()
except ValueError as err:
    print("ValueError:", err)
try:
    a, b, c, d = triple()
except ValueError as err:
    print("ValueError:", err)
