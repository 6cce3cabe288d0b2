# wait() argument errors.
import asyncio


async def job():
    return 1


async def main():
    try:
        await asyncio.wait([])
    except ValueError as exc:
        print("ValueError:", exc)
    task = asyncio.create_task(job())
    try:
        await asyncio.wait([task], return_when="SOMETIMES")
    except ValueError as exc:
        print("ValueError:", exc)
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as exc:
        print("TypeError:", exc)
    coro.close()
    try:
        await asyncio.wait(task)
    except TypeError as exc:
        print("TypeError:", exc)
    done, pending = await asyncio.wait([task, task])
    print(len(done), len(pending))


asyncio.run(main())
