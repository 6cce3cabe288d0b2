# ensure_future wraps coroutines and awaitables; futures pass through.
import asyncio


class Awaitable:
    def __await__(self):
        yield
        return "from awaitable"


async def coro():
    return "from coroutine"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    for bad in (1, "x", None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as exc:
            print("TypeError:", exc)


asyncio.run(main())
