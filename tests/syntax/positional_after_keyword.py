# A positional argument after a keyword argument.
f(a=1, b)
