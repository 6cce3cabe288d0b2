# add_note and __notes__ on every exception, and their errors.
e = ValueError("v")
print(hasattr(e, "__notes__"), e.__dict__)
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, e.__dict__)
for bad in (1, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError", err)
try:
    e.add_note(note="x")
except TypeError as err:
    print("TypeError", err)
e.__notes__ = 5
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError", err)
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError", err)
del e.__notes__
e.add_note("again")
print(e.__notes__)


class Custom(Exception):
    pass


c = Custom()
c.add_note("custom note")
print(c.__notes__)
g = ExceptionGroup("g", [c])
g.add_note("group note")
print(g.__notes__, g.exceptions[0].__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
