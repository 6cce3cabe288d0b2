# Tuple hashes equal CPython's for ints, floats, bools and nested tuples.
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((-1, 0)), hash((1.5, True, False)), hash((2 ** 70, -(2 ** 70))))
print(hash(((),)), hash((((1,),),)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
d = {(1, 2): "a", (1, 2.0): "b", (3,): "c"}
print(d, len(d))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, {}): 1}
except TypeError as e:
    print("TypeError:", e)
s = {(0, 0), (0, 1), (1, 0), (0, 0)}
print(len(s), (0, 1) in s, (1, 1) in s)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash((frozenset({1}),)))
