# TaskGroup refuses tasks before entering and after finishing.
# Regression: re-entering said "has been already entered" instead of
# "has already been entered".
import asyncio


async def job():
    await asyncio.sleep(0)
    return 1


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = job()
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    coro.close()
    async with tg:
        print(repr(tg))
        t = tg.create_task(job())
    print(repr(tg), t.result())
    coro = job()
    try:
        tg.create_task(coro)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
