# and / or return one of their operands and skip the right side when possible.
def v(label, value):
    print("  eval", label)
    return value


print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print(repr("" or "default"), repr("x" or "default"))
print([] and [1], [0] and [1], None or 0, 0 or None)
print("r1:", v("a", 0) and v("b", 1))
print("r2:", v("a", 1) and v("b", 0))
print("r3:", v("a", 1) or v("b", 0))
print("r4:", v("a", 0) or v("b", 0))
print("r5:", v("a", 0) or v("b", 2) and v("c", 3))
print("r6:", v("a", 1) and v("b", 0) or v("c", "c"))
print("r7:", not v("a", []) and v("b", "yes"))
print(not 0, not 1, not "", not "a", not None)
print(0 or 0.0 or "" or [] or {} or "last")
print(1 and 1.5 and "s" and [0] and "end")
x = None
name = x or "anonymous"
print(name)
d = {}
value = d and d["missing"]
print(repr(value))
items = [1, 2, 3]
print(items and items[0], [] and [][0])


def safe_div(a, b):
    return b != 0 and a / b


print(safe_div(6, 3), safe_div(1, 0))
count = 0


def inc():
    global count
    count += 1
    return True


if False and inc():
    pass
if True or inc():
    pass
print("count", count)
print(True and inc() and count)
print(None is None and "ok")
print((1, 2) and (), () or (3,))
