# ZeroDivisionError messages for each operator and operand type.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("big / 0", lambda: 10 ** 30 / 0),
    ("big // 0", lambda: 10 ** 30 // 0),
    ("big % 0", lambda: 10 ** 30 % 0),
    ("True / False", lambda: True / False),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)
x = 10
try:
    x /= 0
except ZeroDivisionError as e:
    print("x /= 0 ->", e)
try:
    x //= 0
except ZeroDivisionError as e:
    print("x //= 0 ->", e)
print(x)
print(issubclass(ZeroDivisionError, ArithmeticError))
print(0 / 1, 0.0 / -1, -7 // 2, -7 % 2)
