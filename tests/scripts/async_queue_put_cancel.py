# A cancelled put() on a full queue adds nothing; the next putter goes on.
import asyncio


async def putter(q, item):
    try:
        await q.put(item)
        print("put", item)
    except asyncio.CancelledError:
        print("put of", item, "cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    p1 = asyncio.create_task(putter(q, "second"))
    p2 = asyncio.create_task(putter(q, "third"))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    await asyncio.gather(p1, p2, return_exceptions=True)
    print("queue now", q.get_nowait(), q.empty())


asyncio.run(main())
