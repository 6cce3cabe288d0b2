import asyncio

async def main():
    for bad in (1, [1, 2]):
        try:
            async for x in bad:
                pass
        except TypeError as e:
            print(e)
    try:
        anext(5)
    except TypeError as e:
        print(e)
    try:
        aiter([1])
    except TypeError as e:
        print(e)

    async def gen():
        await asyncio.sleep(0.3)
        yield 1

    g = gen()
    t = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    print(await t)

    async def agen():
        yield 1
    try:
        for x in agen():
            pass
    except TypeError as e:
        print(e)
    async for x in agen():
        raise KeyError("escaped")

asyncio.run(main())
