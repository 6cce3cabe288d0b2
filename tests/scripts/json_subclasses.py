# Subclasses of the JSON types are written as their base type, whatever
# their __repr__ or __str__ say; other subclasses go through default().
import json


class Count(int):
    def __repr__(self):
        return 'Count(%d)' % self

    __str__ = __repr__


class Ratio(float):
    def __repr__(self):
        return 'Ratio!'


class Name(str):
    def __repr__(self):
        return 'Name!'

    def __str__(self):
        return 'NAME'


class Pair(tuple):
    pass


class Table(dict):
    pass


class Row(list):
    pass


class Blob(bytes):
    pass


values = [Count(5), Ratio(2.5), Name("s"), Pair((1, 2)), Table(a=Count(1)),
          Row([Name("x\n"), Ratio(-0.5)])]
print(json.dumps(values))
print(json.dumps(values, indent=1, sort_keys=True))
print(json.dumps({Count(3): 1, Ratio(1.5): 2, Name("k"): 3}))
print(json.dumps({Count(3): 1, Ratio(1.5): 2, Name("k"): 3}, indent=2))
print(json.dumps(Name("top")), json.dumps(Count(7)), json.dumps(Ratio(0.5)))
print(json.dumps(Name("é\t")), json.dumps(Name("é\t"), ensure_ascii=False))
print(json.dumps({"a": Ratio("nan"), "b": Ratio("-inf")}))
try:
    json.dumps([Ratio("inf")], allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"k": Ratio("nan")}, allow_nan=False, indent=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps(Blob(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(Blob(b"x"), default=lambda b: b.decode()))
print(json.dumps({True: Count(1), False: Pair(), None: Row()}))
# Text given to loads may be a str subclass too.
print(json.loads(Name('[1, "x", {"k": null}]')))
print(json.loads(Name(' "tail"  ')))
