# gather without return_exceptions: the first exception propagates and
# the other children keep running.
import asyncio


async def ok(name, ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    print(name, "completed")
    return name


async def bad(ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    print("bad raising")
    raise ValueError("bad child")


async def main():
    slow = asyncio.create_task(ok("slow", 12))
    try:
        await asyncio.gather(ok("quick", 0), bad(2), slow)
    except ValueError as exc:
        print("gather raised", exc)
    print("slow done:", slow.done())
    print("slow result:", await slow)


asyncio.run(main())
