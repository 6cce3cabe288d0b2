# cancel(msg): the message reaches the CancelledError raised in the task.
import asyncio


async def sleeper(tag):
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError as exc:
        print(tag, "inside args:", exc.args)
        raise


async def main():
    t1 = asyncio.create_task(sleeper("t1"))
    t2 = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    t1.cancel("stop now")
    t2.cancel()
    for t in (t1, t2):
        try:
            await t
        except asyncio.CancelledError as exc:
            print("awaiter args:", exc.args)
    try:
        t1.result()
    except asyncio.CancelledError as exc:
        print("result() args:", exc.args)
    try:
        t1.exception()
    except asyncio.CancelledError as exc:
        print("exception() args:", exc.args)


asyncio.run(main())
