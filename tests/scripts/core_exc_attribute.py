# AttributeError messages on built-in objects, modules of names, and functions.
def attempt(label, fn):
    try:
        print(label, fn())
    except AttributeError as e:
        print(label, "AttributeError:", e)


n = 5
attempt("n.foo", lambda: n.foo)
attempt("'s'.nope", lambda: "s".nope)
attempt("[].push", lambda: [].push)
attempt("{}.append", lambda: {}.append)
attempt("None.x", lambda: None.x)
attempt("(1,).append", lambda: (1,).append)
attempt("1.5.real", lambda: 1.5.real)
attempt("True.denominator", lambda: True.denominator)


def f():
    pass


attempt("f.missing", lambda: f.missing)
f.custom = "set on function"
attempt("f.custom", lambda: f.custom)
attempt("print.missing", lambda: print.missing)
attempt("len.__name__", lambda: len.__name__)


def set_on_int():
    n.attr = 1


def set_on_list():
    [].attr = 1


def del_missing():
    del f.not_there


for fn in [set_on_int, set_on_list, del_missing]:
    try:
        fn()
    except AttributeError as e:
        print(fn.__name__, "AttributeError:", e)
print(getattr(n, "foo", "default"), hasattr(n, "foo"), hasattr(n, "real"))
try:
    getattr(n, "foo")
except AttributeError as e:
    print("getattr AttributeError:", e)
e = AttributeError("custom message")
print(e.args, str(e))
