# wait(FIRST_EXCEPTION) returns at the first failure, or when all finish.
import asyncio


async def job(ticks, fail=False):
    for _ in range(ticks):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(f"fail {ticks}")
    return ticks


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(1), name="a"),
             asyncio.create_task(job(3, True), name="b"),
             asyncio.create_task(job(20), name="c")]
    done, pending = await asyncio.wait(tasks,
                                       return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done), "pending:", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception())
    tasks2 = [asyncio.create_task(job(1), name="x"),
              asyncio.create_task(job(3), name="y")]
    done, pending = await asyncio.wait(tasks2,
                                       return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done), "pending:", names(pending))
    print(await tasks[2])


asyncio.run(main())
