# Done callbacks run in registration order, one loop iteration after
# completion; remove_done_callback returns how many were removed.
import asyncio


def make(tag):
    def callback(fut):
        print("callback", tag, fut.result())
    return callback


async def work():
    print("work runs")
    return "w"


async def main():
    task = asyncio.create_task(work())
    cb1, cb2, cb3 = make(1), make(2), make(3)
    task.add_done_callback(cb1)
    task.add_done_callback(cb2)
    task.add_done_callback(cb3)
    task.add_done_callback(cb1)
    print("removed", task.remove_done_callback(cb1))
    print("removed", task.remove_done_callback(make(9)))
    await asyncio.sleep(0)
    print("task done:", task.done())
    await asyncio.sleep(0)
    print("after second yield")
    task.add_done_callback(make("late"))
    print("added late")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
