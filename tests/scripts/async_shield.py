# shield: cancelling the outer await leaves the inner task running.
import asyncio


async def precious(gate):
    print("precious starts")
    await gate
    print("precious finishes")
    return "saved"


async def caller(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise


async def main():
    gate = asyncio.get_running_loop().create_future()
    inner = asyncio.create_task(precious(gate))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.005)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    print("inner done:", inner.done())
    gate.set_result(None)
    print("inner result:", await inner)


asyncio.run(main())
