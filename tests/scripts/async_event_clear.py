# Event.clear() makes later waits block again; a set/clear pulse still
# releases the tasks that were waiting.
import asyncio


async def waiter(name, event):
    await event.wait()
    print(name, "released")


async def main():
    event = asyncio.Event()
    t1 = asyncio.create_task(waiter("first", event))
    await asyncio.sleep(0)
    event.set()
    event.clear()
    print("pulsed; is_set:", event.is_set())
    await t1
    t2 = asyncio.create_task(waiter("second", event))
    await asyncio.sleep(0.005)
    print("second done:", t2.done())
    event.set()
    await t2
    print("end")


asyncio.run(main())
