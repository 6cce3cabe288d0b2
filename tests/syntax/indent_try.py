# The body of a try statement is not indented.
try:
x = 1
except E:
    pass
