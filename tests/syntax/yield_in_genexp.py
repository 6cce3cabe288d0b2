# yield inside a generator expression.
def f():
    return ((yield x) for x in y)
