# format() of strs, None and other objects.
for s in ["", "abc", "naïve", "😀x"]:
    print([format(s, spec) for spec in ["", "s", "5", "<6", ">6", "^7", "*^7", "é>4", ".1", ".2s", "8.3", "0", "05", "0>5"]])
for spec in ["d", "+", " ", "#", "=5", "z", ",", "_", "x", "ss", "."]:
    try:
        print(format("abc", spec))
    except ValueError as e:
        print("ValueError:", e)
print(format(None), format(None, ""), format([1, 2]), format((1, "a")), format({"k": 1}))
try:
    format(None, ">5")
except TypeError as e:
    print("TypeError:", e)
try:
    format([1], "x")
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = "$%d.%02d" % divmod(self.cents, 100)
        return format(text, spec)
    def __str__(self):
        return "Money(%d)" % self.cents
print(format(Money(1234)), format(Money(5), ">10"), f"{Money(99):*^12}", f"{Money(7)!s}")
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), "^10")
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
