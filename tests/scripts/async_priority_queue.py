# PriorityQueue returns the smallest item first.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(5, "five"), (1, "one"), (3, "three"), (1, "another one"),
                 (4, "four"), (2, "two"), (9, "nine"), (0, "zero")]:
        q.put_nowait(item)
    print("size", q.qsize())
    while not q.empty():
        print(await q.get())
    numbers = asyncio.PriorityQueue()
    for n in [7, 3, 9, 1, 8, 2, 6, 4, 5, 0, 3]:
        await numbers.put(n)
    print([numbers.get_nowait() for _ in range(numbers.qsize())])


asyncio.run(main())
