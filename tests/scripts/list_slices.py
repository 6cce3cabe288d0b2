# Slicing lists: get, set, delete, with steps, and the errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2], a[::100], a[::-100], a[10**20:], a[-10**20:1])
print(a[slice(1, 4)], a[slice(None, None, -3)])
show(lambda: a[::0])
show(lambda: a["a":])
show(lambda: a[1:2.5])
b = list(range(6))
b[1:3] = ["x", "y", "z"]
print(b)
b[1:4] = []
print(b)
b[0:0] = [7, 8]
print(b)
b[len(b):] = [9]
print(b)
b[4:1] = ["in"]
print(b)
b[:] = "abc"
print(b)
c = [1, 2, 3]
c[1:1] = c
print(c)
d = list(range(8))
d[::2] = "ABCD"
print(d)
d[::-3] = [0, 0, 0]
print(d)
def setslice(lst, s, v):
    lst[s] = v
    return lst
show(lambda: setslice([1, 2, 3], slice(None, None, 2), [1]))
show(lambda: setslice([1, 2, 3], slice(None, None, 2), 5))
show(lambda: setslice([1, 2, 3], slice(0, 1), 5))
show(lambda: setslice([1, 2, 3], slice(0, 1, 1), 5))
show(lambda: setslice([1, 2, 3], slice(None, None, -1), [4, 5, 6]))
e = list(range(10))
del e[::3]
print(e)
del e[-1:-4:-1]
print(e)
del e[1:3]
print(e)
del e[:]
print(e)
f = list(range(10))
del f[8:1:-2]
print(f)
def delslice(lst, s):
    del lst[s]
    return lst
show(lambda: delslice([1, 2], slice(None, None, 0)))
show(lambda: delslice([1, 2], 5))
show(lambda: delslice([1, 2], "k"))
