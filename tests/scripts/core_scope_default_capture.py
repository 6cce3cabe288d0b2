# Default arguments capture values at definition; closures capture variables.
handlers = {}
for key in ["a", "b", "c"]:
    def handler(k=key):
        return "handled " + k
    handlers[key] = handler
print([handlers[k]() for k in "abc"])
late = {}
for key in ["a", "b", "c"]:
    def handler():
        return "handled " + key
    late[key] = handler
print([late[k]() for k in "abc"])


def make(n):
    def with_default(x=n * 2):
        return x
    return with_default


f = make(5)
print(f(), f(0))
value = 1


def snapshot(v=value):
    return v


def live():
    return value


value = 2
print(snapshot(), live())
items = [1]


def alias_default(lst=items):
    lst.append(len(lst) + 1)
    return lst


items.append(99)
print(alias_default())
print(items)
items = []
print(alias_default())
counter = [0]


def bump(c=counter):
    c[0] += 1
    return c[0]


print(bump(), bump(), counter)
