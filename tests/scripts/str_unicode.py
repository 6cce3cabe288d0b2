# Non-ASCII text: code points, ord/chr, iteration, search.
s = "Grüße, 世界! 😀👍🏽"
print(len(s), [ord(c) for c in s[-4:]], s[7:9], s[-3:], s[::-1])
print(s.find("世"), s.index("😀"), s.count("ß"), s.upper(), s.split(", "))
print([c for c in "aé😀" if not c.isascii()], "".join(chr(0x41 + i) for i in range(5)))
print(repr("\u200b\u00ad\u2028"), repr("\U0001F600"))
text = "naïve café résumé"
print({c: text.count(c) for c in sorted(set(text)) if c.isalpha() and not c.isascii()})
print(text.encode("utf-8"), len(text.encode("utf-8")), text.encode("utf-8").decode("utf-8") == text)
print("İ".lower(), len("İ".lower()), "ﬀ".upper(), "ǰ".upper(), "ΐ".upper())
print(max("abcé"), min("😀a"), sorted("bä😀a"), "é" in "café", "e" in "café")
it = iter("aé")
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
