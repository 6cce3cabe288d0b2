# A bounded queue blocks put() until a get() makes room.
import asyncio


async def producer(q):
    for i in range(5):
        print("putting", i, "qsize", q.qsize())
        await q.put(i)
        print("put", i)


async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.002)
        print("got", await q.get())


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    print("empty:", q.empty())


asyncio.run(main())
