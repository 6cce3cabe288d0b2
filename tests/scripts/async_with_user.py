# async with on a user class: __aenter__/__aexit__ with awaits inside.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0)
        print("opened", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        await asyncio.sleep(0)
        print("closed", self.name)
        return False


async def main():
    async with Resource("a") as value:
        print("body with", value)
    async with Resource("outer") as o, Resource("inner") as i:
        print("both", o, i)
    try:
        async with Resource("failing"):
            raise IndexError("in body")
    except IndexError as exc:
        print("escaped:", exc)


asyncio.run(main())
