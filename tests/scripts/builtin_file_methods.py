# File objects: attributes, repr, seek/tell, flush, queries.
import os

NAME = "builtin_tmp_methods.txt"
f = open(NAME, "w")
print(repr(f))
print(f.name, f.mode, f.encoding, f.errors, f.closed)
print(f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.write("0123456789\n"), f.tell())
f.flush()
f.close()
f.close()
print(f.closed, repr(f))
f = open(NAME, "rt", encoding="UTF-8")
print(repr(f), f.mode)
print(f.read(3), f.tell(), f.seek(5), f.read(2), f.seek(0, 2), repr(f.read()))
print(f.seek(0), f.readline(), end="")
print(f.seek(0, 1) == f.tell())
print(type(f).__name__, f.__enter__() is f, f.__exit__(None, None, None))
print(f.closed, f.__exit__())
with open(NAME, "a") as g:
    print(g.readable(), g.writable(), g.mode)
os.remove(NAME)
