# Case mapping, Unicode included.
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "ß", "ﬁre", "ǆemal", "İstanbul",
         "ΣΑΣ ΣΑΣ. Σ", "ὈΔΥΣΣΕΎΣ", "they're bill's friends", "123abc", "ŉ", "", "mIxEd 42 CaSe"]
for w in words:
    print(w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
print("straße".casefold() == "STRASSE".casefold(), "Straße".upper(), len("ﬃ".upper()))
print(b"Hello World 123".upper(), b"Hello World".lower(), b"hello world".title(), b"hELLO".swapcase(), b"hello".capitalize())
print(b"caf\xc3\xa9".upper())
try:
    "a".upper(1)
except TypeError as e:
    print("TypeError:", e)
def snake_to_camel(name):
    first, *rest = name.split("_")
    return first + "".join(part.capitalize() for part in rest)
print(snake_to_camel("read_file_contents"), snake_to_camel("x"))
