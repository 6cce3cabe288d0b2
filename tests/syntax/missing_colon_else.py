# 'else' must be followed by a colon.
if x:
    pass
else x:
    pass
