# An uncaught IndexError from str.format ends the program.
print("{} and {}".format("one", "two"))
print("{} and {}".format("one"))
