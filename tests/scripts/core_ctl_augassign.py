# Augmented assignment on names, subscripts and nested targets.
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x //= 5
print(x)
x %= 3
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
x |= 0b1010
print(x)
x &= 0b1100
print(x)
x ^= 0b1111
print(x)
f = 7
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
d = {"k": 1}
d["k"] += 10
d["new"] = d.get("new", 0) + 1
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
grid[0][1] -= 2
print(grid)
calls = []


def key():
    calls.append("key")
    return 0


arr = [100]
arr[key()] += 1
print(arr, calls)
counter = {"n": 0}
for i in range(5):
    counter["n"] += i
print(counter)
try:
    undefined_name_aug += 1
except NameError as e:
    print("NameError:", e)
try:
    n = None
    n += 1
except TypeError as e:
    print("TypeError:", e)
