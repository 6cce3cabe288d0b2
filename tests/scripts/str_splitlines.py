# splitlines with every line boundary Python knows.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(True))
for s in ["", "\n", "\n\n", "a\n", "a\r\n\r\nb", "\r\r\n", "no breaks"]:
    print(repr(s), s.splitlines(), s.splitlines(True))
print(b"a\nb\r\nc\rd\x0be\x85".splitlines())
print(b"a\nb\r\n".splitlines(True))
try:
    "a".splitlines("x")
except TypeError as e:
    print("TypeError:", e)
poem = """Roses are red,
  Violets are blue,
Sugar is sweet."""
for i, line in enumerate(poem.splitlines(), 1):
    print(i, line.strip())
