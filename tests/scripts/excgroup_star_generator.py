# except* clauses in generators: a clause may yield, and what it leaves
# unhandled leaves the generator.


def gen():
    try:
        yield "start"
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield f"handling {e!r}"
        yield "still handling"
    except* TypeError:
        yield "type part"
    yield "end"


print(list(gen()))


def leaky():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        yield 2


it = leaky()
print(next(it), next(it))
try:
    next(it)
except ExceptionGroup as e:
    print("left the generator:", repr(e))


def thrown():
    try:
        yield "waiting"
    except* ValueError as e:
        yield f"caught thrown {e!r}"


g = thrown()
print(next(g))
print(g.throw(ExceptionGroup("t", [ValueError("x")])))
