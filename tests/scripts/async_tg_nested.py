# Nested TaskGroups and tasks that add more tasks to their group.
import asyncio

log = []


async def leaf(name):
    await asyncio.sleep(0)
    log.append(name)
    print("leaf", name)


async def spawner(tg, name, depth):
    print("spawner", name, depth)
    if depth > 0:
        tg.create_task(spawner(tg, name + "+", depth - 1))
    await leaf(name)


async def branch(name):
    async with asyncio.TaskGroup() as inner:
        inner.create_task(leaf(name + ".1"))
        inner.create_task(leaf(name + ".2"))
    print("branch", name, "complete")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(branch("L"))
        tg.create_task(branch("R"))
        tg.create_task(spawner(tg, "s", 2))
    print(log)


asyncio.run(main())
