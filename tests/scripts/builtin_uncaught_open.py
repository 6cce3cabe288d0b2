# Opening a missing file raises FileNotFoundError with CPython's message.
print("opening")
with open("builtin_missing_file.txt") as f:
    print(f.read())
