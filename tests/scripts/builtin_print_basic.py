# print(): separators, endings, None defaults and str() of every argument.
print()
print(1, 2, 3)
print("a", "b", sep="")
print("a", "b", sep=", ")
print("no newline", end="")
print(" <- joined")
print("x", "y", sep=None, end=None)
print("multi", "line", sep="\n", end="\n--\n")
print(1.5, True, None, [1, "two"], (3,), {"k": 4})
print("")
print("unicode: héllo ✓ 😀")


class Thing:
    def __str__(self):
        return "Thing.__str__"

    def __repr__(self):
        return "Thing.__repr__"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(Thing(), [Thing()], OnlyRepr())
print(*[1, 2, 3], sep="-")
print("end", end="!\n")
print(sep="ignored")
print("flush", flush=True)
print("flush false", flush=False)
print(end="")
print("done")
