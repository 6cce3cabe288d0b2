# KeyError's message is the repr of its key.
d = {"a": 1}
print(d["a"])
d["b c"]
