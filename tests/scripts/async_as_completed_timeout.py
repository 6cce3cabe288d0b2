# as_completed(timeout=...) raises TimeoutError for what is still running.
import asyncio


async def fast():
    await asyncio.sleep(0)
    return "fast"


async def never(fut):
    return await fut


async def main():
    gate = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(fast()), asyncio.create_task(never(gate))]
    await tasks[0]
    for next_done in asyncio.as_completed(tasks, timeout=0.01):
        try:
            print("got", await next_done)
        except asyncio.TimeoutError:
            print("timed out")
    print("slow done:", tasks[1].done())
    gate.set_result("slow")
    print(await tasks[1])


asyncio.run(main())
