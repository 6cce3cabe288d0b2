# Local and global names shadow builtins; removing them reveals the builtin again.
print(max(3, 9))


def local_max():
    max = lambda *a: "local max"
    return max(1, 2)


print(local_max(), max(1, 2))
max = "global max"
print(max)


def sees_global():
    return max


print(sees_global())
del max
print(max(4, 2))


def param_named_list(list):
    return list * 2


print(param_named_list(3), list("ab"))


def shadow_print():
    print = None
    return print


print(shadow_print())
str = int
print(str("42") + 1)
del str
print(str(42) + "1")


def uses_range():
    return [i for i in range(3)]


range_saved = range


def fake_range(n):
    return [n] * 2


range = fake_range
print(uses_range())
del range
print(uses_range())
True_ = True
print(True_ and not False)
print(range_saved is range)
