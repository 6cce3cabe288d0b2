# run_forever runs until stop(); stop lets the current iteration finish.
import asyncio

loop = asyncio.new_event_loop()
count = [0]


def tick():
    count[0] += 1
    print("tick", count[0], "running:", loop.is_running())
    if count[0] == 3:
        loop.stop()
        loop.call_soon(print, "scheduled after stop")
        print("stop called")
    else:
        loop.call_soon(tick)


loop.call_soon(tick)
loop.run_forever()
print("returned; running:", loop.is_running())
loop.call_soon(print, "second run")
loop.call_soon(loop.stop)
loop.run_forever()
print("returned again")
loop.close()
