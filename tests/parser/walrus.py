# Assignment expressions in their allowed places.
if (n := len(a)) > 10:
    print(n)
while (chunk := read(1024)):
    process(chunk)
values = [y := f(x), y ** 2]
print(total := 1 + 2)
data = {"key": (value := 3)}
f(x := 1, y := 2)
[last := item for item in items]
result = (z := 10)
filtered = [y for x in data if (y := g(x)) is not None]
a[b := 1]
def f(p=(q := 1)): return p
x = (y := 0) or 1
