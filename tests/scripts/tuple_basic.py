# Tuples: construction, indexing, slicing, operators, comparison.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 3)
print(t, (), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(len(t), bool(t), bool(()), t[0], t[-1], t[1:], t[::-1], t[5:], t[::2])
print(2 in t, 9 in t, t + (4,), t * 2, 2 * t, t * 0, () * 3)
print(t == (1, 2, 3), t == [1, 2, 3], t != (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print((1, "a") < (2, "b"), (2,) > (1, 9, 9), (1, 2) <= (1, 2), (1, 2) >= (1, 3))
a, b, c = t
print(a, b, c)
x = ([],)
x[0].append(1)
print(x)
u = t
u += (4,)
print(t, u)
show(lambda: t[3])
show(lambda: t[-4])
show(lambda: t["a"])
show(lambda: t[::0])
show(lambda: t + [4])
show(lambda: t + 1)
show(lambda: t * 2.0)
show(lambda: t < [1])
show(lambda: (1, "a") < (1, 2))
show(lambda: tuple(1))
show(lambda: tuple(1, 2))
show(lambda: tuple(x=1))
def assign(tt):
    tt[0] = 1
show(lambda: assign(t))
def delete(tt):
    del tt[0]
show(lambda: delete(t))
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
print(type(()).__name__, type(iter(())).__name__)
print(tuple(x * 2 for x in range(4)))
