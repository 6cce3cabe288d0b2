# Conditional expressions: only the chosen branch is evaluated.
def v(label, value):
    print("  eval", label)
    return value


print("big" if 10 > 5 else "small")
print("big" if 1 > 5 else "small")
print("r1:", v("yes", "Y") if v("cond", True) else v("no", "N"))
print("r2:", v("yes", "Y") if v("cond", 0) else v("no", "N"))


def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


print([sign(n) for n in (-2, 0, 3)])
x = 7
parity = "even" if x % 2 == 0 else "odd"
print(parity)
print((1 if True else 2) + 10)
print(1 if True else 2 + 10)
print([i if i % 2 else -i for i in range(6)])
print([i for i in range(10) if i % 3 == 0])
f = (lambda a: a * 2) if x > 5 else (lambda a: a * 3)
print(f(10))
print("nested", ("a" if x > 5 else "b") if x < 10 else "c")
try:
    print(1 / 0 if False else "safe")
    print("safe" if True else 1 / 0)
    print(1 / 0 if True else "never")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
abs_val = lambda n: n if n >= 0 else -n
print(abs_val(-3), abs_val(4))
data = []
print(data[0] if data else "empty")
