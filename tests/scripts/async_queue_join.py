# task_done() and join(): join returns when every item is processed.
import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        for _ in range(item):
            await asyncio.sleep(0)
        print(name, "processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in (3, 1, 5, 2, 4):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all processed")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", [w.cancelled() for w in workers])
    try:
        q.task_done()
    except ValueError as exc:
        print("ValueError:", exc)
    await q.join()
    print("join on finished queue returns at once")


asyncio.run(main())
