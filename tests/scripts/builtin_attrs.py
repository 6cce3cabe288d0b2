# getattr/setattr/hasattr/delattr on instances, classes and built-ins.
class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(getattr(p, "x"), getattr(p, "kind"), getattr(p, "missing", "default"))
print(getattr(p, "norm1")(), getattr(Point, "kind"))
print(hasattr(p, "x"), hasattr(p, "z"), hasattr(p, "norm1"), hasattr(Point, "x"))
setattr(p, "z", 10)
print(p.z, hasattr(p, "z"))
setattr(p, "x", "changed")
print(p.x)
delattr(p, "z")
print(hasattr(p, "z"), getattr(p, "z", None))
setattr(Point, "kind", "vector")
print(p.kind, Point.kind)
print(getattr(1, "real"), getattr("abc", "upper")(), hasattr([], "append"))
print(hasattr(None, "x"), getattr(None, "x", 0))


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)


d = Dynamic()
print(getattr(d, "auto_hello"), hasattr(d, "auto_x"), hasattr(d, "nope"))
print(getattr(d, "nope", "fallback"))


class Prop:
    @property
    def broken(self):
        raise ValueError("property failed")


try:
    hasattr(Prop(), "broken")
except ValueError as e:
    print("hasattr propagates:", e)
try:
    getattr(Prop(), "broken", None)
except ValueError as e:
    print("getattr default does not hide:", e)
