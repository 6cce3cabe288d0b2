# The is* predicates over a table of strings.
samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc123", "123", "١٢٣", "½", "²", "Ⅻ", " \t\n", "\u3000",
           "é", "naïve", "Hello, World!", "_id", "2x", "x2", "class", "\x00", "tab\t", "ǅ", "ǅa Bc", "A1 B2",
           "ﬁ", "😀", "ĳ", "\u0378", "a b", "AB CD", "Σ", "ß"]
methods = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
           "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    print(repr(s), " ".join(str(int(getattr(s, m)())) for m in methods))
for b in [b"", b"abc", b"ABC", b"Abc Def", b"123", b" \t", b"a1", b"\xff", b"Hello World"]:
    print(repr(b), b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isspace(), b.istitle(), b.isupper())
try:
    "a".isdigit(1)
except TypeError as e:
    print("TypeError:", e)
