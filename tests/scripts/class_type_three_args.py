# type(name, bases, dict) makes a class as a class statement would.
def hello(self):
    return "hello from " + type(self).__name__
Base = type("Base", (), {"greet": hello, "x": 1})
Child = type("Child", (Base,), {"x": 2, "__doc__": "A child."})
c = Child()
print(Base, Child, Child.__mro__, Child.__doc__, Child.__module__)
print(c.greet(), c.x, Base.x, isinstance(c, Base), Child.__name__, Child.__qualname__)
Point = type("Point", (tuple,), {"__slots__": (), "x": property(lambda self: self[0])})
p = Point((3, 4))
print(p, p.x, type(p).__name__)
for args in [(1, (), {}), ("A", [], {}), ("A", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
try:
    type("A", (), {}, 1)
except TypeError as e:
    print(e)
