# help(f) on functions written in a script: the signature with defaults,
# positional-only, *args, keyword-only and **kwargs, then the docstring
# cleaned and indented by four spaces.
def f(a, b=1, *args, c, d='x', **kw):
    """Doc of f.

    More lines here.
      indented line
    """
    return a


def g():
    pass


def posonly(x, y=2, /, z=None, *, flag=False):
    "One line."


def only_kw(*, key, default=(1, 2)):
    """
    Starts on the second line.
    """


def star_only(*items):
    pass


async def co(x, y=None):
    "An async one."


async def agen(n):
    yield n


lam = lambda x, y=2: x


def outer():
    def inner(x):
        "Nested."
    return inner


help(f)
help(g)
help(posonly)
help(only_kw)
help(star_only)
help(co)
help(agen)
help(lam)
help(outer())
print(help(g) is None)
