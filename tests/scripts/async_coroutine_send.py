# Driving coroutines by hand with send(): what await yields and returns.
class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        print("suspend", self.label)
        reply = yield self.label
        print("resumed", self.label, "with", reply)
        return reply * 2


async def worker():
    a = await Suspend("first")
    b = await Suspend("second")
    return a + b


coro = worker()
print("yielded", coro.send(None))
print("yielded", coro.send(10))
try:
    coro.send(5)
except StopIteration as stop:
    print("returned", stop.value)

coro = worker()
coro.send(None)
try:
    coro.throw(KeyError("thrown"))
except KeyError as exc:
    print("propagated", exc)
