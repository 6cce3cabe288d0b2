# Lambda expressions: defaults, closures, immediate calls, in data.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
}
for sym in ops:
    print(sym, ops[sym](6, 3))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))


def make_adder(n):
    return lambda x: x + n


add5 = make_adder(5)
print(add5(10), make_adder(-1)(10))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print(square.__name__, (lambda: 0).__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(max(pairs, key=lambda p: p[0]))
print((lambda: (yield))().__class__.__name__)
