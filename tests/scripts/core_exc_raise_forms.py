# Forms of raise: class, instance, non-exceptions, and exceptions as values.
try:
    raise ValueError
except ValueError as e:
    print("class:", repr(e), e.args)
try:
    raise ValueError("instance")
except ValueError as e:
    print("instance:", repr(e))
for bad in [42, "text", None, [ValueError], int]:
    try:
        raise bad
    except TypeError as e:
        print("raise", repr(bad), "->", e)
kind = KeyError
try:
    raise kind("from variable")
except KeyError as e:
    print("variable:", repr(e))


def factory(n):
    return [ValueError, TypeError, IndexError][n]("made " + str(n))


for n in range(3):
    try:
        raise factory(n)
    except Exception as e:
        print("factory:", repr(e))
saved = []
for n in range(2):
    try:
        raise RuntimeError(n)
    except RuntimeError as e:
        saved.append(e)
print(saved, [type(s).__name__ for s in saved])
try:
    raise saved[0]
except RuntimeError as e:
    print("raised stored instance again:", e is saved[0])
exc = LookupError("with args", 2)
print(exc.args, str(exc))
try:
    raise Exception("a", "b", "c")
except Exception as e:
    print(str(e), e.args[1])
e = ValueError("keep")
print(isinstance(e, BaseException), type(e) is ValueError)
try:
    raise (TypeError if len(saved) > 5 else ValueError)("chosen")
except (TypeError, ValueError) as e:
    print("conditional class:", repr(e))
