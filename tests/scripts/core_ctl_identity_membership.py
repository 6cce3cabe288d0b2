# is / is not / in / not in and not, including their precedence.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, None is not None)
print(2 in a, 3 in a, 3 not in a, not 3 in a)
print("ell" in "hello", "x" not in "hello", "" in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {2, 3}, (1, 2) in [(1, 2)])
print(0 in range(3), 3 in range(3), -1 in range(-5, 0))
print([] in [[]], [1] in [[1], [2]])
x = 5
print(not x == 5, not (x == 5), (not x) == 5)
print(not x in [5], not x not in [5])
print(True is not False is not None)
print(1.0 in [1], True in [1], 1 in [True])
it = iter([1, 2, 3, 4])
print(2 in it, list(it))


def gen():
    for i in range(5):
        print("  yield", i)
        yield i


print(2 in gen())
nested = [[1, [2, 3]], 4]
print([2, 3] in nested, [2, 3] in nested[0], 2 in nested[0][1])
print(None in [None], None in [0, "", False])
nan = float("nan")
print(nan in [nan], nan == nan)
