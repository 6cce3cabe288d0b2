# hash() and id(): equal values hash equal; identity is stable.
print(hash(1), hash(True), hash(0), hash(False), hash(-1), hash(-2))
print(hash(1.0) == hash(1), hash(1.5), hash(2**61), hash(2**100))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("ab" + "c"), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))


class K:
    pass


k = K()
print(hash(k) == hash(k), hash(k) != hash(K()))


class H:
    def __hash__(self):
        return 12345


print(hash(H()))
a = [1, 2]
b = a
print(id(a) == id(b), id(a) == id([1, 2]), id(k) == id(k))
x = 10**20
print(id(x) == id(x), id(None) == id(None), type(id(a)) is int)
print(id(1) == id(1), id(True) == id(True))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: hash([]))
attempt(lambda: hash({}))
attempt(lambda: hash((1, [2])))
attempt(lambda: hash())
attempt(lambda: hash(1, 2))
attempt(lambda: id())
attempt(lambda: id(1, 2))
attempt(lambda: id(x=1))
