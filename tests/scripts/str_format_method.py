# str.format: numbering, names, attributes, items, conversions, nesting.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30), "{0} {x}".format(1, x=2))
print("{0[0]} {0[1]} {1[key]} {1[k2]}".format([10, 20], {"key": "v", "k2": 3}))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{p.x}-{p.y}".format(p=p))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("q"))
print("{:>10} {:<6}| {:^7} {:*^9}".format("right", "left", "mid", "star"))
print("{:{}}|{:{}}|".format("a", 4, "b", 6), "{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{:,} {:.2%} {:#x} {:e}".format(1234567, 0.4567, 255, 12345.678))
print("{{}} {{{}}} }}{{".format("in"))
print("{0[1][0]}".format([[1], ["deep"]]), "{a[0][k]}".format(a=[{"k": "v"}]))
print("{:}".format(5), "{0:}".format("x"), "{!s:}".format(7))
data = {"user": "ann", "id": 7}
print("{user}#{id}".format_map(data), "{0}".format_map({}) if False else "skip")
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a=1)))
print("{0:{1}{2}}".format("x", ">", 5))
print("x{{}}y".format())
