# __exit__ returning a true value suppresses the exception; false lets it through.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: no exception")
            return False
        handled = issubclass(exc_type, self.types)
        print("  exit:", exc_type.__name__, repr(exc), "suppressed" if handled else "propagated")
        return handled


with Suppress(ValueError):
    print("body 1")
with Suppress(ValueError):
    raise ValueError("swallowed")
print("continues after suppressed ValueError")
try:
    with Suppress(ValueError):
        raise KeyError("not swallowed")
except KeyError as e:
    print("caught outside:", repr(e))
with Suppress(LookupError, ZeroDivisionError):
    1 / 0
with Suppress(LookupError):
    [][0]
    print("never printed")


class TruthyExit:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return "non-empty string is true"


with TruthyExit():
    raise RuntimeError("suppressed by truthy return")
print("truthy return suppressed it")


def suppressed_in_function():
    with Suppress(TypeError):
        None + 1
        return "not here"
    return "after suppressed block"


print(suppressed_in_function())


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise IndexError("from __exit__")


try:
    with ExitRaises():
        raise ValueError("original")
except IndexError as e:
    print("exit's exception wins:", e, "context:", repr(e.__context__))
