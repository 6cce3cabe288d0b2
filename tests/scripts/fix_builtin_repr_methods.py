# The __repr__ of the built-in classes called directly and through super().
print(int.__repr__(5), float.__repr__(2.5), str.__repr__("a"), list.__repr__([1]))
print(tuple.__repr__((1,)), dict.__repr__({1: 2}), set.__repr__({3}))
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
print(L([1, 2]), repr(L()))
class M(int):
    def __repr__(self):
        return "M" + super().__repr__()
print(M(3), [M(4)], str(M(5)))
