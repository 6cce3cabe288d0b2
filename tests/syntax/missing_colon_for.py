# The colon after a for header is missing.
for i in range(3)
    print(i)
