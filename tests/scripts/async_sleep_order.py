# Tasks sleeping different delays wake in deadline order; gather still
# lists the results in its argument order.
import asyncio


async def sleeper(name, delay):
    print("sleep", name)
    await asyncio.sleep(delay)
    print("woke", name)
    return name


async def main():
    zero = asyncio.create_task(sleeper("zero", 0))
    short = asyncio.create_task(sleeper("short", 0.005))
    mid = asyncio.create_task(sleeper("mid", 0.025))
    long = asyncio.create_task(sleeper("long", 0.045))
    names = await asyncio.gather(long, short, zero, mid)
    print(names)


asyncio.run(main())
