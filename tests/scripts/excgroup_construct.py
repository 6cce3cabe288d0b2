# BaseExceptionGroup and ExceptionGroup: construction, its errors, the
# class chosen, str, repr, message, exceptions and the class hierarchy.


def attempt(make):
    try:
        g = make()
    except Exception as e:
        print("error:", type(e).__name__, e)
    else:
        print(type(g).__name__, repr(g), "|", str(g))


attempt(lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: BaseExceptionGroup("m", [ValueError(1), SystemExit(2)]))
attempt(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup("m", ()))
attempt(lambda: ExceptionGroup("m", None))
attempt(lambda: ExceptionGroup("m", 5))
attempt(lambda: ExceptionGroup("m", {ValueError()}))
attempt(lambda: ExceptionGroup("m", iter([ValueError(1)])))
attempt(lambda: ExceptionGroup("m", [1]))
attempt(lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt(lambda: ExceptionGroup("m", [ValueError]))
attempt(lambda: ExceptionGroup("m", "ab"))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("m", [ValueError()], 3))
attempt(lambda: ExceptionGroup("m", excs=[ValueError()]))
attempt(lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt(lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
attempt(lambda: ExceptionGroup("", [ValueError(1), TypeError(2)]))
attempt(lambda: ExceptionGroup("nest", [ValueError(1),
                                        ExceptionGroup("n", [TypeError(2)])]))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, len(eg.exceptions))

# args keeps the sequence as it was passed; exceptions is a tuple copy.
items = [ValueError(1)]
eg = ExceptionGroup("m", items)
items.append(TypeError(2))
print(eg.exceptions, eg.args)
eg.args = ("x", "y")
print(repr(eg), "|", str(eg), "|", eg.message)
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, "new")
    except AttributeError as e:
        print(name, "AttributeError", e)

print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print([c.__name__ for c in ExceptionGroup.__bases__])
print(issubclass(ExceptionGroup, Exception),
      issubclass(BaseExceptionGroup, Exception),
      issubclass(ExceptionGroup, BaseExceptionGroup))
print(isinstance(BaseExceptionGroup("m", [ValueError()]), Exception))
print(isinstance(BaseExceptionGroup("m", [GeneratorExit()]), Exception))

# Catching a group with a plain except.
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except Exception as e:
    print("caught", type(e).__name__, e)
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("not here")
except BaseException as e:
    print("caught", type(e).__name__, e)
