# __name__, __qualname__ and __doc__ of functions, lambdas, nested functions.
def top():
    """Top-level docstring."""
    def inner():
        "Inner doc."
        def deepest():
            pass
        return deepest
    return inner


def no_doc():
    x = "not a docstring"
    return x


def doc_not_first():
    x = 1
    "not a docstring either"
    return x


lam = lambda: 0
inner = top()
deepest = inner()
for f in [top, inner, deepest, lam, no_doc, doc_not_first]:
    print(repr(f.__name__), repr(f.__qualname__), repr(f.__doc__))


def make():
    return lambda y: y


print(make().__qualname__)


def with_comprehension():
    return [lambda: i for i in range(1)][0]


print(with_comprehension().__qualname__)


def multi():
    """First line.

    More lines.
    """


print(repr(multi.__doc__))
top.__doc__ = "changed"
print(top.__doc__)
top.__name__ = "renamed"
print(top.__name__, top.__qualname__)
print(top.__module__)
print(print.__name__, len.__name__)
