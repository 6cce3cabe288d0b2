# CPython's messages for attribute access on built-in objects.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def set_int(): (1).x = 2
def set_append(): [].append = 1
def set_list(): [].x = 1
def set_type(): int.x = 1
def del_type(): del int.x
def get_none(): None.x
def get_type(): int.nope
def get_str(): "a".nope
def get_func(): (lambda: 0).nope
def del_func(): del (lambda: 0).nope
def get_builtin(): len.nope
def set_builtin(): len.x = 1
def set_object(): object().x = 1
attempt("set_int", set_int)
attempt("set_append", set_append)
attempt("set_list", set_list)
attempt("set_type", set_type)
attempt("del_type", del_type)
attempt("get_none", get_none)
attempt("get_type", get_type)
attempt("get_str", get_str)
attempt("get_func", get_func)
attempt("del_func", del_func)
attempt("get_builtin", get_builtin)
attempt("set_builtin", set_builtin)
attempt("set_object", set_object)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(None, ..., NotImplemented, Ellipsis)
print(int.__name__, int.__qualname__, int.__module__, bool.__mro__, bool.__bases__)
print((5).__class__, "x".__class__.__name__, type(type), type(len))
print(list.append, len, print.__name__, [].append.__name__, list.append.__qualname__)
