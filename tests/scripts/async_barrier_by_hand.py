# A reusable barrier built from a Condition: every round, all parties
# wait until the last one arrives.
import asyncio


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.generation = 0
        self.cond = asyncio.Condition()

    async def wait(self):
        async with self.cond:
            gen = self.generation
            self.count += 1
            if self.count == self.parties:
                self.generation += 1
                self.count = 0
                self.cond.notify_all()
                return True
            await self.cond.wait_for(lambda: self.generation != gen)
            return False


async def runner(name, barrier, rounds):
    for r in range(rounds):
        for _ in range(len(name)):
            await asyncio.sleep(0)
        print(name, "arrives at round", r)
        last = await barrier.wait()
        print(name, "passes round", r, "(last)" if last else "")


async def main():
    barrier = Barrier(3)
    await asyncio.gather(runner("a", barrier, 2), runner("bbb", barrier, 2),
                         runner("cc", barrier, 2))


asyncio.run(main())
