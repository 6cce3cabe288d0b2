# send(v) through `yield from` called next() on a non-generator receiver instead of its send(v) (PEP 380).
class Recv:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        return len(self.log)
    def send(self, v):
        self.log.append(("send", v))
        if v == "stop":
            raise StopIteration("sent-stop")
        return len(self.log)

r = Recv()
def d():
    x = yield from r
    yield ("result", x)
g = d()
print(next(g), g.send("a"), g.send(None), g.send("stop"), r.log)

class NoSend:
    def __iter__(self): return self
    def __next__(self): return 1
def e():
    yield from NoSend()
g = e()
next(g)
try:
    g.send(5)
except AttributeError as ex:
    print("AttributeError", ex)
def f():
    yield from [1, 2]
g = f()
next(g)
try:
    g.send(3)
except AttributeError as ex:
    print("AttributeError", ex)
