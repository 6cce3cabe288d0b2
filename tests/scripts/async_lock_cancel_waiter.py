# A cancelled lock waiter is skipped; the next waiter gets the lock.
import asyncio


async def contender(name, lock):
    try:
        async with lock:
            print(name, "acquired")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(contender("a", lock))
    b = asyncio.create_task(contender("b", lock))
    c = asyncio.create_task(contender("c", lock))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    print("main releases")
    lock.release()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("locked at end:", lock.locked())


asyncio.run(main())
