# Every dict method, with its errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0))
print(d.setdefault("x", 5), d.setdefault("w", []), d.setdefault("v"), d)
d["w"].append(1)
print(d)
print(d.pop("v"), d.pop("nope", "dflt"), d)
show(lambda: d.pop("nope"))
print(d.popitem(), d)
show(lambda: {}.popitem())
d.update({"a": 1}, b=2)
d.update([("c", 3)])
d.update(e=5)
d.update()
print(d)
show(lambda: d.update(1))
show(lambda: d.update([1]))
show(lambda: d.update({}, {}))
c = d.copy()
c["new"] = 0
print(d, c)
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys((3,), "v"))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.setdefault())
show(lambda: d.pop())
show(lambda: d.keys(1))
show(lambda: d.clear(1))
show(lambda: d.get(1, x=2))
show(lambda: dict.get(1, 2))
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
e = {"a": 1}
f = e
f |= {"b": 2}
f |= [("c", 3)]
print(e, f is e)
show(lambda: {} | [(1, 2)])
show(lambda: {} | 1)
def ior(x, y):
    x |= y
    return x
show(lambda: ior({}, 1))
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print(dict(Mapping()), {}.update(Mapping()))
g = {}
g.update(Mapping())
print(g)
print(reversed({1: 2, 3: 4}).__class__.__name__, list(reversed({1: 2, 3: 4})))
