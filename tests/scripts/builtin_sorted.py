# sorted(): a new sorted list from any iterable; key=, reverse=, stability.
data = [5, 2, 9, 1, 5, 6]
result = sorted(data)
print(result, data, result is data)
print(sorted("banana"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}))
print(sorted([3, 1, 2], reverse=True), sorted([]))
print(sorted(["bb", "a", "ccc", "dd"], key=len))
print(sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted([1.5, -2, 3, 0], key=abs))
print(sorted(range(10), key=lambda x: x % 3))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(x * -1 for x in range(5)))
print(sorted([3, 1, 2], key=None, reverse=0))
print(sorted({"pear", "apple", "fig"}))
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words, key=str.lower))
print(sorted([[2, 1], [1, 2], [1, 1]]))
