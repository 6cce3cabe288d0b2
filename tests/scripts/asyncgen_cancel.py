import asyncio

async def slow(delay=0):
    try:
        for i in range(5):
            await asyncio.sleep(delay)
            yield i
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    finally:
        print("slow finally")

async def consumer():
    async for x in slow():
        print("got", x)

async def many(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print("closing", tag)

async def main():
    t = asyncio.create_task(consumer())
    for _ in range(5):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")
    try:
        async with asyncio.timeout(0.1):
            async for x in slow(0.3):
                print("timed", x)
    except TimeoutError:
        print("timeout")
    kept = [many("a")]
    for g in kept:
        print(await g.__anext__())
    print("main ends")

asyncio.run(main())
print("done")
