# The repr of handles whose callback is a builtin.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "from handle", 1)
    print(repr(h))
    h2 = loop.call_soon(len, [1, 2])
    h2.cancel()
    print(repr(h2))
    await asyncio.sleep(0)


asyncio.run(main())
