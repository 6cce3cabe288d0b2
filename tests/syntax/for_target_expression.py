# An expression as a for loop target.
for x + 1 in y:
    pass
