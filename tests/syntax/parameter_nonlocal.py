# A parameter declared nonlocal.
def f(x):
    def g(x):
        nonlocal x
