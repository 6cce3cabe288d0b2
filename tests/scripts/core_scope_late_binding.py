# Closures capture variables, not values: late binding in loops.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 100
print([f() for f in funcs])

bound = []
for i in range(4):
    bound.append(lambda i=i: i)
print([f() for f in bound])


def make_all():
    result = []
    for k in range(3):
        def show():
            return k
        result.append(show)
    k = "changed"
    return result


print([f() for f in make_all()])

comp = [lambda: j for j in range(3)]
print([f() for f in comp])
comp2 = [lambda j=j: j * 10 for j in range(3)]
print([f() for f in comp2])


def factory(n):
    return lambda: n


fixed = [factory(n) for n in range(3)]
print([f() for f in fixed])


def outer():
    x = "first"

    def read():
        return x
    print(read())
    x = "second"
    print(read())
    return read


r = outer()
print(r())


def while_closures():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return [f() for f in out]


print(while_closures())
gens = [(x * m for x in range(2)) for m in range(3)]
print([list(g) for g in gens])
