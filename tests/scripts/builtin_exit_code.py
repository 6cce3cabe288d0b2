# An uncaught exit(3) ends the program with status 3 and prints nothing.
print("before")
exit(3)
print("never")
