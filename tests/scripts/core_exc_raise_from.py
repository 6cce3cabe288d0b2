# raise X from Y sets __cause__ and __suppress_context__.
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("conversion failed") from e


try:
    convert("abc")
except TypeError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)
    print("cause is context:", e.__cause__ is e.__context__)
try:
    raise RuntimeError("outside handler") from KeyError("k")
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("from class") from ValueError
except RuntimeError as e:
    print("cause from class:", repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
fresh = ValueError("fresh")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__)


def chain_three():
    try:
        try:
            raise KeyError("one")
        except KeyError as a:
            raise ValueError("two") from a
    except ValueError as b:
        raise TypeError("three") from b


try:
    chain_three()
except TypeError as e:
    link = e
    while link is not None:
        print("chain:", type(link).__name__, link)
        link = link.__cause__
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
