# The colon after a function header is missing.
def f(x) -> int
    return x
