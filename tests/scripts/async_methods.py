# async methods, classmethods, staticmethods and coroutines via lambda.
import asyncio


class Account:
    rate = 2

    def __init__(self, balance):
        self.balance = balance

    async def deposit(self, amount):
        await asyncio.sleep(0)
        self.balance += amount
        return self.balance

    @classmethod
    async def create(cls, balance):
        await asyncio.sleep(0)
        return cls(balance * cls.rate)

    @staticmethod
    async def helper(x):
        return x + 1


async def main():
    acc = await Account.create(5)
    print(acc.balance)
    print(await acc.deposit(3))
    print(await Account.helper(41))
    make = lambda: acc.deposit(100)
    print(await make())
    bound = acc.deposit
    print(await asyncio.gather(bound(1), bound(2)))


asyncio.run(main())
