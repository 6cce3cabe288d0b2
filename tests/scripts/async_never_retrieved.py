# A task whose exception nobody retrieves is reported when it is
# destroyed; the report's traceback ends the program's stderr here.
import asyncio
import sys


async def lost():
    raise ValueError("nobody looks at me")


async def main():
    task = asyncio.create_task(lost())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("task done:", task.done())
    del task
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
print("after run")
sys.exit(1)
