# Recursive nested functions reach themselves through a closure cell.
def flatten_all(data):
    out = []

    def walk(node, depth):
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            out.append((node, depth))
    walk(data, 0)
    return out


print(flatten_all([1, [2, [3]], 4]))


def memo_fib(n):
    cache = {}

    def fib(k):
        if k in cache:
            return cache[k]
        result = k if k < 2 else fib(k - 1) + fib(k - 2)
        cache[k] = result
        return result
    return fib(n), len(cache)


print(memo_fib(60))


def make_even_odd():
    def even(n):
        return True if n == 0 else odd(n - 1)

    def odd(n):
        return False if n == 0 else even(n - 1)
    return even, odd


even, odd = make_even_odd()
print(even(10), odd(7), even(3))


def count_paths(rows, cols):
    def paths(r, c):
        if r == rows - 1 or c == cols - 1:
            return 1
        return paths(r + 1, c) + paths(r, c + 1)
    return paths(0, 0)


print(count_paths(3, 3), count_paths(4, 5))


def permutations(items):
    results = []

    def build(prefix, remaining):
        if not remaining:
            results.append(prefix)
            return
        for i in range(len(remaining)):
            build(prefix + [remaining[i]], remaining[:i] + remaining[i + 1:])
    build([], items)
    return results


print(permutations([1, 2, 3]))


def rebinding_recursion():
    def f(n):
        return "original" if n == 0 else f(n - 1)
    g = f

    def f(n):
        return "replaced"
    return g(3)


print(rebinding_recursion())
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(12))
