# math: trigonometric and hyperbolic functions, and angle conversion.
import math

xs = [0.0, -0.0, 0.1, 0.5, 1.0, -1.0, 2.0, math.pi / 6, math.pi / 4, 3.0, 100.0]
for x in xs:
    print(repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)))
for x in [0.0, 0.5, -0.5, 1.0, -1.0, 0.99999]:
    print(repr(math.asin(x)), repr(math.acos(x)), repr(math.atan(x)))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -1), (0, 0),
             (math.inf, math.inf), (math.inf, -math.inf), (-math.inf, 2),
             (3, math.inf), (3, -math.inf), (2.5, 7)]:
    print(repr(math.atan2(y, x)))
for x in [0.0, 0.5, -1.5, 3.0, 20.0]:
    print(repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)),
          repr(math.asinh(x)))
for x in [1.0, 1.5, 10.0, 1e10]:
    print(repr(math.acosh(x)))
for x in [0.0, 0.5, -0.9, 0.999999]:
    print(repr(math.atanh(x)))
for x in [0, 1, 45, 90.0, 180, -270, 1e-5, 360.5]:
    print(repr(math.radians(x)), repr(math.degrees(math.radians(x))))
print(repr(math.degrees(math.pi)), repr(math.degrees(1)))
print(repr(math.sin(math.inf - math.inf)), math.isnan(math.cos(math.nan)))
