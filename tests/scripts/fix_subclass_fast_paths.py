# Subscripts and unpacking of list and tuple subclasses go through the
# subclass's methods; int and float arithmetic fast paths agree with the
# general ones.
class Loud(list):
    def __getitem__(self, i):
        return ("get", i)
    def __setitem__(self, i, v):
        print("set", i, v)
class Pair(tuple):
    def __iter__(self):
        return iter(("a", "b"))
l = Loud([1, 2, 3])
print(l[0], l[2])
l[1] = "x"
print(list.__getitem__(l, 1))
a, b = Pair((1, 2))
print(a, b)
x, y, z = Loud([7, 8, 9])
print(x, y, z)
print(7 // 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, -7 % -3, 0 // 5, 9223372036854775807 // -1)
print(-9223372036854775807 - 1, (-9223372036854775807 - 1) // -1, (-9223372036854775807 - 1) % -1)
print(1 / 3, 2 / 4, -7 / 2, 9007199254740993 / 1, 2 ** 60 / 3, 10 / 4)
print(1.5 + 2, 2 - 0.5, 3 * 0.1, 1 / 3.0, 2 ** 53 + 1.0, 9007199254740993 + 0.0)
print(0.1 + 0.2 == 0.3, 1.0 < 2.0, float("nan") == float("nan"), float("nan") != float("nan"), 2.0 >= 2.0)
for bad in [lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 2 / 0.0]:
    try:
        bad()
    except ZeroDivisionError as e:
        print(e)
