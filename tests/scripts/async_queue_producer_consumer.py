# Producer/consumer: the consumer waits when the queue is empty.
import asyncio


async def producer(q, n):
    for i in range(n):
        print("produce", i)
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)
    print("producer done")


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        print("consume", item)
        total += item
    return total


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    p = asyncio.create_task(producer(q, 4))
    await p
    print("total", await c)


asyncio.run(main())
