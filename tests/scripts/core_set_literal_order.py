# Set displays of constants iterate in CPython's order (the compiler
# builds them from a frozenset constant, as CPython's does).
print({10, 3, 200, 8, 16, 24, 32})
print({-1, -2, 7, 15, 23})
print({1025, 1, 2049, 3})
print({100, 36, 4, 68, 132, 260, 516})
print({0.5, 1.5, 8, 16, -3})
print({(1, 2), (3, 4), (5, 6), 7})
print(list({64, 32, 16, 8, 4, 2, 1, 0}))
a = 8
print({a, 16, 24, 32})
print({10, 3, 200, *[8, 16]})
print(frozenset({9, 17, 33, 65}))
for v in {100, 36, 4, 68}:
    print(v, end=" ")
print()
