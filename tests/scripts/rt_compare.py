# Equality, ordering and hashing across built-in types.
print(1 == 1.0, True == 1, 0 == False, 1 == "1", None == 0, None == None)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0.5), hash((1, 2)))
print((1, 2) < (1, 3), [1, 2] <= [1, 2], "abc" < "abd", b"a" < b"b", {1} < {1, 2})
print([1, 2.0] == [1.0, 2], (1,) == [1], {1: 2} == {1: 2.0})
for a, b in [(1, "a"), ([], 1), ((), []), (None, None), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
for v in [[], {}, set(), [1]]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
for f in [lambda: len(5), lambda: iter(5), lambda: next(5), lambda: 5 in 5, lambda: 5[0]]:
    try:
        f()
    except TypeError as e:
        print(e)
def setitem():
    x = 5
    x[0] = 1
def delitem():
    t = (1,)
    del t[0]
def delstr():
    s = "a"
    del s["k"]
for f in [setitem, delitem, delstr]:
    try:
        f()
    except TypeError as e:
        print(e)
print(bool(0.0), bool(""), bool([0]), bool(None), bool(range(0)))
