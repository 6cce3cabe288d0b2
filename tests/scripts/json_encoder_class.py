# JSONEncoder and its subclasses: default(), encode(), iterencode(),
# options as attributes, dumps(cls=...).
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Color:
    def __init__(self, name):
        self.name = name


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


enc = PointEncoder()
print(enc.encode([Point(1, 2), {"s": {3, 1, 2}}]))
print(''.join(enc.iterencode({"p": Point(0, -1)})))
print("".join(enc.iterencode("just a string")))
try:
    enc.encode([Color("red")])
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"p": Point(5, 6)}, cls=PointEncoder))
print(json.dumps({"p": Point(5, 6), "q": [Point(7, 8)]}, cls=PointEncoder, indent=2, sort_keys=True))
# default= given to the class replaces the method.
print(json.dumps([Color("blue")], cls=PointEncoder, default=lambda o: o.name))


class Fancy(json.JSONEncoder):
    item_separator = ' | '
    key_separator = ' = '


print(Fancy().encode({"a": [1, 2], "b": None}))
print(Fancy(separators=(',', ':')).encode({"a": [1, 2]}))
print(repr(Fancy(indent=1).encode([1, 2])))


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"word": "quiet"}, cls=Upper))


class Tagged(json.JSONEncoder):
    def __init__(self, *, tag='T', **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return [self.tag, type(o).__name__]


print(json.dumps([Color("x"), 1], cls=Tagged, tag='obj'))
print(json.dumps([Color("x")], cls=Tagged, sort_keys=True, indent=1))

# Options are plain attributes.
e = json.JSONEncoder(sort_keys=True, indent=3, skipkeys=True, allow_nan=False,
                     ensure_ascii=False, check_circular=False)
print(e.sort_keys, e.indent, e.skipkeys, e.allow_nan, e.ensure_ascii,
      e.check_circular, repr(e.item_separator), repr(e.key_separator))
d = json.JSONEncoder()
print(repr(d.item_separator), repr(d.key_separator), d.indent, d.sort_keys)
print(d.encode("é"), json.JSONEncoder(ensure_ascii=False).encode("é"))
print(d.encode({"k": [1.5, float("inf")]}))
chunks = list(d.iterencode({"a": [1, 2, 3], "b": "c"}))
print(''.join(chunks), all(isinstance(c, str) for c in chunks))
try:
    ''.join(json.JSONEncoder(allow_nan=False).iterencode([float("nan")]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.JSONEncoder(allow_nan=False).encode([float("nan")])
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.JSONEncoder().default(Point(0, 0))
except TypeError as e:
    print(type(e).__name__, e)


# A JSONDecoder subclass next to it.
class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.to_point, **kw)

    def to_point(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d


text = json.dumps({"a": Point(1, 2), "b": [Point(3, 4)], "c": 5}, cls=PointEncoder)
back = json.loads(text, cls=PointDecoder)
print(text)
print(type(back["a"]).__name__, back["a"].x, back["b"][0].y, back["c"])
