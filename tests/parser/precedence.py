# Operator precedence, from lambda (lowest) to await and atoms (highest).
x = -y ** 2
x = (-y) ** 2
x = 2 ** -1
x = 2 ** 3 ** 2
x = not a == b
x = not a and b
x = a or b and c
x = a and not b or c
x = a | b ^ c & d
x = a << b + c
x = a + b * c
x = a * b + c
x = a - b - c
x = a / b // c % d @ e
x = -a * b
x = ~a + b
x = +a - -b
x = a if b else c if d else e
x = lambda: a if b else c
x = a < b | c
x = a == b in c
x = (a + b) * c
x = a ** b * c
x = -a ** -b
x = a if b or c else d and e
x = a.b[c](d) ** e
