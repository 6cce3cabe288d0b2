# Sets: construction, membership, order of small ints, len, equality.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, bool(s), bool(set()), set())
print(set([5, 4, 3, 3, 2]), set(range(10)), set((1, 1.0, True)), set({7: 0, 8: 0}))
print({-1, -2, 0}, {100, 10, 1000}, {10 ** 20, 1}, {(1, 2), (0, 0)}, {None, 1} == {1, None})
print(sorted({"b", "a", "c"}), len({"a", "a"}))
print({x % 4 for x in range(20)})
print({1, 2} == {2, 1}, {1} == {1, 2}, {1, 2} != {1, 2}, set() == frozenset(), {1} == [1])
t = set()
for i in [40, 8, 16, 32, 0, 24]:
    t.add(i)
print(t)
u = set()
for i in [1, 9, 17, 25, 33, 41]:
    u.add(i)
print(u, list(u), sorted(u))
show(lambda: {[1]})
show(lambda: {1}.add([1]))
show(lambda: set(1))
show(lambda: set(1, 2))
show(lambda: set(x=1))
show(lambda: [1] in {1})
print(set() in {frozenset()}, {1} in {frozenset({1})})
print(type(set()).__name__, type(iter(set())).__name__)
