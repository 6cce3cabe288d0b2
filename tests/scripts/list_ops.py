# Operators on lists: + * += *= comparisons.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2]
print(a + [3], [3] + a, a * 3, 2 * a, a * 0, a * -2, [] * 5)
b = a
b += [3]
print(a, b is a)
b += (4, 5)
b += "xy"
b += range(2)
print(a)
c = [0]
d = c
d *= 3
print(c, d is c)
d *= 0
print(c)
show(lambda: [1] + (2,))
show(lambda: [1] + 1)
show(lambda: [1] * 1.5)
show(lambda: [1] * "a")
show(lambda: [1] * (10 ** 20))
def iadd(x, y):
    x += y
    return x
show(lambda: iadd([1], 1))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [] < [0], [1] >= [1])
print([1, "a"] < [2, "b"], [1, [2]] == [1, [2]], [1, 2] != [1, 2])
show(lambda: [1, "a"] < [1, 2])
show(lambda: [1] < (1,))
show(lambda: [1] < 1)
print([[1, 2], [1]] == [[1, 2], [1]], [[1, 2], [1]] == [[1, 2], [2]])
x = float("nan")
print([x] == [x], x in [x])
