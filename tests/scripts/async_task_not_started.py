# A created task does not run until the creator yields to the loop.
import asyncio

state = []


async def child():
    state.append("child ran")
    print("child running")


async def main():
    task = asyncio.create_task(child())
    print("created, state:", state, "done:", task.done())
    for i in range(3):
        print("main works", i)
    await asyncio.sleep(0)
    print("after yield, state:", state, "done:", task.done())
    await task
    print("done:", task.done())


asyncio.run(main())
