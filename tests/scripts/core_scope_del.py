# del of local and global names, and of several targets at once.
g1 = 1
g2 = 2


def del_locals():
    a = 1
    b = 2
    c = 3
    del a
    del b, c
    results = []
    for name_getter in (lambda: a, lambda: b):
        try:
            results.append(name_getter())
        except NameError as e:
            results.append(type(e).__name__)
    return results


print(del_locals())


def del_then_reassign():
    v = "first"
    del v
    v = "second"
    return v


print(del_then_reassign())
del g1
try:
    print(g1)
except NameError as e:
    print("NameError:", e)
print(g2)
g1 = "back"
print(g1)


def del_global():
    global g2
    del g2


del_global()
try:
    print(g2)
except NameError as e:
    print("NameError:", e)
x, y, z = 1, 2, 3
del x, y
print(z, "x" in globals(), "y" in globals())
items = [0, 1, 2, 3, 4]
d = {"a": 1, "b": 2}
del items[1], d["a"]
print(items, d)
del items[::2]
print(items)


def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * i
        out.append(tmp)
        del tmp
    try:
        return tmp
    except UnboundLocalError as e:
        return out, str(e)


print(del_in_loop())


def del_param(p):
    del p
    p = "rebound"
    return p


print(del_param(5))
