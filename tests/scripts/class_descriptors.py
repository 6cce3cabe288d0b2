# Descriptors written as classes: __get__, __set__, __delete__,
# __set_name__ is not needed here; data descriptors win over the
# instance dict, non-data ones lose to it.
class Typed:
    def __init__(self, name, kind):
        self.name = "_" + name
        self.kind = kind
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return "Lazy on " + owner.__name__
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class Point:
    x = Typed("x", int)
    y = Typed("y", int)
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @Lazy
    def norm2(self):
        print("computing")
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
print(p.x, p.y, p.norm2, p.norm2, Point.norm2, type(Point.x).__name__)
p.__dict__["x"] = 99
print(p.x)
try:
    p.y = "no"
except TypeError as e:
    print(e)
del p.x
print(p.x)

class Constant:
    def __get__(self, obj, owner):
        return 42
class Holder:
    c = Constant()
h = Holder()
print(h.c, Holder.c)
h.c = 7
print(h.c, Holder.c)

class ReadOnly:
    def __get__(self, obj, owner):
        return "ro"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class R:
    a = ReadOnly()
r = R()
try:
    r.a = 1
except AttributeError as e:
    print(e, r.a)

class Base:
    t = Typed("t", str)
class Sub(Base):
    def show(self):
        return super().t
s = Sub()
s.t = "hello"
print(s.t, s.show())
