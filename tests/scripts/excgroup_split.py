# split and subgroup: by type, by tuple of types and by predicate, on
# nested groups; the parts keep the original's traceback, cause,
# context and a copy of its notes.


def show(label, g):
    if g is None:
        print(label, None)
    else:
        print(label, type(g).__name__, repr(g))


eg = ExceptionGroup("eg", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("nested", [ValueError(3), KeyError(4)]),
])

match, rest = eg.split(ValueError)
show("match", match)
show("rest", rest)
match, rest = eg.split((ValueError, KeyError))
show("match", match)
show("rest", rest)
match, rest = eg.split(lambda e: isinstance(e, TypeError))
show("match", match)
show("rest", rest)

# Everything or nothing: the group itself comes back.
match, rest = eg.split(Exception)
print(match is eg, rest)
match, rest = eg.split(OSError)
print(match, rest is eg)
print(eg.split(ExceptionGroup)[0] is eg)

show("subgroup", eg.subgroup(ValueError))
print(eg.subgroup(Exception) is eg)
print(eg.subgroup(OSError))
show("nested only", eg.subgroup(
    lambda e: isinstance(e, ExceptionGroup) and e.message == "nested"))

# The predicate sees the group first, then each member in order.
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

# Base exceptions: each part gets the class its members call for.
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(5)])
match, rest = beg.split(ValueError)
show("match", match)
show("rest", rest)

# Bad conditions.
for bad in (1, "x", (ValueError, 1), int, (int,), None, [ValueError]):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "->", e)
for call in (lambda: eg.split(), lambda: eg.split(ValueError, TypeError),
             lambda: eg.subgroup(), lambda: eg.split(ValueError, x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    eg.split(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("predicate raised", e)

# Metadata of the parts.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    caught = e
caught.add_note("a note")
match, rest = caught.split(ValueError)
for part in (match, rest):
    print(repr(part), repr(part.__cause__), repr(part.__context__),
          part.__suppress_context__, part.__notes__,
          part.__notes__ is caught.__notes__,
          part.__traceback__ is not None)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
match, rest = plain.split(ValueError)
print(match.__cause__, match.__context__, match.__suppress_context__,
      match.__traceback__, hasattr(match, "__notes__"))
plain.__notes__ = ("tuple", "notes")
print(plain.split(ValueError)[0].__notes__)
plain.__notes__ = 42
print(hasattr(plain.split(ValueError)[0], "__notes__"))
