# wait(FIRST_COMPLETED) returns as soon as one task is done.
import asyncio


async def job(ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)
    return ticks


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n), name=f"j{n}") for n in (30, 1, 15)]
    done, pending = await asyncio.wait(tasks,
                                       return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(pending,
                                       return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(pending,
                                       return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done), "pending:", names(pending))
    print(type(done).__name__, type(pending).__name__)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION,
          asyncio.ALL_COMPLETED)


asyncio.run(main())
