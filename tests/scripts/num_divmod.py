# divmod() agrees with // and % for every sign combination.
def t(a, b):
    try:
        print(divmod(a, b))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a in (7, -7, 7.5, -7.5, 10 ** 30, -(10 ** 30)):
    for b in (2, -2, 0.5, -3.0, 10 ** 20):
        t(a, b)
t(-9223372036854775808, -1)
t(0.0, -3)
t(-0.0, 3)
t(1, 0)
t(1.0, 0)
t(1, 0.0)
t(10 ** 30, 0)
t(True, True)
