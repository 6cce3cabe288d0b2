# wait_for returns the result when the awaitable finishes in time.
import asyncio


async def quick(x):
    await asyncio.sleep(0.005)
    return x * 3


async def failing():
    await asyncio.sleep(0)
    raise ArithmeticError("inner")


async def main():
    print(await asyncio.wait_for(quick(2), timeout=0.05))
    print(await asyncio.wait_for(quick(5), None))
    task = asyncio.create_task(quick(7))
    print(await asyncio.wait_for(task, 1))
    try:
        await asyncio.wait_for(failing(), 0.05)
    except ArithmeticError as exc:
        print("propagated:", exc)


asyncio.run(main())
