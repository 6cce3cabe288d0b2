# A chain of awaits: each level prints before and after awaiting the next.
import asyncio


async def level(n):
    print("  " * n + f"enter {n}")
    if n == 4:
        await asyncio.sleep(0)
        value = 100
    else:
        value = await level(n + 1) + n
    print("  " * n + f"leave {n} -> {value}")
    return value


async def main():
    total = await level(0)
    print("total", total)
    again = await level(2)
    print("again", again)


asyncio.run(main())
