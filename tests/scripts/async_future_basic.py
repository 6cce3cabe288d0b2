# Futures: set_result wakes the tasks awaiting it, in the order they waited.
import asyncio


async def waiter(name, fut):
    print(name, "waiting")
    value = await fut
    print(name, "woke with", value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print("setting")
    fut.set_result("payload")
    print("done:", fut.done(), "result:", fut.result())
    await asyncio.gather(*tasks)
    print("again:", await fut)
    print(fut.get_loop() is loop)


asyncio.run(main())
