# Loop targets with tuple unpacking, nested unpacking and starred targets.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
for *init, last in ["abc", "de"]:
    print(init, last)
for a, [b, c] in [(1, [2, 3])]:
    print(a, b, c)
for x, y in zip(range(3), "xyz"):
    print(x, y)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in [(1, 2, 3)]:
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in [5]:
        pass
except TypeError as e:
    print("TypeError:", e)
d = {}
for d["key"] in range(3):
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for _ in range(2):
    print("underscore", _)
a, (b, *c), d2 = 1, (2, 3, 4), 5
print(a, b, c, d2)
