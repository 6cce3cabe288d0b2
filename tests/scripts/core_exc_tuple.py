# except with a tuple of types, and the order in which handlers are tried.
def fail(kind):
    if kind == 0:
        raise ValueError("v")
    if kind == 1:
        raise TypeError("t")
    if kind == 2:
        raise KeyError("k")
    if kind == 3:
        raise ZeroDivisionError("z")
    return "ok"


for kind in range(5):
    try:
        print(fail(kind))
    except (ValueError, TypeError) as e:
        print("tuple 1 caught", type(e).__name__)
    except (LookupError, ArithmeticError) as e:
        print("tuple 2 caught", type(e).__name__)
handlers = (KeyError, IndexError)
try:
    [][1]
except handlers as e:
    print("tuple from variable:", e)
try:
    raise ValueError("empty tuple")
except ():
    print("never")
except ValueError as e:
    print("empty tuple matches nothing:", e)
try:
    raise KeyError("first match wins")
except LookupError:
    print("LookupError handler first")
except KeyError:
    print("never reached")
try:
    try:
        raise ValueError("bad spec")
    except 42:
        print("never")
except TypeError as e:
    print("TypeError:", e)
try:
    raise IndexError("exc")
except (Exception,):
    print("single-element tuple")
try:
    raise SystemExit(5)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("BaseException caught SystemExit", e.code)
