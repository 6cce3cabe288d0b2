# throw() raises an exception at the paused yield inside the generator.
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  handled inside:", e)
            yield "recovered"


g = resilient()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished after unhandled throw")


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally in generator")


g = with_finally()
print(next(g))
try:
    g.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("after finally:", e)


def not_started():
    print("  never printed")
    yield 1


g = not_started()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("thrown into unstarted generator:", e)
print(list(g))


def returns_on_throw():
    try:
        yield "a"
    except TypeError:
        return "stopped by throw"


g = returns_on_throw()
next(g)
try:
    g.throw(TypeError)
except StopIteration as e:
    print("StopIteration value:", e.value)


def inner():
    try:
        yield "inner"
    except ZeroDivisionError:
        yield "inner caught"


def outer():
    yield from inner()
    yield "outer continues"


g = outer()
print(next(g), g.throw(ZeroDivisionError), next(g))
