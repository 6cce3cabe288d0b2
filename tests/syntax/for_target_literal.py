# A literal as a for loop target.
for 1 in x:
    pass
