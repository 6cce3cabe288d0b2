# all_tasks() holds the tasks that are not done yet.
import asyncio


async def napper(ticks):
    for _ in range(ticks):
        await asyncio.sleep(0)


async def main():
    print("alone:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(napper(n), name=f"n{i}")
             for i, n in enumerate([1, 4, 8])]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("after create:", names)
    await tasks[0]
    print("after first:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("at end:", len(asyncio.all_tasks()))
    me = asyncio.current_task()
    print("main in set:", me in asyncio.all_tasks())


asyncio.run(main())
