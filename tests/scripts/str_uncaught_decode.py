# An uncaught UnicodeDecodeError ends the program.
data = "café".encode("utf-8")
print(data, data.decode("utf-8"))
print(data.decode("ascii"))
