# __set_name__ is called for descriptors when their class is created;
# __getattr__ serves missing attributes.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Record:
    first = Field()
    last = Field()
    def __getattr__(self, name):
        return "missing " + name

r = Record()
r.first = "Ada"
print(r.first, r.last, r.other, Record.first.private)
Made = type("Made", (), {"f": Field()})
m = Made()
m.f = 1
print(m.f, m._f)
