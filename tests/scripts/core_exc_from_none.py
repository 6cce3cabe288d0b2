# raise ... from None suppresses the displayed context but keeps __context__.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError("no such key: " + str(key)) from None


try:
    lookup({}, "k")
except ValueError as e:
    print(e)
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
try:
    raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
e = ValueError("v")
print(e.__suppress_context__)
e.__cause__ = None
print(e.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError as inner:
        raise ValueError(2) from inner
except ValueError as outer:
    print(outer.__suppress_context__, repr(outer.__cause__))


def reraise_from_none_then_chain():
    try:
        try:
            raise OSError("low")
        except OSError:
            raise RuntimeError("mid") from None
    except RuntimeError:
        raise LookupError("high")


try:
    reraise_from_none_then_chain()
except LookupError as e:
    print(repr(e.__context__), e.__context__.__suppress_context__)
    print(repr(e.__context__.__context__))
