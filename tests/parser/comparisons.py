# Comparison operators, chained.
a == b
a != b
a < b
a <= b
a > b
a >= b
a is b
a is not b
a in b
a not in b
a < b < c
a < b <= c > d >= e == f != g
a is not b is c
a not in b in c
x = 1 < 2 if a in b else c not in d
