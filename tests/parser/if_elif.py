# if, elif chains (nested If in orelse), else.
if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: x = 1
elif b: x = 2
else: x = 3
if (n := len(items)) > 10:
    print(n)
if not a and b or c:
    if d:
        if e:
            pass
