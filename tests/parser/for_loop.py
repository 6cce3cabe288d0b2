# for loops: targets, iterables, else, nesting.
for i in range(10):
    print(i)
for i in 1, 2, 3:
    pass
for k, v in d.items():
    pass
for x in *a, *b:
    pass
for obj.attr in items:
    pass
for table[0] in items:
    pass
for i in range(3):
    for j in range(3):
        if i == j:
            continue
        break
    else:
        pass
else:
    print("no break")
for [a, b] in pairs: print(a, b)
for (a) in items: pass
