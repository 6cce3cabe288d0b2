# json.dumps of scalars and containers with the default options.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-7), json.dumps(2 ** 100), json.dumps(-2 ** 64))
for f in [0.0, -0.0, 1.5, 0.1 + 0.2, 1e16, 1e-5, 123456789.123, 1e308, 5e-324,
          2.5e-10, 1 / 3, 100.0, float('nan'), float('inf'), -float('inf')]:
    print(json.dumps(f))
print(json.dumps("hello"), json.dumps(""), json.dumps("tab\there"))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps([1, "two", 3.0, None, True, False]))
print(json.dumps((1, (2, 3), [4, (5,)])))
print(json.dumps({"a": 1, "b": [1, 2, {"c": None}], "d": {"e": {}}}))
print(json.dumps({"z": 1, "a": 2, "m": 3}))
print(json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True))
print(json.dumps({"b": {"y": 1, "x": 2}, "a": [{"k": 1, "j": 2}]}, sort_keys=True))

# Keys that are not strings.
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", False: "f"}))
print(json.dumps({-3: 0, 1e20: 1, float('inf'): 2, float('nan'): 3, 10 ** 30: 4}))
print(json.dumps({2: "b", 1: "a", 3: "c"}, sort_keys=True))

# Separators.
print(json.dumps([1, 2, {"a": 3}], separators=(',', ':')))
print(json.dumps([1, 2, {"a": 3}], separators=(' , ', ' = ')))
print(json.dumps({"a": [1, 2]}, separators=[';', '->']))


# Subclasses of dict and list are written as their base types.
class Config(dict):
    pass


class Stack(list):
    def push(self, x):
        self.append(x)


c = Config(name="x", size=3)
s = Stack()
s.push(1)
s.push(Config(deep=True))
print(json.dumps(c), json.dumps(s), json.dumps({"cfg": c, "stack": s}))

# Large nested structure.
data = {"rows": [{"id": i, "sq": i * i, "even": i % 2 == 0, "name": "r%d" % i}
                 for i in range(5)]}
print(json.dumps(data))
print(len(json.dumps(list(range(1000)))))
print(json.dumps([[[[[[1]]]]]]))
print(json.dumps({"a": {"b": {"c": {"d": [1, {"e": "f"}]}}}}))
print(json.dumps("x", indent=4), json.dumps(5, indent=2), json.dumps(None, sort_keys=True))
print(type(json.dumps([])).__name__)
