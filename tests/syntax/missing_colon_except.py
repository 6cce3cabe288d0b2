# The colon after except is missing.
try:
    pass
except ValueError
    pass
