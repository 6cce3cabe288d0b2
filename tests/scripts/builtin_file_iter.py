# File objects: with-blocks, iteration by line, readlines(hint), writelines.
import os

NAME = "builtin_tmp_iter.txt"
with open(NAME, "w") as f:
    f.writelines(["one\n", "two\n", "three\n"])
    f.writelines(x + "\n" for x in ["four", "five"])
    f.writelines([])
    print(f.closed)
print(f.closed)
with open(NAME) as f:
    for line in f:
        print(repr(line))
with open(NAME) as f:
    print([line.strip() for line in f if "o" in line])
with open(NAME) as f:
    print(f.readlines(5))
    print(f.readlines(1))
    print(f.readlines())
    print(f.readlines(), f.read(), f.readline())
with open(NAME) as f:
    print(next(f), end="")
    print(list(f))
    print(next(f, "at end"))
with open(NAME) as f:
    lines = list(enumerate(f, 1))
print(len(lines), lines[-1])
with open(NAME) as f:
    it = iter(f)
    print(it is f, next(it), end="")
try:
    with open(NAME) as f:
        raise ValueError("inside with")
except ValueError as e:
    print("caught", e, "closed:", f.closed)
with open(NAME, "w") as f:
    pass
with open(NAME) as f:
    print(repr(f.read()), list(f))
os.remove(NAME)
