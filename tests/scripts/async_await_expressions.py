# await inside expressions: arguments, operators, f-strings, conditions.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def main():
    print(await val(1) + await val(2) * await val(3))
    print(f"value={await val('f')}")
    print(max(await val(4), await val(9), await val(2)))
    if await val(True):
        print("condition awaited")
    total = 0
    total += await val(5)
    print("augmented:", total)
    data = {await val("k"): await val("v")}
    print(data)
    x = await val(None) or await val("fallback")
    print(x)
    print((await val([1, 2, 3]))[1], (await val("abc")).upper())
    print(-await val(7), not await val(0))


asyncio.run(main())
