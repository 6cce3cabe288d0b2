# iter() and next() on built-in iterators; exhaustion; user sequences.
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
lst = [1, 2]
it = iter(lst)
print(list(it), list(it))
lst.append(3)
print(list(it))
lst = [1]
it = iter(lst)
lst.append(2)
print(list(it))
t = iter((1, 2, 3))
print(next(t), list(t))
r = iter(range(3))
print(next(r), next(r), next(r), next(r, "end"))
s = iter({7})
print(next(s), next(s, "end"))
print(list(iter(range(0))), list(iter(())), list(iter({})))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), list(reversed([Seq()[i] for i in range(4)])), 9 in Seq())
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), list(enumerate(Countdown(2))), list(zip(Countdown(3), "ab")))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
class HasReversed:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(HasReversed())))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
it = iter([1, 2, 3])
print(it.__next__(), it.__iter__() is it, list(it))
try:
    iter([]).__next__()
except StopIteration:
    print("StopIteration from __next__")
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
