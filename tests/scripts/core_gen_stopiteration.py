# StopIteration semantics: return values, and PEP 479 RuntimeError conversion.
def returns(value):
    yield "first"
    return value


g = returns(42)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args)
print(list(returns("ignored by list")))


def leaks_stop():
    yield 1
    raise StopIteration("inside")


g = leaks_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)


def safe_next():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return "done"


print(list(safe_next()))


def return_none():
    yield 1
    return


g = return_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return without value:", e.value, e.args)


def returns_tuple():
    return (1, 2)
    yield


try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple value:", e.value, e.args)
g = returns(0)
for x in g:
    print("for got", x)
print("for loop swallows StopIteration")
