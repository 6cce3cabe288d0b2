# The else clause of a loop is not inside the loop.
for x in y:
    pass
else:
    break
