# yield from forwards send(), throw() and close() to the sub-generator.
def inner():
    try:
        while True:
            try:
                got = yield "inner ready"
                print("  inner got", repr(got))
            except KeyError as e:
                print("  inner handled", repr(e))
                yield "inner recovered"
    finally:
        print("  inner finally")


def outer():
    try:
        result = yield from inner()
        print("  never reached", result)
    finally:
        print("  outer finally")


g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print("closed both")
g = outer()
next(g)
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated through both:", e)


def catcher():
    try:
        yield from inner()
    except IndexError as e:
        print("  outer caught", repr(e))
        yield "outer recovered"


g = catcher()
next(g)
print(g.throw(IndexError("i")))
print(next(g, "catcher done"))
g = outer()
next(g)
print(g.throw(KeyError))
g.close()


def returning_inner():
    x = yield 1
    return "inner saw " + str(x)


def middle():
    r = yield from returning_inner()
    return r.upper()


def top():
    r = yield from middle()
    yield r


g = top()
print(next(g))
print(g.send("data"))
