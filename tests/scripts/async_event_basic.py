# Event: waiters block until set(); later waits return at once.
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    result = await event.wait()
    print(name, "released", result)


async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    print("setting")
    event.set()
    print("is_set:", event.is_set())
    await asyncio.gather(*tasks)
    print("wait when set:", await event.wait())
    event.set()
    print("set twice ok")


asyncio.run(main())
