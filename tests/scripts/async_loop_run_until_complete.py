# An explicit loop: run_until_complete with coroutines, tasks and futures.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def boom():
    raise ValueError("from coroutine")


loop = asyncio.new_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(10, 20))
print(loop.run_until_complete(task), task.done())
try:
    loop.run_until_complete(boom())
except ValueError as exc:
    print("ValueError:", exc)
fut = loop.create_future()
loop.call_later(0.005, fut.set_result, "timer result")
print(loop.run_until_complete(fut))
loop.close()
print("closed:", loop.is_closed())
