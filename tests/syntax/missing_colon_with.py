# The colon after a with header is missing.
with open('f') as f
    pass
