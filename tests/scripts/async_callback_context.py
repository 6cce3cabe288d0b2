# Callbacks run outside any task: current_task() is None there.
import asyncio


def callback(tag):
    print(tag, "current task:", asyncio.current_task())
    print(tag, "tasks alive:", len(asyncio.all_tasks()))


async def job():
    await asyncio.sleep(0)
    return "job"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "call_soon")
    task = asyncio.create_task(job())
    task.add_done_callback(lambda t: callback("done callback"))
    await task
    await asyncio.sleep(0)
    print("main current task:", asyncio.current_task().get_name())


asyncio.run(main())
