# A cancelled semaphore waiter gives its turn to the next waiter.
import asyncio


async def user(name, sem):
    try:
        async with sem:
            print(name, "inside")
            await asyncio.sleep(0)
        print(name, "left")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    tasks = [asyncio.create_task(user(n, sem)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.sleep(0)
    sem.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("locked:", sem.locked())


asyncio.run(main())
