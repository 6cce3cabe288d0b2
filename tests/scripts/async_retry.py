# Retrying a flaky operation with wait_for timeouts and backoff by ticks.
import asyncio

attempts = {"count": 0}


async def flaky():
    attempts["count"] += 1
    n = attempts["count"]
    if n == 1:
        raise ConnectionError("refused")
    if n == 2:
        await asyncio.get_running_loop().create_future()
    return f"ok on attempt {n}"


async def with_retries(op, tries):
    for i in range(1, tries + 1):
        try:
            return await asyncio.wait_for(op(), timeout=0.04)
        except TimeoutError:
            print("attempt", i, "timed out")
        except ConnectionError as exc:
            print("attempt", i, "failed:", exc)
        for _ in range(i):
            await asyncio.sleep(0)
    raise RuntimeError("gave up")


async def main():
    print(await with_retries(flaky, 5))
    attempts["count"] = 0

    async def always_fails():
        raise ConnectionError("down")
    try:
        await with_retries(always_fails, 3)
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
