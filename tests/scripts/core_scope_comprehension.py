# Comprehension scoping: loop variables stay inside, walrus targets leak out.
x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)
print({x for x in "aab"} == {"a", "b"}, x)
print({x: len(x) for x in ["hi", "yes"]}, x)
print(list(x for x in range(3)), x)


def in_function():
    i = "function i"
    evens = [i for i in range(10) if i % 2 == 0]
    return evens, i


print(in_function())


def walrus_leak():
    data = [3, 8, 1, 9, 4]
    found = [last := v for v in data if v > 2]
    return found, last


print(walrus_leak())


def walrus_any():
    words = ["apple", "kiwi", "banana", "fig"]
    if any(len(hit := w) == 4 for w in words):
        return "found " + hit
    return "none"


print(walrus_any())
total = 0
partial_sums = [total := total + n for n in range(1, 6)]
print(partial_sums, total)


def comprehension_sees_enclosing():
    factor = 3
    return [n * factor for n in range(4)]


print(comprehension_sees_enclosing())
matrix = [[1, 2, 3], [4, 5, 6]]
flat = [v for row in matrix for v in row]
print(flat)
transposed = [[row[c] for row in matrix] for c in range(3)]
print(transposed)
print([(a, b) for a in range(3) for b in range(a)])
try:
    print(row)
except NameError as e:
    print("NameError:", e)
first = [[k for k in range(n)] for n in range(4)]
print(first)
outer_iter = range(3)
print([outer_iter for outer_iter in outer_iter])
