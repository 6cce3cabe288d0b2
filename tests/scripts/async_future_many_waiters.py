# Several futures released in one order wake their tasks in that order.
import asyncio


async def waiter(name, fut):
    print(name, "waits")
    print(name, "got", await fut)


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(4)]
    tasks = [asyncio.create_task(waiter(f"t{i}", f)) for i, f in enumerate(futs)]
    await asyncio.sleep(0)
    for i in (2, 0, 3, 1):
        futs[i].set_result(i * 11)
    print("all set")
    await asyncio.gather(*tasks)
    print("finished")


asyncio.run(main())
