# Attributes of functions, methods and code.
def f(a, b=2, *, c=3):
    "doc of f"
    x = a
    def g():
        return x
    return g

g = f(1)
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
print(g.__name__, g.__qualname__, g.__doc__, g.__defaults__)
print(type(f).__name__, type(g.__closure__[0]).__name__, g.__closure__[0].cell_contents)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
f.tag = "t"
print(f.tag, f.__dict__)
del f.tag
print(f.__dict__)
try:
    del f.tag
except AttributeError as e:
    print(e)
try:
    f.__defaults__ = 1
except TypeError as e:
    print(e)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
f.__defaults__ = (10,)
print(f.__defaults__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
print(repr(len), repr(sorted))
print(hash(len) == hash(len), len == len, [].append == [].append)
