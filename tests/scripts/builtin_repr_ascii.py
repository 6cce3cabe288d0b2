# repr() and ascii() of built-in values and user classes.
print(repr(1), repr(-2.5), repr(True), repr(None))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("nl\n"))
print(repr([1, "a", (2, 3)]), repr({"k": [None]}))
print(repr(""), repr("é"), repr("😀"))
print(ascii("héllo"), ascii("😀"), ascii("\u1234"), ascii(["ü", 1]))
print(ascii(1), ascii("plain"), ascii("\x00\x7f"))


class P:
    def __repr__(self):
        return "P<é>"


print(repr(P()), ascii(P()), [P()])


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: repr())
attempt(lambda: repr(1, 2))
attempt(lambda: repr(obj=1))
attempt(lambda: ascii())
