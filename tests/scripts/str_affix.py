# startswith, endswith, removeprefix, removesuffix.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.endswith(".gz"))
print(s.endswith(("zip", ".gz")), s.startswith(("x", "y")), s.endswith("tar", 0, -3), s.startswith("", 15), s.startswith("", 16))
print("é😀".startswith("é"), "é😀".endswith("😀"), "é😀".endswith("é", 0, 1), "abc".endswith("", -1, -2))
print(s.removeprefix("file"), s.removeprefix("x"), s.removesuffix(".gz"), s.removesuffix(""), "".removeprefix(""))
print(b"data.bin".startswith(b"data"), b"data.bin".endswith((b".txt", b".bin")), b"xy".removesuffix(b"y"))
for call in [lambda: s.startswith(1), lambda: s.endswith((".gz", 2)), lambda: s.startswith(),
             lambda: s.removeprefix(1), lambda: b"x".startswith("x"), lambda: s.startswith("a", "b")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
names = ["test_a.py", "main.py", "test_b.txt", "README"]
print([n for n in names if n.startswith("test_") and n.endswith(".py")])
