# range() forms: one, two and three arguments, negative and empty ranges.
print(list(range(5)))
print(list(range(2, 7)))
print(list(range(0, 10, 3)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(5, 5)))
print(list(range(5, 0)))
print(list(range(0, 5, -1)))
print(list(range(-1, -10, -4)))
print(len(range(0, 100, 7)), len(range(10, 0, -2)), len(range(0)))
r = range(3, 20, 4)
print(r, r[0], r[-1], r[1:3])
print(7 in r, 8 in r)
print(sum(range(101)))
for i in range(3, 0, -1):
    print("countdown", i)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
total = 0
for i in range(1, 4):
    for j in range(i):
        total += j
print(total)
print(list(range(10))[::-1] == list(range(9, -1, -1)))
print(list(reversed(range(4))))
print(range(0, 3) == range(0, 3), range(0) == range(5, 5))
big = range(0, 10 ** 12, 10 ** 11)
print(len(big), big[5])
