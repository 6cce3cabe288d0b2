# BoundedSemaphore refuses to be released above its initial value.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as exc:
        print("ValueError:", exc)
    async with sem:
        async with sem:
            print("two inside, locked:", sem.locked())
    print("locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as exc:
        print("ValueError:", exc)
    zero = asyncio.Semaphore(0)
    print("zero locked:", zero.locked())
    zero.release()
    print("after release:", zero.locked(), await zero.acquire())
    print(issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore))


asyncio.run(main())
