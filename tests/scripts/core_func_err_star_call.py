# Errors raised while unpacking *args and **kwargs at the call site.
def f(*args, **kwargs):
    return args, kwargs


def g(a, b):
    return a, b


try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    g(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    g(*[1])
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
print(f(*[], **{}))
print(g(*[1], **{"b": 2}))
