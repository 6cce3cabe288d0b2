# list.sort and sorted: keys, reverse, stability, errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, -1, 2, 0.5, True]), sorted([[2, 1], [1, 2], [1]]))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted(range(20, 0, -1))[:5], sorted("hello world"))
show(lambda: sorted([1, "a"]))
show(lambda: [3, None, 1].sort())
show(lambda: [].sort(1))
show(lambda: [].sort(key=1, x=2))
show(lambda: [].sort(key=None, reverse=None))
show(lambda: [1, 2].sort(key=lambda x: 1 / 0))
show(lambda: sorted(5))
l = [3, 1, 2]
def bad_key(x):
    l.append(x)
    return x
show(lambda: l.sort(key=bad_key))
print(l)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "Rev(%d)" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
stable = sorted([(k % 3, k) for k in range(12)], key=lambda t: t[0])
print(stable)
m = [2, 1]
m.sort(key=lambda x: x, reverse=False)
print(m, [].sort(), sorted([]), sorted((), reverse=True))
