# A cancelled get() does not lose items; the next getter receives them.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("item")
    await asyncio.gather(g1, g2, return_exceptions=True)
    print("qsize", q.qsize())


asyncio.run(main())
