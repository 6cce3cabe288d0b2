# Assignment expressions (:=) in while, if and comprehensions.
items = [5, 3, 8, 1]
while (n := len(items)) > 1:
    print("length", n, "popping", items.pop())
print("final", n, items)
lines = iter(["alpha", "beta", "", "gamma"])
while (line := next(lines)) != "":
    print("line", line)
print("stopped at", repr(line))
if (count := sum(range(5))) > 5:
    print("count is", count)
print(count)
values = [1, 4, 9, 16, 25]
print([y for x in values if (y := x % 7) > 2])
print(y)
data = {"a": 1}
if (val := data.get("b")) is None:
    print("no b", val)
print((total := 10) + total)
print((a := 1, b := 2))
print(a, b)


def chunks(seq, size):
    it = iter(seq)
    out = []
    while chunk := [v for _, v in zip(range(size), it)]:
        out.append(chunk)
    return out


print(chunks(range(7), 3))


def first_long(words):
    for w in words:
        if (length := len(w)) > 4:
            return w, length
    return None, length


print(first_long(["hi", "there", "x"]))
print(first_long(["a", "bb"]))
x = 0
while (x := x + 1) < 4:
    print("x", x)
print("done", x)
