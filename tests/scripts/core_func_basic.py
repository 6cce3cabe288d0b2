# Plain function definitions, calls, return values and the implicit None.
def add(a, b):
    return a + b


def greet(name, greeting):
    return greeting + ", " + name + "!"


def nothing():
    pass


def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return
    return "positive"


def side_effect(log, value):
    log.append(value)


print(add(1, 2))
print(add(b=10, a=5))
print(add(1.5, b=2.5))
print(greet("world", "Hello"))
print(greet(greeting="Hi", name="Eddy"))
print(nothing())
print(nothing() is None)
print(early(-3), early(0), early(7))
log = []
print(side_effect(log, 1), side_effect(log, 2))
print(log)
r = add
print(r(3, 4))
print(add(add(1, 2), add(3, 4)))


def no_return_value():
    x = 1
    return


print(no_return_value())


def returns_function():
    return add


print(returns_function()(20, 22))
print(type(add).__name__)
print(callable(add), callable(3))
