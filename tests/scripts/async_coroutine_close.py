# Closing, exhausting and misusing coroutine objects by hand.
class Suspend:
    def __await__(self):
        yield "suspended"


async def with_finally():
    try:
        await Suspend()
    finally:
        print("finally runs on close")


async def awaits_in_finally():
    try:
        await Suspend()
    finally:
        await Suspend()


async def simple():
    return 1


c = with_finally()
print(c.send(None), c.cr_running)
c.close()
print("closed")
c = awaits_in_finally()
c.send(None)
try:
    c.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
c = simple()
try:
    c.send(1)
except TypeError as exc:
    print("TypeError:", exc)
c.close()
try:
    c.send(None)
except RuntimeError as exc:
    print("RuntimeError:", exc)
c = simple()
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)
try:
    c.send(None)
except RuntimeError as exc:
    print("RuntimeError:", exc)
c = with_finally()
c.send(None)
try:
    c.throw(ValueError("into the coroutine"))
except ValueError as exc:
    print("ValueError:", exc)
