# type(x): the class of a value; calling it; type's own errors.
print(type(1), type(1.5), type("s"), type(True), type(None))
print(type([]), type(()), type({}), type(set()), type(range(3)))
print(type(int), type(type), type(len))


class K:
    pass


k = K()
print(type(k) is K, type(k) == K, type(K) is type)
print(type(1)(5) + 1, type("x")("abc"), type([])((1, 2)))
print(type(ValueError("x")).__name__, type(k).__name__)
print(type(1) is int, type(True) is bool, type(True) is int)


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: type())
attempt(lambda: type(1, 2))
attempt(lambda: type(1, 2, 3, 4))
attempt(lambda: type(1, x=2))
attempt(lambda: type(x=2))
