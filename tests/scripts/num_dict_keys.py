# Numbers as dict keys and set members: equal numbers are one key.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
d[2 ** 64] = "d"
d[2.0 ** 64] = "e"
d[-1] = "f"
d[-2] = "g"
d[0.5] = "h"
print(d)
print(d[1], d[18446744073709551616], d[-1.0], d.get(-2.0))
s = {0, 0.0, False, -0.0, 1, 1.0, 2 ** 100, 2.0 ** 100, 3.5}
print(len(s), 2 ** 100 in s, 1.0 in s, 3.5 in s, 4 in s)
print(sorted({10 ** 20, 5, 2.5, -1}))
