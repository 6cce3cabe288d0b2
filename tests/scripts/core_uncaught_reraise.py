# A handler that logs and re-raises lets the exception end the program.
def risky():
    return [1, 2, 3][10]


try:
    risky()
except IndexError as e:
    print("logging:", e)
    raise
