# The body of a while loop is not indented.
while x:
x -= 1
