# Subscripts accept objects with __index__.
class I:
    def __index__(self): return 1
class B:
    def __index__(self): return "x"
print([1, 2][I()], (5, 6)[I()], "ab"[I()], b"ab"[I()])
for bad in [lambda: [1][B()], lambda: [1]["a"], lambda: (1,)[1.0]]:
    try: bad()
    except TypeError as e: print(e)
