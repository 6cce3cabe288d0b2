# run_until_complete with futures that are already done, and errors for
# things that are not awaitable.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.set_result("already")
loop.call_soon(print, "callback runs during the call")
print(loop.run_until_complete(fut))
bad = loop.create_future()
bad.set_exception(KeyError("stored"))
try:
    loop.run_until_complete(bad)
except KeyError as exc:
    print("KeyError:", exc)
for value in (5, "x"):
    try:
        loop.run_until_complete(value)
    except TypeError as exc:
        print("TypeError:", exc)
loop.close()
