# map, filter and zip are lazy and call functions in order.
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
def keep(x):
    print("test", x)
    return x > 1
print(list(filter(keep, [1, 2, 3])))
def gen(name, n):
    for i in range(n):
        print("gen", name, i)
        yield i
print(list(zip(gen("a", 2), gen("b", 3))))
e = enumerate(gen("c", 2), 10)
print(list(e))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(sum(x for x in map(int, "123")))
