# json.dumps errors: unserializable values and keys, circular references,
# out-of-range floats, default=.
import json


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


show(lambda: json.dumps(Point(1, 2)))
show(lambda: json.dumps({1, 2}))
show(lambda: json.dumps(b"bytes"))
show(lambda: json.dumps([1, 2, object()]))
show(lambda: json.dumps({"a": Point(1, 2)}, indent=2))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({(1, 2): 3}, indent=2))
show(lambda: json.dumps({b"k": 3}))
show(lambda: json.dumps({Point(0, 0): 3}))
show(lambda: json.dumps({(1, 2): 3, b"x": 4, "ok": 5}, skipkeys=True))

# Circular references.
a = []
a.append(a)
show(lambda: json.dumps(a))
show(lambda: json.dumps(a, indent=2))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps({"outer": [d]}, indent=1))
# The same object twice (but not inside itself) is fine.
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
print(json.dumps([shared, shared], check_circular=False))


# default() that hands back the object itself is circular too.
show(lambda: json.dumps(Point(1, 2), default=lambda o: o))
show(lambda: json.dumps([Point(1, 2)], default=lambda o: [o]))

# default= turns unknown objects into known ones.
print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], default=lambda o: o.__dict__))
print(json.dumps({1, 3, 2}, default=sorted))
print(json.dumps({"when": Point(5, 6)}, default=lambda o: [o.x, o.y], indent=2))


def strict_default(o):
    raise TypeError("cannot encode " + type(o).__name__)


show(lambda: json.dumps([1, Point(0, 0)], default=strict_default))


def wrong_default(o):
    raise ValueError("bad value")


show(lambda: json.dumps(Point(0, 0), default=wrong_default))

# Out-of-range floats.
for value in [float("nan"), float("inf"), -float("inf")]:
    show(lambda: json.dumps(value, allow_nan=False))
    show(lambda: json.dumps([value], allow_nan=False, indent=2))
    show(lambda: json.dumps({value: 1}, allow_nan=False))
    show(lambda: json.dumps({"k": value}, allow_nan=False, indent=0))
print(json.dumps([1.5, 1e300], allow_nan=False))

# sort_keys with keys that cannot be compared.
show(lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))
show(lambda: json.dumps({None: 1, "x": 2}, sort_keys=True))
print(json.dumps({1: "a", "b": 2}))

# A circular structure reached through default.
holder = {"items": []}
holder["items"].append(Point(0, 0))
show(lambda: json.dumps(holder, default=lambda o: holder))
