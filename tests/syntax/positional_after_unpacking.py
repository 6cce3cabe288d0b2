# A positional argument after **kwargs.
f(**k, b)
