import asyncio

async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def consume(name, n, delay):
    async for v in ticker(name, n, delay):
        print("consume", v)
    return name

async def spinner():
    for i in range(4):
        print("spin", i)
        await asyncio.sleep(0)

async def main():
    r = await asyncio.gather(consume("a", 3, 0.1), consume("b", 2, 0.25), spinner())
    print(r)
    async def zero():
        for i in range(3):
            await asyncio.sleep(0)
            yield i
            await asyncio.sleep(0)
    t = asyncio.create_task(spinner())
    async for x in zero():
        print("zero", x)
    await t

asyncio.run(main())
