# Lock: one holder at a time, waiters served first come, first served.
import asyncio


async def worker(name, lock):
    print(name, "wants the lock")
    async with lock:
        print(name, "holds the lock")
        await asyncio.sleep(0.002)
        print(name, "releases")


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(*(worker(n, lock) for n in ("w1", "w2", "w3")))
    print("locked:", lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    print("locked:", lock.locked())


asyncio.run(main())
