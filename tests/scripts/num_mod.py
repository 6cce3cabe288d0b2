# Modulo takes the sign of the divisor; float modulo keeps -0.0 rules.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a in (7, -7, 0, 6, -6):
    for b in (2, -2, 3, -3):
        print(a, b, a % b, float(a) % b)
t(lambda: -9223372036854775808 % -1)
t(lambda: 10 ** 30 % 7)
t(lambda: -(10 ** 30) % 7)
t(lambda: 10 ** 30 % -7)
t(lambda: 5 % 10 ** 30)
t(lambda: -5 % 10 ** 30)
t(lambda: 7.5 % 2)
t(lambda: -7.5 % 2)
t(lambda: 7.5 % -2)
t(lambda: 0.0 % -5)
t(lambda: -0.0 % 5)
t(lambda: 6.0 % -3)
t(lambda: -6.0 % 3)
t(lambda: 1e-300 % 1e300)
t(lambda: -1e-300 % 1e300)
t(lambda: 5 % float('inf'))
t(lambda: -5 % float('inf'))
t(lambda: float('inf') % 5)
t(lambda: 1 % 0)
t(lambda: 10 ** 30 % 0)
t(lambda: 1.0 % 0)
t(lambda: 1 % 0.0)
t(lambda: 7 % -0.0)
