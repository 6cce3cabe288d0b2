# Memory: N tasks (100k unless given as argv[1]) all suspended on one
# future, then released together. bench/run.sh measures the peak RSS of
# this run and of a run with N = 0; the difference / N is the cost of one
# suspended task (its coroutine frame, task object and future callback).
import asyncio
import sys

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100000


async def waiter(gate, i):
    await gate
    return i & 1


async def main():
    loop = asyncio.get_running_loop()
    gate = loop.create_future()
    tasks = [loop.create_task(waiter(gate, i)) for i in range(COUNT)]
    await asyncio.sleep(0)           # every task starts and suspends on gate
    gate.set_result(None)
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
