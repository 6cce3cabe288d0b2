# Subclasses of dict: __missing__, overridden methods, constructors.
class Default(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value
d = Default(a=1)
print(d["a"], d["abc"], d, "zz" in d, d.get("zz"))
class Counter(dict):
    def add(self, key):
        self[key] = self.get(key, 0) + 1
c = Counter()
for ch in "hello":
    c.add(ch)
print(c, type(c).__name__, isinstance(c, dict), len(c))
class Loud(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 2)
l = Loud()
l["x"] = 1
print(l, dict.fromkeys("ab", 0), type(Loud.fromkeys("ab", 1)).__name__)
print(type(d.copy()).__name__, d == {"a": 1, "abc": 3})
class Plain(dict):
    pass
p = Plain([(1, 2)], y=3)
print(p, p[1])
try:
    p[5]
except KeyError as e:
    print("KeyError:", e)
