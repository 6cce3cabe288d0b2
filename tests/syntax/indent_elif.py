# The body of an elif is not indented.
if x:
    pass
elif y:
pass
