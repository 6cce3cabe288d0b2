# Arithmetic with inf, nan and signed zeros.
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / 2, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan - nan, 0 * nan)
print(0.0 * -1, -0.0 * -1, 0.0 + -0.0, -0.0 + -0.0, -0.0 - 0.0)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, -5e-324 / 2)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan)
print(2 % inf, -2 % inf, 2 % -inf, inf // 1, 1 // inf, -1 // inf)
try:
    print(inf % 2)
except Exception as e:
    print(type(e).__name__ + ":", e)
print(float('-0.0'), -0.0 == 0.0, repr(-0.0))
