# Lists: append, indexing and item assignment, index(), slicing, sort with
# and without a key, list comprehensions and sum/len.


def main(n):
    xs = []
    for i in range(n):
        xs.append(i * 7919 % 100003)
    total = 0
    for i in range(len(xs)):
        total = (total + xs[i] * (i & 7)) % 1000003
    for i in range(0, len(xs), 3):
        xs[i] = xs[i] // 2
    squares = [x * x % 1009 for x in xs if x % 3 != 0]
    pairs = [(x % 100, -x) for x in xs[:50000]]
    pairs.sort()
    ys = sorted(xs)
    zs = sorted(xs, key=lambda v: -v)
    small = list(range(300))
    found = 0
    for i in range(0, 3000):
        found += small.index(i % 300)
    nested = [[i, i + 1] for i in range(0, 60000)]
    flat = [v for pair in nested for v in pair]
    rev = xs[::-1]
    print(total, sum(squares), len(squares), pairs[0], pairs[-1])
    print(ys[0], ys[n // 2], ys[-1], zs[0], zs[-1], found)
    print(len(flat), sum(flat), rev[0], rev[-1], xs.count(0), max(xs), min(xs))
    while xs:
        xs.pop()
    print(len(xs))


main(500000)
