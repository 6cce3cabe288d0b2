# getattr/setattr/hasattr/delattr: argument errors and AttributeError.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Obj:
    pass


o = Obj()
attempt(lambda: getattr(o, "missing"))
attempt(lambda: getattr(1, "x"))
attempt(lambda: getattr(o, 1))
attempt(lambda: getattr(o))
attempt(lambda: getattr(o, "a", 1, 2))
attempt(lambda: getattr(o, "a", default=1))
attempt(lambda: hasattr(o))
attempt(lambda: hasattr(o, 2))
attempt(lambda: hasattr(o, "x", 3))
attempt(lambda: setattr(o, "x"))
attempt(lambda: setattr(o, 1, 2))
attempt(lambda: setattr(1, "x", 2))
attempt(lambda: delattr(o, "missing"))
attempt(lambda: delattr(o))
attempt(lambda: delattr(o, None))
attempt(lambda: delattr(1, "real"))
