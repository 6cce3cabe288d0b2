# True, False, None, Ellipsis.
a = True
b = False
c = None
d = ...
e = [True, False, None, ...]
if x is None:
    pass
def stub(): ...
x = ...  # elided
