# The body of an else is not indented.
if x:
    pass
else:
pass
