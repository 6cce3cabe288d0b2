# Tuple and list unpacking, starred targets.
a, b = 1, 2
a, b = b, a
(a, b) = [b, a]
[a, b] = a, b
a, = [1]
first, *rest = range(5)
*init, last = range(5)
head, *middle, tail = "abcde"
[x, [y, z]] = [1, [2, 3]]
(p, (q, r)), s = (1, (2, 3)), 4
for i, (j, k) in pairs:
    pass
for *front, back in rows:
    pass
x, y = y, x = 1, 2
