# int() of numbers: truncation toward zero, bools, and inf/nan errors.
def t(x):
    try:
        print(int(x))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.0, -0.0, 1.9, -1.9, 0.5, -0.5, 1e10, -1e10, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 1e300, -1e300,
          9.999999999999999e22, True, False, 5, -5, 2 ** 100, float('inf'), float('-inf'), float('nan')]:
    t(x)
print(type(int(True)).__name__, type(int(2.0 ** 70)).__name__)
print(float(2 ** 53 + 1), float(2 ** 1023), float(-(2 ** 70)), float(10 ** 308))
print(float(2 ** 1024 - 2 ** 970 - 1))
for x in [2 ** 1024, -(2 ** 1024), 10 ** 400]:
    try:
        print(float(x))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    print(2 ** 2000 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2 ** 2000 + 0.5)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 2000 > 1.0, 2 ** 2000 == float('inf'))
