# gather returns results in argument order, whatever the finishing order.
import asyncio


async def job(name, ticks):
    print("start", name)
    for _ in range(ticks):
        await asyncio.sleep(0)
    print("finish", name)
    return name.upper()


async def main():
    results = await asyncio.gather(job("slow", 6), job("fast", 1),
                                   job("mid", 3))
    print(results)
    print(await asyncio.gather(job("only", 0)))


asyncio.run(main())
