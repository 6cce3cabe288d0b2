# current_task() names the running task; outside a loop it raises.
import asyncio


async def child(tag):
    print(tag, asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print(tag, "again", asyncio.current_task().get_name())


async def main():
    print("main is", asyncio.current_task().get_name())
    await child("awaited directly")
    await asyncio.create_task(child("as task"), name="child-task")
    print("main still", asyncio.current_task().get_name())


try:
    asyncio.current_task()
except RuntimeError as exc:
    print("RuntimeError:", exc)
asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as exc:
    print("RuntimeError:", exc)
