# The body of an except clause is not indented.
try:
    x = 1
except E:
pass
