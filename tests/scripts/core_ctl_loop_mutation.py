# Loops over sequences that change while iterating, and iterator exhaustion.
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print("saw", x)
print(items)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
lst = [0, 1, 2]
for i in range(len(lst)):
    lst.append(i)
print(lst)
r = range(3)
for i in r:
    r = range(100)
print(i)
it = iter([10, 20, 30, 40])
for v in it:
    print("first loop", v)
    if v == 20:
        break
for v in it:
    print("second loop", v)
for v in it:
    print("never")
print("exhausted")
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for e in s:
        s.add(e + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
word = "abc"
for ch in word:
    word = word + "!"
print(word)
