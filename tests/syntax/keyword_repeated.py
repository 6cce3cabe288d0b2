# The same keyword argument twice.
f(a=1, a=2)
