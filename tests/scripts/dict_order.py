# Insertion order survives updates, deletions and many resizes.
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(d)
del d["quick"]
d["quick"] = 9
print(list(d))
d2 = {}
for i in range(200):
    d2[str(i)] = i
for i in range(0, 200, 3):
    del d2[str(i)]
print(list(d2)[:10], len(d2))
for i in range(0, 200, 3):
    d2[str(i)] = -i
print(list(d2)[-5:], len(d2))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
print(merged)
popped = {1: 1, 2: 2, 3: 3}
print(popped.popitem(), popped.popitem(), popped)
popped[9] = 9
print(popped)
x = dict.fromkeys(range(10))
for key in list(x):
    if key % 2:
        del x[key]
print(x)
