# A function name must be followed by '('.
def f x:
    pass
