# json.dump and json.load with files made by open(), and with any object
# that has write() or read().
import json
import os

path = "json_file_io.tmp"
record = {"name": "Zoë", "scores": [9.5, 7, None], "ok": True,
          "nested": {"deep": [[1, 2], {"x": "y"}]}}

with open(path, "w") as f:
    json.dump(record, f)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f) == record)

with open(path, "w", encoding="utf-8") as f:
    json.dump(record, f, indent=2, sort_keys=True, ensure_ascii=False)
    f.write("\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text, end="")
with open(path) as f:
    print(json.load(f)["name"])

with open(path, "w") as f:
    json.dump([1, "é", {"k": []}], f, ensure_ascii=False)
with open(path) as f:
    print(json.load(f))

with open(path, "w") as f:
    f.write('{"a": [1, 2, 3], "b": 1.5}')
with open(path) as f:
    print(json.load(f, parse_float=str, object_pairs_hook=list))
with open(path, "w") as f:
    f.write('{"a": [1, 2, 3],\n "b": }')
try:
    with open(path) as f:
        json.load(f)
except json.JSONDecodeError as e:
    print(e)
os.remove(path)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Collector()
json.dump({"k": [1, 2], "v": "w"}, out, separators=(",", ":"))
print("".join(out.parts), all(type(p) is str for p in out.parts))
out = Collector()
json.dump([1, {"a": None}], out, indent=1)
print("".join(out.parts))
try:
    json.dump({1, 2}, Collector())
except TypeError as e:
    print(type(e).__name__, e)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print(json.load(Source('[1, {"two": 2}]')))
print(json.load(Source(b'{"bytes": true}')))
print(json.load(Source('{"x": 1}'), object_hook=lambda d: sorted(d.items())))

# When encoding fails part way, dump has already written what came before.
for obj in [[1, object()], {"a": [1, 2, {"b": object()}]}, [1.5, "x", None, {1, 2}]]:
    for options in [{}, {"indent": 2}]:
        out = Collector()
        try:
            json.dump(obj, out, **options)
        except TypeError as e:
            print(type(e).__name__, e)
        print(repr("".join(out.parts)))


class Angle(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return iter(["<", str(o), ">"])


out = Collector()
json.dump([1, 2], out, cls=Angle)
print(out.parts)
