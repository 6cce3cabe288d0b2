# Floor division rounds toward negative infinity for ints and floats.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a in (7, -7, 0, 6, -6):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, float(a) // b, a // float(b))
t(lambda: -9223372036854775808 // -1)
t(lambda: -9223372036854775808 // 1)
t(lambda: 10 ** 30 // 7)
t(lambda: -(10 ** 30) // 7)
t(lambda: 10 ** 30 // -(10 ** 29 + 1))
t(lambda: 5 // 10 ** 30)
t(lambda: -5 // 10 ** 30)
t(lambda: 7.5 // 2)
t(lambda: -7.5 // 2)
t(lambda: 0.0 // -3)
t(lambda: -0.0 // 3)
t(lambda: 1e308 // 1e-308)
t(lambda: float('inf') // 3)
t(lambda: 3 // float('inf'))
t(lambda: -3 // float('inf'))
t(lambda: 1 // 0)
t(lambda: 1.0 // 0)
t(lambda: 10 ** 30 // 0)
t(lambda: 1 // 0.0)
