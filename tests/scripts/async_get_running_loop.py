# get_running_loop vs get_event_loop inside and outside a running loop.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    print(loop.is_running(), loop.is_closed())
    inner = await asyncio.create_task(probe())
    print("task sees same loop:", inner is loop)


async def probe():
    return asyncio.get_running_loop()


try:
    asyncio.get_running_loop()
except RuntimeError as exc:
    print("RuntimeError:", exc)
asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
loop.close()
try:
    asyncio.set_event_loop(42)
except TypeError as exc:
    print("TypeError:", exc)
