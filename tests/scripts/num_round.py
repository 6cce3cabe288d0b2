# round(): banker's rounding for ints and floats, with and without ndigits.
def t(*args):
    try:
        print(repr(round(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.675, 0.1, 1e20, 1.7976931348623157e308, -0.4, 3]:
    t(x)
for nd in [-3, -1, 0, 1, 2, 3, 10, 400, -400]:
    t(2.675, nd)
    t(-1234.5678, nd)
t(0.125, 2)
t(0.375, 2)
t(1.0005, 3)
t(5e-324, 323)
t(5e-324, 324)
t(1e300, -300)
t(1.7e308, -308)
t(-0.001, 2)
t(0.0, 2)
t(-0.0)
t(15, -1)
t(25, -1)
t(-15, -1)
t(-25, -1)
t(123456, -3)
t(2 ** 100, -20)
t(5, 2)
t(5, -10)
t(True, -1)
t(7, None)
t(2.5, None)
t(1.5, 1.0)
t(5, 1.0)
t(float('inf'))
t(float('nan'))
t(float('inf'), 2)
t(float('nan'), 2)
