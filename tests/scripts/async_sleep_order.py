# Tasks sleeping different delays wake in deadline order.
import asyncio


async def sleeper(name, delay):
    print("sleep", name)
    await asyncio.sleep(delay)
    print("woke", name)
    return name


async def main():
    names = await asyncio.gather(sleeper("long", 0.045), sleeper("short", 0.005),
                                 sleeper("zero", 0), sleeper("mid", 0.025))
    print(names)


asyncio.run(main())
