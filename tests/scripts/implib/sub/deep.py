from .. import value
def f(): return "deep%d" % value
