# Futures made on a loop that is not running, completed by hand.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
print(fut.done())
fut.add_done_callback(lambda f: print("callback", f.result()))
fut.set_result("early")
print("set; running callbacks")
print(loop.run_until_complete(fut))
f2 = asyncio.Future(loop=loop)
loop.call_soon(f2.set_result, "from call_soon")
print(loop.run_until_complete(f2))
loop.close()
