# An uncaught ValueError from str.index ends the program.
s = "hello"
print(s.index("l"))
print(s.index("z"))
print("not reached")
