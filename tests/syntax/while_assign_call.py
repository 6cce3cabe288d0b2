# '=' after a call in a condition.
while f() = 1:
    pass
