# Closures: creating closures in a loop, calling them, nonlocal counters,
# closures over closures, and lambdas passed to a higher-order function.


def make_counter(start):
    count = start

    def inc(k):
        nonlocal count
        count += k
        return count

    return inc


def make_adder(a):
    def adder(b):
        return a + b
    return adder


def compose(f, g):
    return lambda x: f(g(x))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def main(n):
    total = 0
    for i in range(n):
        add = make_adder(i % 100)
        total = (total + add(i)) % 1000003
    counter = make_counter(0)
    for i in range(n):
        counter(i % 5)
    f = compose(make_adder(3), lambda v: v * 2 % 1000003)
    y = apply_n(f, n, 1)
    counters = [make_counter(i) for i in range(1000)]
    for _ in range(100):
        for c in counters:
            c(1)
    print(total, counter(0), y, sum(c(0) for c in counters))


main(900000)
