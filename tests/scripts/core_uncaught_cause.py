# An uncaught exception raised with 'from': the last line is the outer one.
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError("cannot load " + name) from e


print(load("a"))
print(load("b"))
