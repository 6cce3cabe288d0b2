# Exceptions raised from inside callbacks given to built-in functions.
def bad_key(x):
    if x == 3:
        raise ValueError("bad key " + str(x))
    return x


try:
    sorted([1, 5, 3, 2], key=bad_key)
except ValueError as e:
    print("sorted:", e)
try:
    list(map(lambda x: 10 // x, [1, 2, 0]))
except ZeroDivisionError as e:
    print("map:", e)
try:
    list(filter(lambda x: x.upper(), ["a", 1]))
except AttributeError as e:
    print("filter:", e)
try:
    max([1, "a"])
except TypeError as e:
    print("max:", e)
try:
    sum([1, 2, "three"])
except TypeError as e:
    print("sum:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("sum str:", e)
try:
    all(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("all:", e)
print(any(1 / x for x in [1, 0, "never reached"] if x))
try:
    dict([(1, 2), (3,)])
except ValueError as e:
    print("dict:", e)
try:
    print(list(zip([1, 2], 5)))
except TypeError as e:
    print("zip:", e)
try:
    print(len([1, 2], [3]))
except TypeError as e:
    print("len:", e)
try:
    abs("x")
except TypeError as e:
    print("abs:", e)
try:
    "{}".format(*[])
except IndexError as e:
    print("format:", e)
try:
    print(int("10", base=2), int(x="5"))
except TypeError as e:
    print("int kw:", e)
