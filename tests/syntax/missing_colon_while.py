# The colon after a while condition is missing.
while True
    pass
