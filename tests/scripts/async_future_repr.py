# The repr of futures in each state (no callbacks attached).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    print(repr(a))
    a.set_result([1, "two"])
    print(repr(a))
    b = loop.create_future()
    b.set_exception(ValueError("bad"))
    print(repr(b))
    b.exception()
    c = loop.create_future()
    c.cancel()
    print(repr(c))
    d = asyncio.Future()
    d.set_result(None)
    print(repr(d))


asyncio.run(main())
