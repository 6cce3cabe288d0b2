# A starred expression cannot be deleted.
del *a, b
