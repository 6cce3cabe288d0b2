# Lists: construction, indexing, len, truth, membership, equality.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 3]
print(a, len(a), bool(a), bool([]))
print(list(), list("abc"), list((1, 2)), list(range(4)), list({1: 2, 3: 4}))
print(a[0], a[-1], a[2], a[-3])
print(2 in a, 5 in a, 5 not in a)
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] == (1, 2), [] == [])
print([1, [2, [3, []]]], [None, True, 1.5, "s", b"b"])
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c)
a[0] = 10
a[-1] = 40
print(a)
del a[1]
print(a)
show(lambda: a[10])
show(lambda: a[-10])
show(lambda: a["x"])
show(lambda: a[1.0])
show(lambda: list(5))
show(lambda: list(1, 2))
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
print(nested)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
print([x * x for x in range(6) if x % 2 == 0])
print(list(reversed([1, 2, 3])), sorted([3, 1, 2]))
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]))
print(type([]).__name__, type(iter([])).__name__)
