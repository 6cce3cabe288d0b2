# Dicts: construction, access, assignment, deletion, order, equality.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
print(d, len(d), bool(d), bool({}), d["a"], "a" in d, "z" in d, 1 in d)
d["c"] = 3
d["a"] = 10
print(d)
del d["b"]
print(d)
d["b"] = 20
print(d, list(d))
print(dict(), dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({1: 2}, x=3), dict(d))
print(dict(zip("abc", range(3))), dict([("k", 1), ("k", 2)]))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): 3, None: 4, 2.5: 5, -1: 6})
print({x: x * x for x in range(5)})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == [])
print({1: 2} != {1: 2}, {"a": [1]} == {"a": [1]})
show(lambda: d["missing"])
show(lambda: d[[1]])
show(lambda: {}[()])
show(lambda: {}[(1, 2)])
def delete(k):
    del d[k]
show(lambda: delete("nope"))
show(lambda: dict(1))
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict(["ab", "c"]))
show(lambda: dict({}, {}))
show(lambda: {1: 2} < {1: 2})
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], list(big)[:5], sum(big.values()))
for i in range(0, 10):
    big[i] = -i
print(list(big.items())[-12:])
print(type({}).__name__)
