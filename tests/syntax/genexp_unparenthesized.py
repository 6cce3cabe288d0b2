# A generator expression next to another argument.
f(x for x in y, 1)
