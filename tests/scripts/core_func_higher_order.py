# Higher-order helpers written by hand: map/filter/reduce/compose/partial.
def my_map(f, items):
    out = []
    for x in items:
        out.append(f(x))
    return out


def my_filter(pred, items):
    return [x for x in items if pred(x)]


def my_reduce(f, items, start):
    acc = start
    for x in items:
        acc = f(acc, x)
    return acc


def partial(f, *bound, **bound_kw):
    def call(*args, **kwargs):
        merged = dict(bound_kw)
        merged.update(kwargs)
        return f(*bound, *args, **merged)
    return call


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a + b, nums, 0))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda acc, x: [x] + acc, [1, 2, 3], []))


def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp


square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(10, mod=1000))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
print(curry3(lambda a, b, c: a * 100 + b * 10 + c)(1)(2)(3))
adders = my_map(lambda n: lambda x: x + n, [1, 10, 100])
print([a(1) for a in adders])
print(sorted(nums, key=lambda n: (n % 3, -n)))
print(list(zip(nums[:3], my_map(str, nums[:3]))))
print(any(map(lambda x: x > 9, nums)), all(map(lambda x: x > 0, nums)))
