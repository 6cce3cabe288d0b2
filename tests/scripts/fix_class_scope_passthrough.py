# A class body that binds a name its methods read from the enclosing
# function: the method sees the function's variable.
def f():
    y = 1
    class K:
        y = 2
        z = y
        def m(self):
            return y
        def n(self):
            nonlocal y
            y += 10
            return y
    return K
K = f()
k = K()
print(k.m(), K.y, K.z, k.n(), k.m())
