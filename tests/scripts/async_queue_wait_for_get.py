# wait_for on Queue.get: times out when empty, returns an item otherwise.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.005)
    except TimeoutError:
        print("nothing arrived")
    asyncio.get_running_loop().call_later(0.002, q.put_nowait, "late item")
    print(await asyncio.wait_for(q.get(), 0.05))
    print("empty:", q.empty())


asyncio.run(main())
