# Tasks handing a token around with Events, then stopping on request.
import asyncio


async def player(name, my_turn, next_turn, stop, log):
    while True:
        await my_turn.wait()
        my_turn.clear()
        if stop.is_set():
            log.append(f"{name} stops")
            next_turn.set()
            return name
        log.append(f"{name} plays")
        next_turn.set()


async def main():
    names = ["n", "e", "s", "w"]
    turns = [asyncio.Event() for _ in names]
    stop = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(player(n, turns[i], turns[(i + 1) % 4],
                                        stop, log))
             for i, n in enumerate(names)]
    turns[0].set()
    for _ in range(9):
        await asyncio.sleep(0)
    stop.set()
    print(await asyncio.gather(*tasks))
    print(len(log))
    print(log)


asyncio.run(main())
