# Simple function decorators built from closures.
def trace(func):
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("ret ", func.__name__, result)
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


print(add(1, 2))
print(add(a=3, b=4))
print(add.__name__)


def count_calls(func):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        print(func.__name__, "call number", calls)
        return func(*args)
    return wrapper


@count_calls
def hello(name):
    return "hello " + name


print(hello("a"))
print(hello("b"))

registry = []


def register(func):
    registry.append(func.__name__)
    return func


@register
def first():
    return 1


@register
def second():
    return 2


print(registry, first(), second())


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper


evaluations = []


@memoize
def slow_fib(n):
    evaluations.append(n)
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(30))
print(len(evaluations))


def replace(func):
    return 42


@replace
def gone():
    pass


print(gone)
