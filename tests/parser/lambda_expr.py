# Lambdas with every kind of parameter.
f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x=1, y=2: x * y
f = lambda *args: args
f = lambda **kw: kw
f = lambda *args, **kw: (args, kw)
f = lambda a, /, b, *, c: a
f = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
f = lambda *, a: a
f = lambda x: lambda y: x + y
f = lambda x: (yield)
f = lambda: (x := 1)
keyed = sorted(items, key=lambda item: item[1])
f = lambda x: x if x else -x
