# asyncio.timeout(): expiring turns the cancel into TimeoutError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("inside, expired:", cm.expired())
            await asyncio.sleep(0.05)
            print("not reached")
    except TimeoutError as exc:
        print("TimeoutError", type(exc).__name__, exc.args)
        print("cause:", type(exc.__cause__).__name__)
    print("expired:", cm.expired())
    async with asyncio.timeout(0.05) as cm2:
        await asyncio.sleep(0)
        print("finished in time")
    print("expired:", cm2.expired())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
