# *args cannot have a default.
def f(*a=1):
    pass
