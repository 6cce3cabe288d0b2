# pow() with a modulus, including negative exponents (modular inverse).
def t(*args):
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(2, 10, 1000)
t(3, 200, 10 ** 9 + 7)
t(2, -1, 5)
t(3, -2, 7)
t(2, -1, 4)
t(0, -1, 5)
t(2, 3, 0)
t(2, 3, 1)
t(2, -1, 1)
t(3, 3, -5)
t(-3, 3, 5)
t(-3, 3, -5)
t(2 ** 100, 2 ** 100, 10 ** 20 + 39)
t(2.0, 3, 5)
t(2, 3.0, 5)
t(2, 3, 5.0)
t(2, 3)
t(2, -3)
t(2.0, 0.5)
t(True, 2, 3)
