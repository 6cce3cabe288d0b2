# join over every kind of iterable, and its errors.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"))
print(" ".join(w.upper() for w in "the quick fox".split()))
print(", ".join({"k1": 1, "k2": 2}), "|".join([]), "|".join(["only"]))
print("😀".join(["é", "ü", ""]), repr("".join([])))
print("\n".join(str(i) for i in range(3)))
for bad in [[1, 2], ["a", None], ("x", b"y"), 5, None]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError:", e)
def gen():
    yield "a"
    raise ValueError("boom")
try:
    "".join(gen())
except ValueError as e:
    print("ValueError:", e)
print(b"-".join([b"a", b"b"]), b"".join([]))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
words = ["alpha", "beta", "gamma"]
print(" and ".join(", ".join(words[:-1]).split(", ") + [words[-1]]))
