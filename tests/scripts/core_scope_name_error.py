# NameError messages for globals, builtins and deleted names.
try:
    print(undefined_variable_xyz)
except NameError as e:
    print("NameError:", e)
    print(e.args)


def uses_missing():
    return missing_global_qq + 1


try:
    uses_missing()
except NameError as e:
    print("NameError:", e)

temp = 5
del temp
try:
    temp
except NameError as e:
    print("NameError:", e)
try:
    del never_existed_zz
except NameError as e:
    print("NameError:", e)


def later():
    return defined_later


try:
    later()
except NameError as e:
    print("NameError:", e)
defined_later = "now defined"
print(later())
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
try:
    del len
except NameError as e:
    print("NameError:", e)


def local_del():
    q = 1
    del q
    try:
        del q
    except NameError as e:
        print(type(e).__name__ + ":", e)


local_del()
try:
    (lambda: nothing_here_aa)()
except NameError as e:
    print("NameError:", e)
print(type(NameError("x")).__name__, NameError("x").args)
