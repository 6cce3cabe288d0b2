# global: reading, rebinding and creating module-level names from functions.
counter = 0
name = "module"


def read():
    return counter, name


def write():
    global counter
    counter += 1
    return counter


def create():
    global brand_new
    brand_new = "created in function"


def local_shadow():
    name = "local"
    return name


def global_in_nested():
    def inner():
        global counter
        counter = 1000
    inner()
    return counter


print(read())
print(write(), write(), counter)
try:
    print(brand_new)
except NameError as e:
    print("NameError:", e)
create()
print(brand_new)
print(local_shadow(), name)
print(global_in_nested(), counter)


def multi():
    global a, b
    a, b = 1, 2


multi()
print(a, b)


def global_loop():
    global idx
    for idx in range(3):
        pass


global_loop()
print(idx)


def global_del():
    global brand_new
    del brand_new


global_del()
try:
    brand_new
except NameError as e:
    print("NameError:", e)
print("counter" in globals(), "brand_new" in globals())


def mutate_without_global():
    registry.append("x")


registry = []
mutate_without_global()
print(registry)
