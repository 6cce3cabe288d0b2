# str() of queues describes their state (repr adds an address).
import asyncio


async def main():
    q = asyncio.Queue()
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))
    q.get_nowait()
    q.task_done()
    print(str(q))
    p = asyncio.PriorityQueue(maxsize=3)
    p.put_nowait(2)
    print(str(p))
    l = asyncio.LifoQueue(5)
    print(str(l))
    getter_q = asyncio.Queue()
    getter = asyncio.create_task(getter_q.get())
    await asyncio.sleep(0)
    print(str(getter_q))
    getter_q.put_nowait("x")
    print(await getter)


asyncio.run(main())
