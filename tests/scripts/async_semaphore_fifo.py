# Semaphore waiters are woken in the order they started waiting.
import asyncio


async def waiter(name, sem):
    await sem.acquire()
    print(name, "acquired")


async def main():
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(f"w{i}", sem)) for i in range(4)]
    await asyncio.sleep(0)
    for i in range(4):
        print("release", i)
        sem.release()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)


asyncio.run(main())
