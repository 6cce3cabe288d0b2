# sleep(delay, result) returns result; zero and negative delays yield once.
import asyncio


async def other():
    print("other runs")


async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.001, result=[1, 2]))
    print(await asyncio.sleep(-5, "negative"))
    print(await asyncio.sleep(0))
    task = asyncio.create_task(other())
    await asyncio.sleep(-1)
    print("task done after negative sleep:", task.done())


asyncio.run(main())
