# tuple.index, tuple.count and their errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 1, 3, 1, "a", [1])
print(t.count(1), t.count("a"), t.count([1]), t.count(99), t.count(True))
print(t.index(1), t.index(1, 1), t.index(1, 3), t.index("a"), t.index([1]))
print(t.index(3, -4), t.index(1, -100, 100))
show(lambda: t.index(99))
show(lambda: t.index(1, 5))
show(lambda: t.index(1, 0, 0))
show(lambda: t.index(1, "a"))
show(lambda: t.index())
show(lambda: t.count())
show(lambda: t.count(1, 2))
show(lambda: t.index(1, x=1))
show(lambda: tuple.count(1, 2))
print((1.0, 2).index(1), (1, 2).count(1.0))
