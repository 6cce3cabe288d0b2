# Queue basics: put/get order, sizes, empty/full and maxsize.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for item in ("a", "b", "c"):
        await q.put(item)
    print(q.qsize(), q.empty(), q.full())
    print(await q.get(), q.get_nowait(), await q.get())
    print(q.empty())
    small = asyncio.Queue(maxsize=2)
    small.put_nowait(1)
    small.put_nowait(2)
    print("full:", small.full(), small.maxsize)
    unbounded = asyncio.Queue(0)
    for i in range(100):
        unbounded.put_nowait(i)
    print("unbounded full:", unbounded.full(), unbounded.qsize())


asyncio.run(main())
