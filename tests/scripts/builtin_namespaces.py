# globals(), locals(), vars() and dir().
counter = 1
g = globals()
print(g["counter"], "counter" in g, g is globals())
g["made_here"] = "via globals()"
print(made_here)
print(locals() is globals())


def f(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc.items()))
    loc["c"] = 100
    print(c)
    print(sorted(vars()), "counter" in globals())


f(1)


def closure():
    x = 1

    def inner():
        return x

    print(sorted(locals()))
    return inner


closure()


class Obj:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2

    def method(self):
        pass


o = Obj()
print(vars(o), vars(o) is o.__dict__)
names = dir(o)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "method" in names, names == sorted(names))
print([n for n in dir(Obj) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""), "real" in dir(1))


def scope():
    z = 1
    y = 2
    return dir()


print(scope())


def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: vars(1))
attempt(lambda: vars(1, 2))
attempt(lambda: dir(1, 2))
attempt(lambda: globals(1))
attempt(lambda: locals(1))
