# Unary operators and the power operator.
x = -1
x = +1
x = ~1
x = - - 1
x = -+~x
x = 2 ** 8
x = -2 ** 2
x = 2 ** -2
x = (-2) ** 2
x = a ** b ** c
x = ~a ** 2
