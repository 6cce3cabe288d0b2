# as_completed yields awaitables in the order the tasks finish.
import asyncio


async def job(name, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    print("finished", name)
    return name


async def main():
    coros = [job("c", 9), job("a", 1), job("b", 4)]
    for i, next_done in enumerate(asyncio.as_completed(coros)):
        result = await next_done
        print(i, "->", result)
    print("all done")


asyncio.run(main())
