# Shifts: promotion on <<, floor semantics of >> for negatives, errors.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in (1, -1, 5, -5, 255, -256):
    print(n << 3, n >> 1, n >> 3, n << 62, n << 63, n << 64)
t(lambda: 1 << 100)
t(lambda: (1 << 100) >> 99)
t(lambda: -(1 << 100) >> 99)
t(lambda: -1 >> 1000)
t(lambda: 1 >> 1000)
t(lambda: -(10 ** 30) >> 10 ** 30)
t(lambda: (10 ** 30) >> 10 ** 30)
t(lambda: 0 << 10 ** 30)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 10 ** 30 << -1)
t(lambda: -9223372036854775808 << 1)
t(lambda: 4611686018427387904 << 1)
t(lambda: -4611686018427387904 << 1)
t(lambda: 1.0 << 1)
t(lambda: 1 << 1.0)
t(lambda: True << 3)
