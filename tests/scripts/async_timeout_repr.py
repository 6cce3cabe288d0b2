# Timeout's repr in the states that show no deadline.
# Regression: the states were named CREATED/EXITED/EXPIRED (enum names)
# instead of 3.11's values created/finished/expired, and a Timeout could
# be entered twice.
import asyncio


async def main():
    cm = asyncio.timeout(0.01)
    print(repr(cm))
    async with cm:
        await asyncio.sleep(0)
    print(repr(cm))
    try:
        async with cm as c2:
            pass
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    cm3 = asyncio.timeout(0.005)
    try:
        async with cm3:
            await asyncio.sleep(0.05)
    except TimeoutError:
        print(repr(cm3))


asyncio.run(main())
