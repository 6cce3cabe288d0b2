# Tasks refuse set_result and set_exception.
import asyncio


async def job():
    return 1


async def main():
    task = asyncio.create_task(job())
    try:
        task.set_result(5)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        task.set_exception(ValueError())
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print(await task)
    print(task.get_coro() is not None)
    print(isinstance(task, asyncio.Future), isinstance(task, asyncio.Task))


asyncio.run(main())
