# try/except/finally blocks that span awaits run in the right order.
import asyncio


async def step(name):
    print("step", name)
    await asyncio.sleep(0)


async def guarded(fail):
    try:
        await step("try")
        if fail:
            raise KeyError("k")
        print("no failure")
    except KeyError as exc:
        print("except", exc)
        await step("in except")
    else:
        await step("in else")
    finally:
        await step("in finally")
    return "end"


async def main():
    print(await guarded(False))
    print(await guarded(True))
    try:
        try:
            await step("outer")
            raise ValueError("v")
        finally:
            await step("cleanup")
    except ValueError as exc:
        print("outer caught", exc)


asyncio.run(main())
