# json.dumps with indent: int, str, zero and negative; separators with it.
import json

doc = {"name": "eddy", "tags": ["a", "b"], "empty_list": [], "empty_obj": {},
       "nested": {"x": [1, [2, 3], {"y": None}], "z": True}, "n": 1.5}

print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=4, sort_keys=True))
print(json.dumps(doc, indent="\t"))
print(json.dumps(doc, indent="--"))
print(repr(json.dumps(doc, indent=0)))
print(repr(json.dumps(doc, indent=-3)))
print(repr(json.dumps(doc, indent="")))
print(json.dumps([1, 2, 3], indent=1))
print(json.dumps([[], {}, [[]], [{}]], indent=2))
print(json.dumps([1, [2, [3, [4]]]], indent=3))

# An explicit separators pair wins; the default item separator keeps
# its trailing blank, as in CPython.
print(repr(json.dumps([1, 2], indent=2, separators=(', ', ': '))))
print(json.dumps({"a": 1, "b": 2}, indent=2, separators=(',', ' => ')))
print(json.dumps({"a": [1, 2]}, indent=None, separators=(',', ':')))

# Keys skipped inside an indented dict.
print(repr(json.dumps({(1, 2): 3}, indent=2, skipkeys=True)))
print(json.dumps({(1, 2): 3, "k": 4, (5,): 6, "m": [7]}, indent=2, skipkeys=True))
print(repr(json.dumps({(1, 2): 3}, skipkeys=True)))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))

# Tuples and top-level scalars with indent.
print(json.dumps((1, ("a", "b")), indent=2))
print(json.dumps("text", indent=2), json.dumps(3.25, indent=2))

# Non-ASCII with indent and ensure_ascii off.
print(json.dumps({"ville": "Zürich", "emoji": "😀"}, indent=2, ensure_ascii=False))
print(json.dumps({"ville": "Zürich", "emoji": "😀"}, indent=2))
print(json.dumps({3: [1], 1: [2], 2: []}, indent=1, sort_keys=True))
