# Cancelling a task waiting on an Event leaves the other waiters intact.
import asyncio


async def waiter(name, event):
    try:
        await event.wait()
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    event = asyncio.Event()
    a = asyncio.create_task(waiter("a", event))
    b = asyncio.create_task(waiter("b", event))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), b.cancelled())


asyncio.run(main())
