# Ping-pong: two tasks hand a counter back and forth through futures 200k
# times. Each hand-off sets a future's result, which wakes the other task
# through the loop's ready queue. Measures the future -> task wake-up path.
import asyncio

EXCHANGES = 200000


class Channel:
    """A one-slot mailbox: a future the receiver awaits, re-armed after each
    message."""

    def __init__(self, loop):
        self.loop = loop
        self.fut = loop.create_future()

    def send(self, value):
        self.fut.set_result(value)

    async def recv(self):
        value = await self.fut
        self.fut = self.loop.create_future()
        return value


async def ping(to_pong, from_pong, n):
    value = 0
    for _ in range(n // 2):
        to_pong.send(value + 1)
        value = await from_pong.recv()
    to_pong.send(-1)
    return value


async def pong(from_ping, to_ping):
    count = 0
    while True:
        value = await from_ping.recv()
        if value < 0:
            return count
        count += 1
        to_ping.send(value + 1)


async def main():
    loop = asyncio.get_running_loop()
    a = Channel(loop)
    b = Channel(loop)
    results = await asyncio.gather(ping(a, b, EXCHANGES), pong(a, b))
    print(results)


asyncio.run(main())
