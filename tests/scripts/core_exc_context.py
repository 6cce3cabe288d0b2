# Implicit chaining: an exception raised while handling another gets __context__.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))


def three_deep():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise IndexError("c")


try:
    three_deep()
except IndexError as e:
    link = e
    while link is not None:
        print("context chain:", repr(link))
        link = link.__context__
try:
    raise ValueError("no handler active")
except ValueError as e:
    print("no context:", e.__context__)
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise TypeError("after handler finished")
except TypeError as e:
    print("context after handled:", e.__context__)
try:
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print("finally context:", repr(e.__context__))
err = KeyError("reuse")
try:
    try:
        raise err
    except KeyError:
        raise err
except KeyError as e:
    print("self context avoided:", e.__context__)
