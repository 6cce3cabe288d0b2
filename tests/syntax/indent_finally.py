# The body of a finally clause is not indented.
try:
    x = 1
finally:
pass
