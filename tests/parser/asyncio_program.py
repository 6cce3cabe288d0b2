# A small asyncio program in the style of the tutorials.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def worker(name: str, queue: asyncio.Queue) -> None:
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        print(f'{name} has slept for {sleep_for:.2f} seconds')


async def main():
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    print(f"started at {time.strftime('%X')}")
    await task1
    await task2
    results = await asyncio.gather(*(say_after(i, str(i)) for i in range(3)),
                                   return_exceptions=True)
    try:
        async with asyncio.timeout(10):
            await asyncio.wait_for(asyncio.sleep(1), timeout=0.5)
    except asyncio.TimeoutError:
        print('timeout!')
    finally:
        print(f"finished at {time.strftime('%X')}")
    return results


if __name__ == '__main__':
    asyncio.run(main())
