# format() of floats: every presentation type, precision and flag.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2.5, 2.675, 1234.5678, -98765.4321, 1e16, 1e-5, 1.5e-7,
          123456789.0, 1e22, 1e300, 5e-324, float("inf"), float("-inf"), float("nan")]
specs = ["", ".0", ".1", ".3", ".12", "e", ".2e", "E", "f", ".0f", ".2f", "F", "g", ".3g", "G", "#g", "#.0f",
         "%", ".1%", "n", "10.3f", "<10.2f", "^12.3e", "+.2f", " .1f", "010.2f", "=+12.1f", ",.2f", "_.1f",
         ",", "z.1f", "z", "*>10", "#", ".17g", "20.10e"]
for v in values:
    print(repr(v))
    print("  ", [format(v, s) for s in specs])
print(f"{3.14159:.2f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {1e-10:g} {123.0:.3} {10.0:.3}")
print(format(1e-4, ".3"), format(1e15, ".16"), format(1e16, ".17"), format(0.5, ".0%"), format(-0.0, "+"))
print(format(1.7976931348623157e308, ".0f")[:40], len(format(1e300, "f")))
for spec in ["d", "x", "c", "s", "#x", "=s"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print("ValueError:", e)
print(f"{5:f} {5:e} {5:%} {2**60:g} {-3:.2f}")
try:
    format(2**1100, "f")
except OverflowError as e:
    print("OverflowError:", e)
