# Generators consumed by for, list, sum, next, zip, enumerate, unpacking and in.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


for v in countdown(3):
    print("for", v)
print(list(countdown(4)))
print(sum(countdown(10)))
print(min(countdown(5)), max(countdown(5)))
print(sorted(countdown(4)))
print(list(zip(countdown(3), "abc")))
print(list(enumerate(countdown(2))))
a, b, c = countdown(3)
print(a, b, c)
first, *rest = countdown(4)
print(first, rest)
print(3 in countdown(5), 9 in countdown(5))
print(tuple(countdown(2)), set(countdown(3)) == {1, 2, 3})
print(dict(zip(countdown(2), countdown(2))))
print(list(map(lambda x: x * 2, countdown(3))))
print(list(filter(lambda x: x % 2, countdown(6))))
print(" ".join(str(x) for x in countdown(3)))
print(list(reversed(list(countdown(3)))))
g = countdown(5)
print(next(g), next(g), list(g))
print(next(countdown(0), "empty"))
print([x * y for x in countdown(2) for y in countdown(2)])
print(*countdown(3))
print(*countdown(3), sep="|")
print(any(countdown(0)), all(countdown(3)))


def pairs(gen):
    it = iter(gen)
    for x in it:
        yield x, next(it, None)


print(list(pairs(countdown(5))))
