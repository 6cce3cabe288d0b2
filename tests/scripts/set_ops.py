# Set operators, in-place forms, and subset comparisons.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), a & set(), set() - a, a ^ a)
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2} >= {1}, {1, 2} > {1, 2}, {3} > set())
print({1, 2} <= {2, 3}, {1, 2} >= {2, 3}, set() <= set())
c = {1, 2}
d = c
d |= {3}
print(c, d is c)
d &= {1, 3, 5}
print(c)
d -= {1}
print(c)
d ^= {3, 4}
print(c, d is c)
show(lambda: {1} | [1])
show(lambda: {1} & (1,))
show(lambda: {1} - 1)
show(lambda: {1} ^ "a")
show(lambda: {1} < [1])
show(lambda: {1} <= 1)
def ior(x, y):
    x |= y
    return x
show(lambda: ior({1}, [2]))
big1 = set(range(0, 100, 2))
big2 = set(range(0, 100, 3))
print(sorted(big1 & big2)[:6], len(big1 | big2), len(big1 - big2), len(big1 ^ big2))
print(set(range(30)) - set(range(5, 25)), set(range(20)) & {3, 100, 7})
print({1, 2, 3} - {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17})
