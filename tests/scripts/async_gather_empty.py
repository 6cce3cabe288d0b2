# gather() with no arguments gives an already finished future of [].
import asyncio


async def main():
    g = asyncio.gather()
    print("done:", g.done())
    print(await g)
    print(await asyncio.gather(return_exceptions=True))


asyncio.run(main())
