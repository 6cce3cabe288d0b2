# throw() and close() were not passed down `yield from` to the sub-generator (PEP 380).
def inner(log):
    try:
        yield "i1"
        yield "i2"
    except KeyError as e:
        log.append("inner caught " + repr(e))
        yield "i-recovered"
        return "inner-ret"
    finally:
        log.append("inner finally")


def outer(log):
    try:
        r = yield from inner(log)
        log.append("outer got " + repr(r))
        yield "o-after"
    except ValueError as e:
        log.append("outer caught " + repr(e))
        yield "o-recovered"
    finally:
        log.append("outer finally")


# the sub-generator handles the exception and yields
log = []
g = outer(log)
print(next(g), g.throw(KeyError("k")), next(g), log)

# the sub-generator does not handle it: the outer frame does
log = []
g = outer(log)
print(next(g), g.throw(ValueError("v")), log)
g.close()
print(log)

# close() closes the sub-generator first, then the outer one
log = []
g = outer(log)
next(g)
g.close()
print("closed", log)


# three levels: the innermost one decides
def level3():
    try:
        yield 3
    except IndexError:
        return "l3 handled"


def level2():
    r = yield from level3()
    yield "l2 saw " + r


def level1():
    r = yield from level2()
    yield "l1 " + str(r)


g = level1()
print(next(g), g.throw(IndexError), next(g, "end"))


# a sub-generator that returns on throw ends the `yield from` with its value
def returner():
    try:
        yield 1
    except TypeError:
        return "from throw"


def wrap():
    v = yield from returner()
    print("  yield from gave", repr(v))
    return "wrap done"


g = wrap()
next(g)
try:
    g.throw(TypeError)
except StopIteration as e:
    print("StopIteration", e.value)


# a sub-generator that ignores GeneratorExit: RuntimeError raised in the outer
def stubborn():
    try:
        yield "s"
    except GeneratorExit:
        pass
    yield "again"


def holder():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print("  holder sees", e)
        raise


g = holder()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", e)


# a receiver that is not a generator: its throw/close methods are used
class Recv:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def send(self, v):
        return self.__next__()

    def throw(self, exc):
        print("  Recv.throw", repr(exc))
        if isinstance(exc, KeyError):
            raise StopIteration("recv result")
        return "thrown-" + type(exc).__name__

    def close(self):
        print("  Recv.close")


def use_recv():
    r = yield from Recv()
    yield "after recv " + repr(r)


g = use_recv()
print(next(g), g.throw(ValueError("x")), g.throw(KeyError("y")))
g = use_recv()
next(g)
g.close()
print("closed recv user")


# an iterator without throw: the exception is raised at the yield from
def over_list():
    try:
        yield from [1, 2, 3]
    except ZeroDivisionError:
        yield "list caught"


g = over_list()
print(next(g), g.throw(ZeroDivisionError), list(g))


# throw() on a finished sub-generator's outer generator, and on a done one
def once():
    yield from iter([7])


g = once()
print(next(g), next(g, "done"))
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("done generator re-raises", repr(e))
