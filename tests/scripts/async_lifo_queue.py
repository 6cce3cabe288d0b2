# LifoQueue returns the most recently added item first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for i in range(5):
        await q.put(i)
    print(await q.get(), await q.get(), await q.get())
    q.put_nowait("x")
    print(q.get_nowait(), q.get_nowait(), q.qsize())
    bounded = asyncio.LifoQueue(maxsize=1)
    bounded.put_nowait("only")
    print(bounded.full())


asyncio.run(main())
