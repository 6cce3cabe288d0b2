# A function call cannot be deleted.
del f()
