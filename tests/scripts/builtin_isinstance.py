# isinstance(): classes, subclasses, bool/int, tuples (nested), errors.
class A:
    pass


class B(A):
    pass


class C:
    pass


a, b = A(), B()
print(isinstance(a, A), isinstance(b, A), isinstance(a, B), isinstance(b, C))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool))
print(isinstance(1.0, float), isinstance(1, float), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, object), isinstance(int, type), isinstance(A, type))
print(isinstance(1, (str, int)), isinstance(1, (str, float)))
print(isinstance(1, (str, (float, int))), isinstance(b, ((C,), (A,))))
print(isinstance(1, ()), isinstance(ValueError("x"), Exception))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), IndexError))
print(isinstance(1, (int, 1)))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: isinstance(1, 1))
attempt(lambda: isinstance(1, "int"))
attempt(lambda: isinstance(1, (str, 1)))
attempt(lambda: isinstance(1, (str, (float, None))))
attempt(lambda: isinstance(1))
attempt(lambda: isinstance(1, int, str))
attempt(lambda: isinstance(1, cls=int))
