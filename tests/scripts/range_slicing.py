# Slicing and reversing ranges gives ranges.
r = range(10)
print(r[2:5], r[::2], r[::-1], r[1:8:3], r[8:1:-2], r[-3:], r[:100], r[100:], r[2:100:-1])
q = range(3, 30, 4)
print(q[1:], q[::-1], q[2:4], q[::3], list(q[::-2]), q[5:2], list(q[5:2]))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(5, 0, -2))))
print(range(0, 10, 3)[-1], range(10, 0, -3)[-1], len(range(10, 0, -3)))
try:
    r[::0]
except ValueError as e:
    print("ValueError:", e)
print(list(range(-3, 3)[::-1]), range(-3, 3)[1::2])
