# An uncaught group with nested groups, notes, and a member raised while
# handling another exception.


def inner():
    try:
        raise KeyError("missing")
    except KeyError:
        raise TypeError("while handling")


def build():
    try:
        inner()
    except TypeError as e:
        e.add_note("note on the member")
        nested = ExceptionGroup("nested", [e, OSError(2, "No such file")])
    group = ExceptionGroup("top", [ValueError(1), nested])
    group.add_note("note on the group")
    return group


print("start")
raise build()
