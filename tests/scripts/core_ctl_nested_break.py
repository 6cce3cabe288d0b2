# break/continue only affect the innermost loop; flags and functions exit outer loops.
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("pair", i, j)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        print("diff", i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)


def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 6), search(grid, 10))
i = 0
while i < 3:
    j = 0
    while True:
        if j > i:
            break
        print("tri", i, j)
        j += 1
    i += 1
for a in range(2):
    for b in range(2):
        for c in range(2):
            if c:
                continue
            if b and a:
                break
            print("abc", a, b, c)
    else:
        print("inner loops finished for a =", a)
out = []
for x in range(4):
    for y in range(4):
        if y > x:
            break
    else:
        out.append("else" + str(x))
        continue
    out.append("break" + str(x))
print(out)
