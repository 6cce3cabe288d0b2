# Generator functions: lazy execution, state kept between yields.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  finished")


g = count_up(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    next(g)
except StopIteration:
    print("still StopIteration")
print(list(count_up(2)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def several():
    yield 1
    yield "two"
    yield [3]
    yield None


print(list(several()))


def empty():
    return
    yield


print(list(empty()))


def bare_yield():
    x = yield
    yield x


print(list(bare_yield()))
g1 = count_up(1)
g2 = count_up(1)
print(g1 is g2, iter(g1) is g1)
print(count_up.__name__, g1.__name__, g1.__qualname__)


def gen_with_args(*args, sep="-"):
    for a in args:
        yield str(a) + sep


print(list(gen_with_args(1, 2, sep="+")))
