# int and float lacked real, imag, conjugate() (and int numerator, denominator).
for v in [5, -3, 0, True, False, 10**30, -(10**30), 2.5, -0.0, float("inf")]:
    print(repr(v), repr(v.real), repr(v.imag), repr(v.conjugate()), type(v.real).__name__, type(v.imag).__name__)
for v in [5, True, False, -(10**30)]:
    print(repr(v.numerator), repr(v.denominator), type(v.numerator).__name__)
print(hasattr(1, "imag"), hasattr(1.0, "numerator"), hasattr(True, "denominator"))
print(int.conjugate(7), float.conjugate(1.5), (3).real.bit_length(), (2.5).imag.is_integer())
print(sum(x.real for x in [1, 2.5, True]), [n.denominator for n in range(3)])
for attempt in [
    lambda: setattr(3, "real", 4),
    lambda: delattr(3, "real"),
    lambda: setattr(True, "imag", 1),
    lambda: setattr(1.5, "imag", 1),
    lambda: (1.0).numerator,
    lambda: (1.0).denominator,
    lambda: int.conjugate("x"),
    lambda: (5).conjugate(1),
    lambda: (1.5).conjugate(1),
]:
    try:
        print(attempt())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
