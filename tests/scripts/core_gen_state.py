# Generator state: locals persist, independent instances, and gi_ attributes.
def stateful():
    history = []
    while True:
        value = yield list(history)
        history.append(value)


a = stateful()
b = stateful()
next(a)
next(b)
print(a.send(1), a.send(2))
print(b.send("x"))
print(a.send(3))


def counter():
    count = 0
    while True:
        count += 1
        yield count


c1, c2 = counter(), counter()
print(next(c1), next(c1), next(c2), next(c1), next(c2))


def closure_gen():
    seen = []

    def gen():
        for i in range(3):
            seen.append(i)
            yield i
    return gen, seen


gen, seen = closure_gen()
g = gen()
print(next(g), seen)
print(list(g), seen)


def lifecycle():
    yield 1


g = lifecycle()
print(g.gi_running)
next(g)
print(g.gi_running)
for _ in g:
    pass
print(next(g, "exhausted"))


def default_state(items=[]):
    items.append(len(items))
    yield list(items)


print(next(default_state()), next(default_state()))


def locals_survive():
    x = "a"
    yield x
    x += "b"
    yield x
    x += "c"
    yield x


print(list(locals_survive()))
gens = [locals_survive() for _ in range(2)]
print(next(gens[0]), next(gens[0]), next(gens[1]))
