# int() and float() call __int__, __float__ and __index__ of user classes.
class A:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5

class B:
    def __index__(self):
        return 7

class C:
    def __int__(self):
        return "no"

class D:
    pass

print(int(A()), float(A()), int(B()), float(B()))
for f in (lambda: int(C()), lambda: int(D()), lambda: float(D()), lambda: float(C())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
