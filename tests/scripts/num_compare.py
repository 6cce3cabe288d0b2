# Comparisons between ints, bools and floats, including nan.
vals = [0, 1, -1, True, False, 0.0, -0.0, 1.0, 0.5, 2 ** 63, -(2 ** 63), 2 ** 100, float('inf'), float('-inf')]
for a in vals:
    row = []
    for b in vals:
        row.append(str(int(a < b)) + str(int(a <= b)) + str(int(a == b)) + str(int(a != b)) + str(int(a > b)) + str(int(a >= b)))
    print(" ".join(row))
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 1, 1 == nan, 1 != nan)
print(2 ** 100 < nan, 2 ** 100 > nan, 2 ** 100 == nan)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2.5 > 2)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float('inf'))
