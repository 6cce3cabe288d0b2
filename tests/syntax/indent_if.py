# The body of an if statement is not indented.
if True:
print('yes')
