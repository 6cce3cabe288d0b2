# call_soon runs callbacks in FIFO order with their arguments, after the
# current step; callbacks scheduled by callbacks run one iteration later.
import asyncio


def report(*args):
    print("report", args)


def chain(n):
    print("chain", n)
    if n < 3:
        asyncio.get_running_loop().call_soon(chain, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(report, 1, "a")
    loop.call_soon(report)
    loop.call_soon(chain, 1)
    h = loop.call_soon(report, "cancelled")
    loop.call_soon(report, None, [2, 3])
    h.cancel()
    print("scheduled; handle cancelled:", h.cancelled())
    for i in range(4):
        await asyncio.sleep(0)
        print("main iteration", i)


asyncio.run(main())
