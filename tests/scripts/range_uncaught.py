# A zero step is an uncaught ValueError.
print(list(range(0, 10, 5)))
for i in range(0, 10, 0):
    print(i)
