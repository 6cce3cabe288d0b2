# An uncaught exception with a cause prints both tracebacks.
def inner():
    return {}["missing"]

def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

print("start")
outer()
