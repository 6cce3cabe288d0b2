# cancelling() counts cancel requests; uncancel() decrements the count.
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("in task cancelling:", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
        return "recovered"


async def main():
    task = asyncio.create_task(sleeper())
    print("initial:", task.cancelling())
    await asyncio.sleep(0)
    task.cancel()
    task.cancel()
    print("after two cancels:", task.cancelling())
    print(await task)
    print("after:", task.cancelling(), task.cancelled())
    me = asyncio.current_task()
    print("main:", me.cancelling(), me.uncancel())


asyncio.run(main())
