# wait() by default waits for all, failures included, without raising.
import asyncio


async def job(n):
    for _ in range(n):
        await asyncio.sleep(0)
    print("job", n, "ends")
    if n == 2:
        raise KeyError(n)
    return n * n


async def main():
    tasks = [asyncio.create_task(job(n), name=f"t{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(t.get_name(), repr(exc) if exc else t.result())


asyncio.run(main())
