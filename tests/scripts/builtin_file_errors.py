# File objects: closed files, wrong modes, wrong argument types.
import os

def attempt(f):
    try:
        print(repr(f()))
    except OSError as e:  # io.UnsupportedOperation derives from it
        print("OSError:", e)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


NAME = "builtin_tmp_errors.txt"
w = open(NAME, "w")
attempt(lambda: w.read())
attempt(lambda: w.readline())
attempt(lambda: w.write(5))
attempt(lambda: w.write())
attempt(lambda: w.write("a", "b"))
attempt(lambda: w.writelines([1]))
attempt(lambda: w.writelines(5))
attempt(lambda: w.close(1))
w.write("line\n")
w.close()
attempt(lambda: w.write("x"))
attempt(lambda: w.writelines([]))
attempt(lambda: w.read())
attempt(lambda: w.flush())
attempt(lambda: w.tell())
attempt(lambda: w.seek(0))
attempt(lambda: iter(w))
attempt(lambda: next(w))
attempt(lambda: w.__enter__())
attempt(lambda: print("x", file=w))
r = open(NAME)
attempt(lambda: r.write("x"))
attempt(lambda: print("x", file=r))
attempt(lambda: r.read("a"))
attempt(lambda: r.read(1, 2))
attempt(lambda: r.read(size=1))
attempt(lambda: r.readline(None))
attempt(lambda: r.readline("a"))
attempt(lambda: r.readlines("a"))
attempt(lambda: r.read(None))
attempt(lambda: r.seek(-1))
attempt(lambda: r.seek(3, 1))
attempt(lambda: r.seek(3, 2))
attempt(lambda: r.seek(0, 5))
r.close()
attempt(lambda: r.readable())
attempt(lambda: r.fileno())
os.remove(NAME)
