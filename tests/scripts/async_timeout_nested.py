# Nested timeouts: the inner one expires, the outer one is untouched.
import asyncio


async def main():
    base = asyncio.get_running_loop().time()
    async with asyncio.timeout_at(base + 0.05) as outer:
        try:
            async with asyncio.timeout_at(base + 0.01) as inner:
                await asyncio.sleep(0.04)
        except TimeoutError:
            print("inner timed out")
        print("inner expired:", inner.expired(), "outer:", outer.expired())
        await asyncio.sleep(0)
        print("still inside outer")
    print("outer expired:", outer.expired())
    try:
        base = asyncio.get_running_loop().time()
        async with asyncio.timeout_at(base + 0.01) as outer2:
            async with asyncio.timeout_at(base + 0.05) as inner2:
                await asyncio.sleep(0.04)
    except TimeoutError:
        print("outer2 timed out")
    print("outer2:", outer2.expired(), "inner2:", inner2.expired())


asyncio.run(main())
