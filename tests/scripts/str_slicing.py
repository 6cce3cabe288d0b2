# Slicing by code point, every step and bound combination.
s = "abcdefghij"
u = "aé😀zq€"
for t in (s, u):
    print(t[:], t[2:], t[:3], t[-3:], t[:-3], t[::2], t[1::3], t[::-1])
    print(t[5:1:-1], t[-1:-4:-1], t[100:], t[:100], t[3:3], t[4:2], t[::-2])
    print(t[-100:100], t[None:None:None], t[1:None], t[slice(2, 5)])
for start in (None, -7, -1, 0, 2, 9):
    for stop in (None, -8, -2, 0, 3, 12):
        for step in (None, 1, 2, -1, -3):
            print(repr(u[start:stop:step]), end=" ")
    print()
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
print(s[True:], s[:False], s[2**70:], s[-2**70:3])
