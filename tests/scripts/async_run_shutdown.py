# Regression: asyncio.run closed the loop right after cancelling the
# leftover tasks, skipping the two shutdown steps (and their loop
# iterations) that CPython's runner runs, so callbacks still queued
# after main returned were dropped early.
import asyncio


def chain(n):
    print("chain", n)
    if n < 12:
        asyncio.get_running_loop().call_soon(chain, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(chain, 0)
    asyncio.current_task().add_done_callback(lambda t: print("main task done"))
    print("main returns")
    return "result"


print(asyncio.run(main()))
print("after run")
