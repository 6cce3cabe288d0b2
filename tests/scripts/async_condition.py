# Condition: notify wakes one waiter, notify_all the rest; wait_for loops
# until the predicate holds.
import asyncio

items = []


async def consumer(name, cond):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woken")


async def predicate_waiter(cond):
    async with cond:
        result = await cond.wait_for(lambda: len(items) >= 3)
        print("predicate satisfied:", result, items)


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(n, cond)) for n in ("c1", "c2", "c3")]
    pw = asyncio.create_task(predicate_waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        print("notify one")
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        print("notify all")
        cond.notify_all()
    await asyncio.gather(*tasks)
    for i in range(3):
        async with cond:
            items.append(i)
            print("appended", i)
            cond.notify_all()
        await asyncio.sleep(0)
    await pw


asyncio.run(main())
