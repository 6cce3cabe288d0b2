# sleep(0) yields exactly once: two loops interleave step by step.
import asyncio

log = []


async def ticker(name, count):
    for i in range(count):
        log.append(f"{name}{i}")
        print(name, i)
        await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(ticker("x", 4))
    t2 = asyncio.create_task(ticker("y", 2))
    t3 = asyncio.create_task(ticker("z", 3))
    await t1
    await t2
    await t3
    print(" ".join(log))


asyncio.run(main())
