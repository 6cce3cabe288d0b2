# print(): keyword checks and writing to objects with a write method.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: print("x", foo=1))
attempt(lambda: print(sep=1))
attempt(lambda: print("a", end=2.5))
attempt(lambda: print("a", file=1))
attempt(lambda: print(file=None, sep=[1]))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flushed>")


c = Collector()
print("a", 1, None, file=c)
print("b", "c", sep="+", end=";", file=c)
print(file=c, flush=True)
print(c.parts)


class BadStr:
    def __str__(self):
        raise ValueError("no str for you")


attempt(lambda: print("before", BadStr()))
print()


class NoFlush:
    def write(self, text):
        pass


attempt(lambda: print("x", file=NoFlush(), flush=True))
print("end")
