# Task reprs: results shortened by reprlib, exceptions shown whole, the
# cancelling state, callbacks, a future inside its own result, deques,
# keys that cannot be sorted, reprs that raise, and the line of a
# coroutine that awaits another.
import asyncio
import collections
import functools


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))


class Key:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n > other.n

    def __hash__(self):
        return self.n

    def __repr__(self):
        return f"K{self.n}"


class Unsortable:
    def __lt__(self, other):
        raise ValueError("no order")

    def __repr__(self):
        return "U"


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


def note(fut):
    pass


async def produce(value):
    return value


async def fail():
    raise ValueError("e" * 80)


async def sleeper():
    await asyncio.sleep(10)


async def middle():
    await sleeper()


async def main():
    loop = asyncio.get_running_loop()
    for value in [list(range(30)), "s" * 45, {"b": [1] * 9, "a": (2,) * 9},
                  collections.deque(range(9)), collections.deque([1, 2]),
                  collections.deque(), 3 ** 90]:
        task = asyncio.create_task(produce(value), name="p")
        await task
        show(task)
    task = asyncio.create_task(fail(), name="f")
    await asyncio.gather(task, return_exceptions=True)
    show(task)
    task = asyncio.create_task(sleeper(), name="s")
    await asyncio.sleep(0)
    task.add_done_callback(note)
    task.add_done_callback(functools.partial(note))
    show(task)
    task.cancel()
    show(task)
    task.cancel()
    print(task.cancelling())
    show(task)
    await asyncio.gather(task, return_exceptions=True)
    show(task)
    fut = loop.create_future()
    fut.set_result([fut, fut])
    show(fut)
    fut = loop.create_future()
    fut.set_result({Key(1): 1, Key(3): 3, Key(2): 2})
    show(fut)
    fut = loop.create_future()
    fut.set_result({Unsortable(): 1, Unsortable(): 2})
    show(fut)
    fut = loop.create_future()
    fut.set_result(BadRepr())
    print(" instance at 0x" in repr(fut), repr(fut).startswith("<Future finished result=<BadRepr instance at 0x"))
    fut = loop.create_future()
    fut.set_exception(KeyError("k" * 70))
    show(fut)
    fut.exception()
    task = asyncio.create_task(middle(), name="nested")
    await asyncio.sleep(0)
    show(task)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
