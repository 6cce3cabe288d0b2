# bytes(x) calls x.__bytes__() first, and refuses a result that is not bytes.
class A:
    def __bytes__(self):
        return b"hi"


class B:
    def __bytes__(self):
        return "no"


class C(list):
    def __bytes__(self):
        return b"from dunder"


print(bytes(A()))
print(bytes(C([1, 2])))
try:
    bytes(B())
except TypeError as e:
    print(e)
