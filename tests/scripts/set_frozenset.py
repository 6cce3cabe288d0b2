# frozenset: hashable, immutable, mixes with set.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset(f) is f, frozenset("aa"), len(f), 2 in f)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({(1, 2)})), hash(frozenset({-1, -2})), hash(frozenset({frozenset()})))
print(hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3}, {1, 2, 3} == f)
print(type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, type(f - {1}).__name__)
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 9}, f.union([7]), f.copy() is f)
print(f.intersection([1, 2]), f.difference([1]), f.symmetric_difference([3, 4]))
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([8]))
g = f
g |= {10}
print(f, g, g is f)
d = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], {frozenset({1}), frozenset({1})})
show(lambda: f.add(1))
show(lambda: frozenset(1))
show(lambda: frozenset(1, 2))
show(lambda: frozenset(x=1))
show(lambda: hash({1}))
show(lambda: {{1}})
print(repr(frozenset({frozenset({1})})), frozenset([1]) < frozenset([1, 2]))
class FS(frozenset):
    pass
print(FS([1, 2]), FS(), type(FS([1]) | {2}).__name__)
class S(set):
    pass
print(S([1, 2]), S(), type(S([1]).copy()).__name__)
