# coroutine objects had no __await__ (the coroutine_wrapper that awaitable classes return).
async def add(a, b):
    return a + b
c = add(1, 2)
w = c.__await__()
print(type(w).__name__, iter(w) is w, repr(w).startswith("<coroutine_wrapper object at "))
try:
    next(w)
except StopIteration as e:
    print("result", e.value)
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def waits():
    try:
        await Never()
    except KeyError as e:
        return "caught " + repr(e)
class Never:
    def __await__(self):
        yield "step"
        yield "step2"
c = waits()
w = c.__await__()
print(w.send(None))
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("throw ->", e.value)
c = waits()
w = c.__await__()
print(next(w), w.close())
class Wrap:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()
async def main():
    return await Wrap(add(3, 4))
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("main", e.value)
