# Uncaught ZeroDivisionError after some output, from a lambda inside map.
data = [4, 2, 1, 0, 8]
for d in data[:3]:
    print(12 // d)
print(list(map(lambda d: 12 // d, data)))
