# gather(return_exceptions=True) puts exceptions among the results.
import asyncio


async def value(x):
    await asyncio.sleep(0)
    return x


async def fail(kind, msg):
    await asyncio.sleep(0)
    raise kind(msg)


async def main():
    results = await asyncio.gather(value(1), fail(KeyError, "k"), value(3),
                                   fail(RuntimeError, "r"),
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))


asyncio.run(main())
