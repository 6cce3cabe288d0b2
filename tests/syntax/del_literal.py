# A literal cannot be deleted.
del 1
