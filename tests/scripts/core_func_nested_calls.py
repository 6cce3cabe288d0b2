# Nested calls and evaluation order of arguments.
trace = []


def t(label, value):
    trace.append(label)
    return value


def f(*args, **kwargs):
    return sum(args) + sum(kwargs.values())


print(f(t("a", 1), t("b", 2), c=t("c", 3), d=t("d", 4)))
print(trace)
trace.clear()
print(f(t("x", 1), *[t("y", 2)], z=t("z", 3), **{"w": t("w", 4)}))
print(trace)
trace.clear()


def g(x):
    return t("g" + str(x), x + 1)


print(g(g(g(0))))
print(trace)
trace.clear()


def pick():
    trace.append("pick")
    return f


print(pick()(t("arg", 5)))
print(trace)
trace.clear()
print(max(min(3, 7), min(9, 4)), abs(min(-2, -8)))
print(t("1", [1, 2, 3])[t("2", 1)])
print(trace)


def outer(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner(b + 1)
    return middle(a + 1)


print(outer(1), outer(5))
print(len(str(sum([int(c) for c in str(2 ** 100)]))))
