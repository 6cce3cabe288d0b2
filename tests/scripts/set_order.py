# Sets print in the order of CPython's hash table.
print({5, 3, 1, 100, 2, -1})
print(set([40, 8, 16, 32, 0, 24]), set(range(20, 0, -3)))
s = set(range(10))
s.discard(3)
s.add(33)
print(s)
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
for i in range(200, 230):
    s.add(i)
print(s)
t = set()
for i in [10, 2, 18, 26, 34]:
    t.add(i)
print(t, set(t), t.copy())
u = {x * 8 for x in range(12)}
print(u, u | {1}, {1} | u)
v = set(range(0, 64, 4))
w = set(range(0, 64, 6))
print(v & w, w & v, v - w, v ^ w)
popped = set(range(5, 40, 5))
print([popped.pop() for _ in range(3)], popped)
print({1.5, 2.5, 0.5}, {True, 2, 3.0})
print({(1, 2), (3, 4), (5, 6)}, len({(i, i) for i in range(50)}))
big = set(range(100000))
big.difference_update(range(0, 100000, 2))
print(len(big), min(big), max(big))
