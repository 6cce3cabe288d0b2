# run_until_complete raises when the loop stops before the future is done.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(fut)
except RuntimeError as exc:
    print("RuntimeError:", exc)
print("future done:", fut.done())
loop.call_soon(fut.set_result, 5)
print(loop.run_until_complete(fut))
loop.close()
