# Timers: 100k loop.call_later callbacks with distinct short delays (a
# permutation of 0 .. 10 ms in 0.1 us steps, so the timer heap sees them out
# of order). Measures the timer heap and the loop's run-once step.
import asyncio

TIMERS = 100000
STEP = 1e-7


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    state = [0, 0]   # timers fired, sum of their ids

    def fire(i):
        state[0] += 1
        state[1] += i
        if state[0] == TIMERS:
            done.set_result(None)

    for i in range(TIMERS):
        delay = (i * 7919 % TIMERS) * STEP
        loop.call_later(delay, fire, i)
    await done
    print(state[0], state[1])


asyncio.run(main())
