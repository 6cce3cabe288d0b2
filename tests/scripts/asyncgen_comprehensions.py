import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2])
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in agen(x)])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3)])
    print({await double(x) for x in [1, 1, 2]})
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    print([y async for y in g])
    h = (await double(x) for x in range(3))
    print(type(h).__name__, [v async for v in h])
    print([[y async for y in agen(x)] for x in range(3)])

asyncio.run(main())
