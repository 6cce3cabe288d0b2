# Each asyncio.run uses a fresh loop; default task names keep counting.
# Regression: the numbers used by run()'s two shutdown tasks were not
# spent, so the second run's names were Task-3/Task-4, not Task-5/Task-6.
import asyncio


async def child():
    return asyncio.current_task().get_name()


async def main(tag):
    me = asyncio.current_task().get_name()
    other = await asyncio.create_task(child())
    print(tag, me, other)
    return asyncio.get_running_loop()


loop1 = asyncio.run(main("first"))
loop2 = asyncio.run(main("second"))
print("same loop:", loop1 is loop2)
print("closed:", loop1.is_closed(), loop2.is_closed())
print(asyncio.run(child()))
