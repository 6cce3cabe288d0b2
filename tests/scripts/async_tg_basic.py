# TaskGroup success path: leaving the block waits for every task.
import asyncio


async def job(name, ticks):
    print("start", name)
    for _ in range(ticks):
        await asyncio.sleep(0)
    print("end", name)
    return name * 2


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 4))
        t2 = tg.create_task(job("b", 1), name="named")
        print("tasks created")
    print("after block:", t1.result(), t2.result(), t2.get_name())
    print(t1.done(), t2.done())
    async with asyncio.TaskGroup() as tg:
        t3 = tg.create_task(job("c", 0))
        await asyncio.sleep(0.01)
        print("body slept; c done:", t3.done())
    print("second group done")


asyncio.run(main())
