# return and raise in their forms.
def f(x):
    if x == 0:
        return
    if x == 1:
        return x
    if x == 2:
        return x, x
    if x == 3:
        return *x, 1
    raise
    raise ValueError
    raise ValueError("bad")
    raise ValueError("bad") from None
    raise RuntimeError() from exc
