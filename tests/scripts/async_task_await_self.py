# A task awaiting itself gets a RuntimeError at that await.
import asyncio


async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as exc:
        print("RuntimeError:", str(exc).split(":")[0])
    return "done"


async def main():
    print(await asyncio.create_task(selfish()))


asyncio.run(main())
