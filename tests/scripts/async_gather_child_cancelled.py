# A cancelled child makes gather raise CancelledError, or appear in the
# results with return_exceptions=True.
import asyncio


async def forever():
    await asyncio.get_running_loop().create_future()


async def child(name, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    return name


async def main():
    victim = asyncio.create_task(forever())
    other = asyncio.create_task(child("other", 10))
    g = asyncio.gather(victim, other)
    await asyncio.sleep(0)
    victim.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("other done:", other.done())
    print(await other)
    v2 = asyncio.create_task(forever())
    o2 = asyncio.create_task(child("o2", 3))
    g2 = asyncio.gather(v2, o2, return_exceptions=True)
    await asyncio.sleep(0)
    v2.cancel("gone")
    results = await g2
    print([type(r).__name__ for r in results], results[0].args, results[1])


asyncio.run(main())
