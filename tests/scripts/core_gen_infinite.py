# Infinite generators consumed with break, next and zip.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


for n in naturals():
    if n * n > 50:
        print("first square above 50 from", n)
        break
p = primes()
print([next(p) for _ in range(10)])
print(list(zip(naturals(1), "abc")))


def take(n, gen):
    out = []
    for item in gen:
        if len(out) == n:
            break
        out.append(item)
    return out


def cycle(items):
    while True:
        for item in items:
            yield item


print(take(7, cycle("xyz")))


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(list(collatz(6)))
evens = (n for n in naturals() if n % 2 == 0)
print(take(5, evens))
print(take(3, evens))


def running_total(gen):
    total = 0
    for v in gen:
        total += v
        yield total


print(take(6, running_total(naturals(1))))
tri = running_total(naturals(1))
while (t := next(tri)) < 40:
    pass
print("first triangle number >= 40:", t)
