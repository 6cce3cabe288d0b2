# Regression: PriorityQueue popped with a plain sift-down instead of
# heapq.heappop's algorithm, so items that compare equal left in a
# different order than in CPython.
import asyncio


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


async def main():
    q = asyncio.PriorityQueue()
    specs = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (2, "e"), (3, "f"),
             (1, "g"), (3, "h"), (2, "i"), (1, "j"), (3, "k"), (2, "l")]
    for priority, name in specs:
        await q.put(Job(priority, name))
    order = []
    while not q.empty():
        job = await q.get()
        order.append(f"{job.priority}{job.name}")
    print(" ".join(order))
    for priority, name in specs[:7]:
        q.put_nowait(Job(priority, name))
    first = q.get_nowait()
    q.put_nowait(Job(1, "z"))
    rest = [q.get_nowait() for _ in range(q.qsize())]
    print(first.name, [j.name for j in rest])


asyncio.run(main())
