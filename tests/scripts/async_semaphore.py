# Semaphore(2): at most two workers inside at once.
import asyncio

inside = []


async def worker(n, sem):
    async with sem:
        inside.append(n)
        print("enter", n, "inside:", sorted(inside))
        for _ in range(2 * (n % 3) + 1):
            await asyncio.sleep(0)
        inside.remove(n)
        print("leave", n)


async def main():
    sem = asyncio.Semaphore(2)
    print("locked:", sem.locked())
    await asyncio.gather(*(worker(n, sem) for n in range(5)))
    print("locked:", sem.locked())
    await sem.acquire()
    await sem.acquire()
    print("locked after two acquires:", sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("released three times, locked:", sem.locked())


asyncio.run(main())
