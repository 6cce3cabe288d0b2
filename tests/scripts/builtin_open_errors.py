# open(): argument validation and OS errors, with CPython's messages.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: open())
attempt(lambda: open("builtin_no_such_file.txt"))
attempt(lambda: open("builtin_no_such_dir/x.txt", "w"))
attempt(lambda: open(""))
attempt(lambda: open(None))
attempt(lambda: open(1.5))
attempt(lambda: open("x", 5))
attempt(lambda: open("x", "q"))
attempt(lambda: open("x", "rr"))
attempt(lambda: open("x", "rw"))
attempt(lambda: open("x", "rtb"))
attempt(lambda: open("x", "t"))
attempt(lambda: open("x", "+"))
attempt(lambda: open("x", "rU"))
attempt(lambda: open("x", "wb", encoding="utf-8"))
attempt(lambda: open("x", "rb", errors="strict"))
attempt(lambda: open("x", "rb", newline=""))
attempt(lambda: open("x", encoding=1))
attempt(lambda: open("x", errors=1))
attempt(lambda: open("x", newline=5))
attempt(lambda: open("x", buffering="a"))
attempt(lambda: open("x", closefd=False))
attempt(lambda: open("x", foo=1))
attempt(lambda: open("x", "r", -1, None, None, None, True, None, 1))
attempt(lambda: open("."))
try:
    open("builtin_no_such_file.txt")
except OSError as e:
    print("caught as OSError:", type(e).__name__)
try:
    open("builtin_no_such_file.txt")
except FileNotFoundError:
    print("caught as FileNotFoundError")
