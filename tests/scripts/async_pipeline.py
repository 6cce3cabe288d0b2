# A three-stage pipeline: producer -> squarers -> collector, joined by
# queues, shut down with sentinels.
import asyncio

DONE = object()


async def producer(out_q, n):
    for i in range(n):
        await out_q.put(i)
        print("produced", i)
    await out_q.put(DONE)
    await out_q.put(DONE)


async def squarer(name, in_q, out_q):
    while True:
        item = await in_q.get()
        if item is DONE:
            print(name, "stops")
            await out_q.put(DONE)
            return
        for _ in range(item % 3):
            await asyncio.sleep(0)
        print(name, "squares", item)
        await out_q.put((item, item * item))


async def collector(in_q, stages):
    results = {}
    while stages:
        item = await in_q.get()
        if item is DONE:
            stages -= 1
            continue
        results[item[0]] = item[1]
    return results


async def main():
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue()
    col = asyncio.create_task(collector(q2, 2))
    await asyncio.gather(producer(q1, 7), squarer("s1", q1, q2),
                         squarer("s2", q1, q2))
    results = await col
    print(sorted(results.items()))


asyncio.run(main())
