# async def with await, async for and async with.
import asyncio


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def main():
    async with lock:
        pass
    async with a as x, b as y:
        pass
    async with (a as x, b as y):
        pass
    async for item in stream():
        print(item)
    else:
        pass
    async for a, b in pairs():
        continue
    await asyncio.sleep(1)
    result = await asyncio.gather(fetch(s, 1), fetch(s, 2))
    value = await obj.method()[0]
    return await x


async def agen():
    yield 1
    await asyncio.sleep(0)
    yield


asyncio.run(main())
