# Functions are first-class values: stored, passed, returned, compared.
def double(x):
    return x * 2


def negate(x):
    return -x


def apply_all(funcs, value):
    return [f(value) for f in funcs]


print(apply_all([double, negate, abs, str], -4))
table = {"d": double, "n": negate}
print(table["d"](21), table["n"](21))
alias = double
print(alias is double, alias == double, alias(5))
print(double is negate, double != negate)


def twice(f):
    def run(x):
        return f(f(x))
    return run


quad = twice(double)
print(quad(3), twice(quad)(1), twice(negate)(9))


def pipeline(*steps):
    def run(x):
        for step in steps:
            x = step(x)
        return x
    return run


p = pipeline(double, negate, abs, double)
print(p(5))
print(pipeline()(42))
funcs = []
for name in ["a", "b"]:
    def show(prefix=name):
        return prefix * 3
    funcs.append(show)
print([f() for f in funcs])
print(len({double, negate, double}))
print(sorted([3, -1, 2], key=negate))
print(list(map(double, range(4))))
print(double.__name__, alias.__name__)


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


print(apply(max, 3, 9, 4), apply(sorted, [3, 1, 2], reverse=True))
print(apply(apply, double, 8))
print(type(double).__name__, type(print).__name__)
