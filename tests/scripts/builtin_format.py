# format(): specs for ints, floats and strs; user __format__; errors.
print(format(42), format(3.5), format("s"), format(True), format(None))
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(-42, "+d"))
print(format(1234567, ","), format(1234567, "_"), format(42, "^8"))
print(format(3.14159, ".2f"), format(2.5, "e"), format(0.25, "%"))
print(format(1e20, "g"), format(123.456, "10.1f"), format(-0.0, ".1f"))
print(format("text", ">8"), format("text", "*<8"), format("text", ".2"))
print(format([1, 2], ""), format((1,), ""))
print(repr(format("", "")), format(7, ""))


class Temp:
    def __format__(self, spec):
        return "Temp(" + spec + ")"


print(format(Temp(), "hot"), format(Temp()))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: format())
attempt(lambda: format(1, 2))
attempt(lambda: format(1, "x", 3))
attempt(lambda: format(1, "q"))
attempt(lambda: format("a", "d"))
attempt(lambda: format(None, "x"))
attempt(lambda: format(1, spec="x"))
