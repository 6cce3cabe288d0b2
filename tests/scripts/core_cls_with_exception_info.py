# __exit__ receives the exception type, instance and a traceback object.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit", exc, tb)
        else:
            print("type:", exc_type.__name__)
            print("value:", repr(exc), isinstance(exc, exc_type))
            print("traceback present:", tb is not None)
            print("same as __traceback__:", tb is exc.__traceback__)
        return True


with Inspect():
    pass
with Inspect():
    raise KeyError("key")
with Inspect():
    {}["implicit"]
with Inspect():
    raise ValueError


class Recorder:
    def __init__(self):
        self.seen = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.seen.append(exc_type.__name__ if exc_type else None)
        return exc_type is not None and issubclass(exc_type, ArithmeticError)


rec = Recorder()
for divisor in [1, 0, 2]:
    with rec:
        print("10 /", divisor, "=", 10 / divisor)
print(rec.seen)
try:
    with rec:
        raise TypeError("not arithmetic")
except TypeError as e:
    print("propagated", e)
print(rec.seen)


class ChangeException:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError("translated") from exc
        return False


try:
    with ChangeException():
        raise KeyError("raw")
except LookupError as e:
    print(repr(e), "cause:", repr(e.__cause__))
