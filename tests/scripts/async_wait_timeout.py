# wait(timeout=...) returns what is done at the deadline; nothing is
# cancelled.
import asyncio


async def fast():
    await asyncio.sleep(0)
    return "fast"


async def gated(fut):
    return await fut


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    gate = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(fast(), name="fast"),
             asyncio.create_task(gated(gate), name="slow")]
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    print("done:", names(done), "pending:", names(pending))
    slow = pending.pop()
    print("slow cancelled:", slow.cancelled())
    gate.set_result("slow")
    print("slow result:", await slow)
    done, pending = await asyncio.wait(tasks, timeout=0.01)
    print("done:", names(done), "pending:", names(pending))


asyncio.run(main())
