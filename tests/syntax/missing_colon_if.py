# The colon after an if condition is missing.
if x > 1
    print(x)
