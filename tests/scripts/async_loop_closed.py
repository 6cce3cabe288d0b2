# A closed loop refuses work; close() twice is fine.
import asyncio


async def job():
    return 1


loop = asyncio.new_event_loop()
loop.close()
loop.close()
print("closed:", loop.is_closed())
for name, action in [("call_soon", lambda: loop.call_soon(print)),
                     ("call_later", lambda: loop.call_later(1, print)),
                     ("run_forever", loop.run_forever)]:
    try:
        action()
    except RuntimeError as exc:
        print(name, "RuntimeError:", exc)
coro = job()
try:
    loop.run_until_complete(coro)
except RuntimeError as exc:
    print("run_until_complete RuntimeError:", exc)
coro.close()
coro = job()
try:
    loop.create_task(coro)
except RuntimeError as exc:
    print("create_task RuntimeError:", exc)
coro.close()
