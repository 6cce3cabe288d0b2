# Assigning a built-in read-only attribute said "property 'x' of 'T' object has no setter".
import time

f = open("/dev/null")
cases = [
    (range(3), "start"),
    (range(3), "step"),
    (slice(1, 2), "stop"),
    (1, "imag"),
    (True, "real"),
    (10**20, "numerator"),
    (1.0, "real"),
    (time.localtime(), "tm_year"),
    (f, "name"),
    (f, "closed"),
]
for obj, name in cases:
    for action in ("set", "del"):
        try:
            if action == "set":
                setattr(obj, name, 5)
            else:
                delattr(obj, name)
        except AttributeError as e:
            print(type(obj).__name__, action, name, "->", e)
f.close()


class WithProperty:
    @property
    def p(self):
        return 1


try:
    WithProperty().p = 2
except AttributeError as e:
    print("script property:", e)
