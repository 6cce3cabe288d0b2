# The colon after a class header is missing.
class A(B)
    pass
