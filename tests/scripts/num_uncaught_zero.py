# An uncaught ZeroDivisionError ends the program with status 1.
def ratio(a, b):
    return a // b

print(ratio(10, 3))
print(ratio(10, 0))
