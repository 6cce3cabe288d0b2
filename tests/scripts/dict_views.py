# keys(), values(), items(): reprs, membership, set operations, liveness.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {1: 10, 2: 20, 3: 30}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), list(k), list(v), list(i))
print(2 in k, 9 in k, 10 in v, 99 in v, (1, 10) in i, (1, 20) in i, 1 in i, [1, 10] in i)
d[4] = 40
print(k, v, i)
del d[1]
print(list(k), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k & {2, 3, 9}, k | {9}, k - {2}, k ^ {2, 10})
print({2, 3} & k, [9] | k, [2, 5] - k, (3, 7) ^ k)
print(i & {(2, 20), (5, 50)}, i - {(2, 20)}, i | {(9, 9)}, i ^ {(2, 20), (8, 8)})
print(k == {2, 3, 4}, k == {2}, k != {2, 3, 4}, k < {2, 3, 4, 5}, k <= {2, 3, 4}, k > {2}, k >= {9})
print({2, 3, 4} == k, k == d.keys(), i == d.items(), v == d.values(), v == v)
print(k.isdisjoint([7, 8]), k.isdisjoint([2]), i.isdisjoint([(2, 20)]))
print(bool({}.keys()), bool(k), type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
show(lambda: k | 1)
show(lambda: v | {1})
show(lambda: [[]] & k)
show(lambda: k < [1])
print(sorted(k), sum(k), max(v), dict(i))
e = {}
print(e.keys(), e.values(), e.items())
nested = {"a": {"b": [1, 2]}}
print(nested.items(), nested.values())
