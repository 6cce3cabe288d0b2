# Reading globals and builtins stays right as they are stored, deleted,
# shadowed and restored, at module level and inside functions.
def read():
    return x, len("ab")

x = 1
print(read())
for i in range(3):
    x = i * 10
    print(read(), x)
def len(s):
    return "shadowed " + s
print(read())
del len
print(read())
del x
try:
    read()
except NameError as e:
    print(e)
x = "back"
print(read())
g = globals()
g["x"] = "via globals()"
print(read())
for i in range(5):
    g["y%d" % i] = i
    print(x, i)
import builtins
builtins.extra = 42
def use_extra():
    return extra
print(use_extra())
builtins.extra = 43
print(use_extra())
del builtins.extra
try:
    use_extra()
except NameError as e:
    print(e)
