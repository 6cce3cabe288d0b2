# issubclass(): classes, tuples of classes, built-in hierarchy, errors.
class A:
    pass


class B(A):
    pass


class C(B):
    pass


print(issubclass(C, A), issubclass(A, C), issubclass(A, A), issubclass(B, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(OSError, FileNotFoundError))
print(issubclass(C, (int, A)), issubclass(C, (int, str)), issubclass(C, ()))
print(issubclass(bool, (str, (float, int))), issubclass(type, object))
print(issubclass(1, ()))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: issubclass(1, int))
attempt(lambda: issubclass(A(), A))
attempt(lambda: issubclass(int, 1))
attempt(lambda: issubclass(1, 1))
attempt(lambda: issubclass(int, (str, 1)))
attempt(lambda: issubclass(1, (int,)))
attempt(lambda: issubclass(int))
attempt(lambda: issubclass(int, int, int))
attempt(lambda: issubclass(int, x=int))
