# Parameter lists: positional-only, defaults, *args, keyword-only, **kwargs.
def f1(a, b, /, c, d=1, *args, e, f=2, **kwargs): pass
def f2(a, /): pass
def f3(a=1, /, b=2): pass
def f4(a, /, *, b): pass
def f5(*, a, b=1, c): pass
def f6(*args): pass
def f7(**kwargs): pass
def f8(*args, **kwargs): pass
def f9(a, b=1, *args, c=2, d, **kw): pass
def f10(a,): pass
def f11(a, b,): pass
def f12(*, a,): pass
def f13(a: int = 1, *b: str, c: bool = True, **d: float) -> None: pass
def f14(a, b=2, /, c=3): pass
def f15(
    a,
    b=1,
    *,
    c,
): pass
