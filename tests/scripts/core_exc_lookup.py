# IndexError and KeyError messages; KeyError shows the repr of the key.
def attempt(label, fn):
    try:
        print(label, fn())
    except IndexError as e:
        print(label, "IndexError:", e)
    except KeyError as e:
        print(label, "KeyError:", e, "args:", e.args)


lst = [1, 2, 3]
attempt("lst[3]", lambda: lst[3])
attempt("lst[-4]", lambda: lst[-4])
attempt("lst[-3]", lambda: lst[-3])
attempt("[][0]", lambda: [][0])
attempt("'abc'[10]", lambda: "abc"[10])
attempt("(1,)[1]", lambda: (1,)[1])
attempt("range(3)[3]", lambda: range(3)[3])
attempt("[].pop()", lambda: [].pop())
attempt("lst.pop(10)", lambda: lst.pop(10))
d = {"a": 1, 2: "two", (1, 2): "tuple"}
attempt("d['b']", lambda: d["b"])
attempt("d[3]", lambda: d[3])
attempt("d[(1, 3)]", lambda: d[(1, 3)])
attempt("d['']", lambda: d[""])
attempt("d[None]", lambda: d[None])
attempt("d[2.5]", lambda: d[2.5])
attempt("d['quote\\'s']", lambda: d["quote's"])
attempt("{}.pop('x')", lambda: {}.pop("x"))
attempt("set().pop()", lambda: set().pop())
attempt("{1}.remove(2)", lambda: {1}.remove(2))
attempt("d[2]", lambda: d[2])


def set_item():
    lst[5] = 0


attempt("lst[5] = 0", set_item)


def del_item():
    del lst[7]


attempt("del lst[7]", del_item)


def del_key():
    del d["zz"]


attempt("del d['zz']", del_key)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
