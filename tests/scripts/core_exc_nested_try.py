# Nested try statements: which handler catches, in which order things run.
def level(n, kind):
    try:
        try:
            print("  inner try", n)
            if kind == "value":
                raise ValueError(n)
            if kind == "key":
                raise KeyError(n)
            if kind == "zero":
                return 1 // 0
        except ValueError as e:
            print("  inner caught ValueError", e)
            return "inner"
        finally:
            print("  inner finally")
        print("  after inner try")
    except KeyError as e:
        print("  outer caught KeyError", e)
        return "outer"
    finally:
        print("  outer finally")
    return "fell through"


for kind in ["none", "value", "key"]:
    print(kind, "->", level(1, kind))
try:
    level(2, "zero")
except ZeroDivisionError as e:
    print("escaped:", e)


def handler_raises():
    try:
        try:
            raise ValueError("original")
        except ValueError:
            raise TypeError("from handler")
    except TypeError as e:
        return "outer got " + str(e) + " with context " + repr(e.__context__)


print(handler_raises())


def try_in_except():
    try:
        raise ValueError("a")
    except ValueError as outer:
        try:
            raise KeyError("b")
        except KeyError as inner:
            return repr(outer), repr(inner), repr(inner.__context__)


print(try_in_except())


def deep(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return deep(n - 1)
    finally:
        print("  unwinding", n)


try:
    deep(3)
except LookupError as e:
    print("caught", e)
