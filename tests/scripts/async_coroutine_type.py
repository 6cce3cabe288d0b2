# Coroutine objects and functions: type checks, close, and naming.
import asyncio


async def job():
    return 5


def plain():
    return 5


coro = job()
print(type(coro).__name__)
print(asyncio.iscoroutine(coro), asyncio.iscoroutine(plain()))
print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(plain))
print(coro.__name__, coro.__qualname__)
coro.close()
print("closed ok")


class Service:
    async def method(self):
        return "m"


print(asyncio.iscoroutinefunction(Service().method))
c = Service().method()
print(c.__qualname__)
print(asyncio.run(c))
