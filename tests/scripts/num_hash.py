# hash() of numbers follows CPython: equal numbers hash equal across types.
for x in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 63, -(2 ** 63), 2 ** 64, 10 ** 30, -(10 ** 30),
          2 ** 200, -(2 ** 200) + 1, True, False]:
    print(hash(x))
for x in [0.0, -0.0, 1.0, 1.5, -0.5, 0.1, 1e100, 1e-100, 2.0 ** 70, -2.0 ** 70, 3.14159, 1.7976931348623157e308,
          5e-324, float('inf'), float('-inf')]:
    print(hash(x))
print(hash(2 ** 70) == hash(2.0 ** 70), hash(1) == hash(1.0) == hash(True))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d2 = {2 ** 64: "a"}
print(d2[2.0 ** 64])
print(len({0, 0.0, -0.0, False}))
