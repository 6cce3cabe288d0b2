# Transfers between accounts guarded by per-account locks taken in a
# fixed order; the balances add up at the end.
import asyncio


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()


async def transfer(src, dst, amount, log):
    first, second = sorted((src, dst), key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance < amount:
                log.append(f"refused {src.name}->{dst.name} {amount}")
                return False
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount
            log.append(f"moved {src.name}->{dst.name} {amount}")
            return True


async def main():
    a, b, c = Account("a", 100), Account("b", 50), Account("c", 0)
    log = []
    moves = [(a, b, 30), (b, c, 70), (c, a, 10), (a, c, 80), (b, a, 5),
             (c, b, 60), (a, b, 1)]
    results = await asyncio.gather(*(transfer(s, d, m, log)
                                     for s, d, m in moves))
    for line in log:
        print(line)
    print(results)
    print({acc.name: acc.balance for acc in (a, b, c)},
          a.balance + b.balance + c.balance)


asyncio.run(main())
