# loop.time() is monotonic and advances across sleeps.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    stamps = [t0]
    for _ in range(5):
        await asyncio.sleep(0.005)
        stamps.append(loop.time())
    print("non-decreasing:", all(a <= b for a, b in zip(stamps, stamps[1:])))
    print("advanced at least 25ms:", stamps[-1] - t0 >= 0.025)
    print("type:", type(t0).__name__)


asyncio.run(main())
