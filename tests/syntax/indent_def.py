# The body of a function is not indented.
def f():
return 1
