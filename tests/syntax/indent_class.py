# The body of a class is not indented.
class A:
pass
