# An uncaught ValueError from int() of a bad string.
print(int("12"))
print(int("12abc"))
