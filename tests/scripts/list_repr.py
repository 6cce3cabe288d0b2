# repr of lists and nested containers, recursion.
a = []
a.append(a)
print(a, repr(a), str(a))
b = [1, [2, [3]]]
b[1][1].append(b)
print(b)
c = {"k": []}
c["k"].append(c)
print(c)
d = [(1,), (), ("s",), [[]], {}, set(), {1: {2: 3}}]
print(d)
e = [1]
t = (e, e)
e.append(t)
print(t)
class R:
    def __repr__(self):
        return "R!"
print([R(), [R()]], (R(),), {R(): R()} if False else {1: R()})
print(["quote'", 'dq"', "both'\"", "\n\t", "é", "\x00"])
print([1.0, 1e16, 0.1, -0.0, float("inf")])
