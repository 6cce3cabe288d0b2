# An IndexError that nobody catches ends the program with status 1.
items = [1, 2, 3]
print("before")
print(items[3])
print("not reached")
