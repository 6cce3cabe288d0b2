# Core str behaviour: length, indexing, membership, operators, comparison.
s = "hello, world"
print(len(s), len(""), len("naïve café"), len("😀😀"))
print(s[0], s[4], s[-1], s[-5])
print("lo" in s, "xyz" in s, "" in s, "" in "")
print("ab" + "cd", "ab" * 3, 3 * "xy", "ab" * 0, "ab" * -2)
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "B" < "a")
print("é" > "z", "😀" > "\uffff", sorted(["b", "a", "é", "Z", "ab"]))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n"))
print(repr("\x00\x7f\x80\u200b\U0001f600"))
print(str("abc") is not None, bool(""), bool("x"))
x = "spam"
x += " eggs"
x *= 2
print(x)
for ch in "héllo":
    print(ch, end="|")
print()
print(list("ab😀c"), tuple("xyz"))
print(max("hello"), min("hello"), "".join(sorted("banana")))
for bad in [lambda: s[100], lambda: s[-100], lambda: s["1"], lambda: s[1.5]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
print(hash("abc") == hash("ab" + "c"))
d = {"one": 1, "two": 2}
print(d["o" + "ne"], "two" in d)
