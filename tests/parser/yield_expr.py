# yield and yield from: statements, expressions, right-hand sides.
def gen():
    yield
    yield 1
    yield 1, 2
    yield from other()
    x = yield
    x = yield 1
    x = yield from other()
    y = (yield)
    z = (yield from other())
    f((yield))
    w = [(yield)]
    await_like = yield x if x else y
    x += yield
    value: int = yield 1
    return (yield)


lam = lambda: (yield)
