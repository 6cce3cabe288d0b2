# Ranges with bounds beyond 64 bits.
big = 2 ** 64
r = range(big, big + 10, 3)
print(r, len(r), r[1], r[-1], list(r), big + 3 in r, big + 4 in r)
print(r.index(big + 6), r.count(big), r[1:3], list(reversed(r)))
print(list(range(2 ** 63 - 2, 2 ** 63 + 1)), list(range(-2 ** 63 + 1, -2 ** 63 - 2, -1)))
h = range(2 ** 70)
print(h[5], h[-1], 2 ** 69 in h, h[2 ** 69])
try:
    len(h)
except OverflowError as e:
    print("OverflowError:", e)
w = range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)
print(w, len(w), list(w))
print(range(10 ** 20, 10 ** 20 + 2) == range(10 ** 20, 10 ** 20 + 2), hash(range(big, big + 1)) == hash(range(big, big + 1, 5)))
print(sum(range(big, big + 5)))
try:
    range(3)[10 ** 20]
except IndexError as e:
    print("IndexError:", e)
