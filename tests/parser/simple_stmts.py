# pass, break, continue, semicolons, expression statements.
pass
x = 1; y = 2; z = 3;
print(x); print(y)
while True:
    if x:
        break
    else:
        continue
for i in range(3): pass
if x: y = 1; z = 2
x
x.y
...
None
