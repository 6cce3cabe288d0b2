# json.dumps of strings: escapes, ensure_ascii, surrogate pairs, keys.
import json

controls = "".join(chr(i) for i in range(0x20)) + "\x7f"
print(json.dumps(controls))
print(json.dumps(controls, ensure_ascii=False))
print(json.dumps('say "hi" \\ back\\slash / slash'))
print(json.dumps('say "hi" \\ back\\slash / slash', ensure_ascii=False))

samples = ["café", "naïve façade", "日本語", "Ελληνικά", "😀", "a😀b🎉c",
           "\U0010ffff", "\u2028\u2029", "\xa0\xff", "€100", "\ufeff",
           "\ud800", "\udfff", "x\udc00y", "\ud83d\ude00"]
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False) == '"' + s + '"')

# Backslashes next to non-ASCII characters.
tricky = ["\\xe9", "\\é", "é\\", "\\\\é\\x41", "\\U0001f600😀", "\\\\😀\\",
          "é\n\t\"\\", "\\u00e9é", "x\\\\xé"]
for s in tricky:
    out = json.dumps(s)
    print(out, json.loads(out) == s)
for s in tricky:
    print(json.dumps(s, ensure_ascii=False))

# Keys are escaped the same way.
print(json.dumps({"clé": "valeur", "tab\tkey": 1, 'q"k': 2}))
print(json.dumps({"clé": "valeur", "tab\tkey": 1, 'q"k': 2}, ensure_ascii=False))
print(json.dumps({"b": 1, "a\u00e9": 2, "a": 3, "😀": 4}, sort_keys=True))

# Long strings.
long = "abc" * 1000 + "é" + "xyz" * 1000
out = json.dumps(long)
print(len(out), out[3000:3010], json.loads(out) == long)
print(json.dumps(["", " ", "  "]))
