# format() and f-strings of ints and bools.
values = [0, 7, -7, 255, 1234567, -1234567, 2**70, -(2**64), True, False]
specs = ["", "d", "5", "<6", "^7", ">8", "*^9", "05", "+", " ", "-", "+08", "=+8", ",", "_", "010,", "x", "X", "#x",
         "#X", "o", "#o", "b", "#b", "_b", "#010_x", "_x", "n", "e", ".2f", "%", ".1%", "g", "c", "é^5"]
for v in values:
    print(repr(v), [format(v, s) for s in specs if not (s == "c" and (v < 0 or v > 0x10FFFF))])
print(format(65, "c"), format(0x1F600, "^5c"), format(9731, "c"), f"{42:>{6}}", f"{255:#0{10}x}")
for spec in ["s", ".2", "z", "+c", "#c", ",x", "_n", ",c", "xx", ".", ",_", "_,", "=^"]:
    try:
        print(format(42, spec))
    except ValueError as e:
        print("ValueError:", e)
for v, spec in [(-1, "c"), (0x110000, "c"), (2**70, "c")]:
    try:
        print(format(v, spec))
    except OverflowError as e:
        print("OverflowError:", e)
print(format(True, "^5"), format(False, ""), format(True, "s") if False else "skip")
try:
    format(True, "s")
except ValueError as e:
    print("ValueError:", e)
