# Chained comparisons evaluate each middle operand once and stop early.
def v(label, value):
    print("  eval", label)
    return value


print("a:", v("x", 1) < v("y", 2) < v("z", 3))
print("b:", v("x", 1) < v("y", 5) < v("z", 3))
print("c:", v("x", 9) < v("y", 5) < v("z", 3))
print("d:", v("x", 1) == v("y", 1) != v("z", 2) <= v("w", 2))
print("e:", v("x", 3) > v("y", 2) >= v("z", 2) > v("w", 2))
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x > 1, x == 5 == 5.0)
print(0 <= x <= 5 <= 5 < 6)
print(1 < 2 > 0 < 3 != 4)
print("a" < "b" < "c", [1] < [2] < [3])
print(1 in [1, 2] in [[1, 2]])
n = None
print(n is None is not False)
y = 3
print(y < 4 == True)
print((y < 4) == True)


def mid():
    print("  mid evaluated")
    return 5


result = 1 < mid() < 10
print("single evaluation:", result)
try:
    print(1 < v("s", "str") < 3)
except TypeError as e:
    print("TypeError:", e)
items = [3, 1, 2]
print(all(a < b for a, b in zip(items, items[1:])))
print(sorted(items)[0] < sorted(items)[1] < sorted(items)[2])
