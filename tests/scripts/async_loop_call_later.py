# call_later runs callbacks by deadline; equal delays keep call order;
# due timers run after the callbacks already queued by call_soon.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    log = []

    def cb(tag):
        log.append(tag)
        print("fired", tag)
        if tag == "last":
            done.set_result(None)

    loop.call_later(0, cb, "zero")
    loop.call_later(0.01, cb, "d10-a")
    loop.call_later(0.01, cb, "d10-b")
    h = loop.call_later(0.015, cb, "never")
    loop.call_later(0.02, cb, "d20")
    loop.call_later(0.03, cb, "last")
    loop.call_soon(cb, "soon")
    loop.call_later(-1, cb, "negative")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await done
    print(log)


asyncio.run(main())
