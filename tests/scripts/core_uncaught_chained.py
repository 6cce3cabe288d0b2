# An uncaught exception with an implicit context: the last line is the newest one.
def read_number(text):
    try:
        return int(text)
    except ValueError:
        print("conversion failed, looking up fallback")
        return {}["fallback"]


print(read_number("12"))
print(read_number("twelve"))
